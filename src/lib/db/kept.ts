import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { quoteIdentifier } from '$lib/sql/identifiers';
import { openWorkbenchDatabase } from './query';
import { userIdle } from './user-first';

/**
 * A kept table's Arrow copy: Arrow IPC streams, one after another in one file, that DuckDB
 * takes in with no extension and no text to parse (`insertArrowFromIPCStream`).
 *
 * Why Arrow IPC (measured on a 1M-row, 45 MB table in Chromium; see the keep-candidates
 * script): it is DuckDB's own result format, so writing it is streaming the table's record
 * batches to a file, and reading it back is handing the bytes to DuckDB, no JS decoding.
 * Parquet (parquet-wasm) is smaller on disk but must be decoded to Arrow in JS first, on top
 * of the same insert; DuckDB-WASM 1.32 cannot read Parquet itself offline (the extension is
 * fetched at run time). Its OPFS database files come back empty after a reload and cannot be
 * checkpointed, so a kept database file would lose tables.
 */
export type ArrowCopy = {
  /** Byte length of each stream in the file, in order: each is loaded on its own. */
  parts: number[];
  rows: number;
  /** DuckDB's type of each column, e.g. `DECIMAL(18,3)`: Arrow cannot say all of them. */
  types: string[];
};

/** Past this many bytes a stream ends and the next begins, so a restore never holds a big table twice. */
const partBytes = 32 * 1024 * 1024;
/** Ends an Arrow IPC stream: a continuation marker and a zero length. */
const endOfStream = new Uint8Array([0xff, 0xff, 0xff, 0xff, 0, 0, 0, 0]);
// What DuckDB's DESCRIBE prints for a type: pasted into a CAST only if it looks like one.
const typePattern = /^[A-Z][A-Z0-9_]*( [A-Z]+)*(\(\d+(, ?\d+)?\))?(\[\])?$/;

/** What of a connection the copy needs: the browser's, or the node build's in tests. */
export type ArrowConnection = Pick<
  AsyncDuckDBConnection,
  'query' | 'useUnsafe' | 'insertArrowFromIPCStream'
>;

async function describe(
  conn: ArrowConnection,
  table: string,
): Promise<{ names: string[]; types: string[] }> {
  const rows = (await conn.query(`DESCRIBE memory.main.${quoteIdentifier(table)}`))
    .toArray()
    .map((row) => row.toJSON() as { column_name: string; column_type: string });
  return { names: rows.map((row) => row.column_name), types: rows.map((row) => row.column_type) };
}

async function countRows(conn: ArrowConnection, table: string): Promise<number> {
  const result = await conn.query(
    `SELECT count(*)::DOUBLE AS n FROM memory.main.${quoteIdentifier(table)}`,
  );
  return Number(result.toArray()[0]?.toJSON().n ?? 0);
}

/**
 * Streams `table` as Arrow IPC to `write`, record batch by record batch as DuckDB hands them
 * out (never the whole table at once), and returns how to load it again.
 */
export async function exportArrow(
  table: string,
  write: (bytes: Uint8Array) => Promise<void>,
): Promise<ArrowCopy> {
  const conn = await (await openWorkbenchDatabase()).openUserConnection();
  try {
    return await exportArrowFrom(conn, table, write);
  } finally {
    await conn.close().catch(() => {});
  }
}

/** `exportArrow` on `conn`; a stream ends past `maxPartBytes` and the next begins. */
export async function exportArrowFrom(
  conn: ArrowConnection,
  table: string,
  write: (bytes: Uint8Array) => Promise<void>,
  maxPartBytes = partBytes,
): Promise<ArrowCopy> {
  const { types } = await describe(conn, table);
  const rows = await countRows(conn, table);
  const parts: number[] = [];
  await conn.useUnsafe(async (bindings, id) => {
    let schema = await bindings.startPendingQuery(
      id,
      `SELECT * FROM memory.main.${quoteIdentifier(table)}`,
      true,
    );
    while (schema === null) {
      await userIdle();
      schema = await bindings.pollPendingQuery(id);
    }
    const header = schema;
    let part = 0;
    const put = async (bytes: Uint8Array) => {
      await write(bytes);
      part += bytes.length;
    };
    const end = async () => {
      await put(endOfStream);
      parts.push(part);
      part = 0;
    };
    await put(header);
    for (;;) {
      // A query the user runs meanwhile goes first: the worker would take turns otherwise.
      await userIdle();
      const batch = await bindings.fetchQueryResults(id);
      if (batch === null) continue; // not ready yet
      if (batch.length === 0) break;
      if (part > header.length && part + batch.length > maxPartBytes) {
        await end();
        await put(header);
      }
      await put(batch);
    }
    await end();
  });
  return { parts, rows, types };
}

let restores = 0;

/**
 * Loads `table` from its Arrow copy: each stream of `readPart(index)` is inserted in turn,
 * into a staging table that takes the name only once its rows and columns match what was
 * kept, with each column cast back to its kept type where Arrow could not say it (HUGEINT
 * comes back as DECIMAL(38,0)). Throws if the copy cannot be read; nothing is left behind.
 */
export async function importArrow(
  table: string,
  copy: ArrowCopy,
  readPart: (index: number) => Promise<Uint8Array>,
): Promise<void> {
  const conn = await (await openWorkbenchDatabase()).openUserConnection();
  try {
    await importArrowInto(conn, table, copy, readPart);
  } finally {
    await conn.close().catch(() => {});
  }
}

/** `importArrow` on `conn`. */
export async function importArrowInto(
  conn: ArrowConnection,
  table: string,
  copy: ArrowCopy,
  readPart: (index: number) => Promise<Uint8Array>,
): Promise<void> {
  if (!copy.types.every((type) => typePattern.test(type))) {
    throw new Error(`the Arrow copy of ${table} names a type DuckDB does not have`);
  }
  const staging = `__staging_keep_${++restores}`;
  try {
    for (let index = 0; index < copy.parts.length; index++) {
      await conn.insertArrowFromIPCStream(await readPart(index), {
        name: staging,
        create: index === 0,
      });
    }
    const rows = await countRows(conn, staging);
    const { names, types } = await describe(conn, staging);
    if (rows !== copy.rows || types.length !== copy.types.length) {
      throw new Error(
        `the Arrow copy of ${table} holds ${rows} rows and ${types.length} columns, not ${copy.rows} and ${copy.types.length}`,
      );
    }
    const from = `memory.main.${quoteIdentifier(staging)}`;
    if (types.every((type, index) => type === copy.types[index])) {
      await conn.query(`ALTER TABLE ${from} RENAME TO ${quoteIdentifier(table)}`);
    } else {
      const columns = names.map((name, index) => {
        const column = quoteIdentifier(name);
        const type = copy.types[index];
        return types[index] === type ? column : `CAST(${column} AS ${type}) AS ${column}`;
      });
      await conn.query(
        `CREATE TABLE memory.main.${quoteIdentifier(table)} AS SELECT ${columns.join(', ')} FROM ${from}`,
      );
    }
  } finally {
    // Through a promise: the node build in tests answers at once, or throws.
    await Promise.resolve()
      .then(() => conn.query(`DROP TABLE IF EXISTS memory.main.${quoteIdentifier(staging)}`))
      .catch(() => {});
  }
}
