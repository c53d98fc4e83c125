import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableFromIPC, type Table } from 'apache-arrow';
import { splitStatements } from '$lib/sql/script';
import { openDatabase } from './query';

/** A result kept as Arrow: the grid and exports read its columns, never all of it as objects. */
export type WorkbenchResult = {
  table: Table;
  ms: number;
};

export class QueryCancelled extends Error {}

/** Thrown with the statement that failed, so its error position can be found in the script. */
export class StatementError extends Error {
  constructor(
    message: string,
    readonly statement: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

let workbenchConnection: Promise<AsyncDuckDBConnection> | undefined;
let running: { conn: AsyncDuckDBConnection; cancelled: boolean } | undefined;

/** DuckDB's own tokenizer, so a script is split and checked as the engine reads it. */
export async function tokenizeSql(sql: string) {
  return (await openDatabase()).db.tokenize(sql);
}

/** The workbench has its own connection, so a long query never holds up the page's views. */
function connection(): Promise<AsyncDuckDBConnection> {
  workbenchConnection ??= openDatabase().then(({ db }) => db.connect());
  return workbenchConnection;
}

/**
 * Runs a script: every statement in turn, returning the last one's result. The last is
 * streamed batch by batch, and `cancelQuery` stops it between batches or while DuckDB works.
 */
export async function runScript(script: string): Promise<WorkbenchResult> {
  const statements = await splitStatements(script, tokenizeSql);
  if (statements.length === 0) throw new StatementError('There is no SQL to run.', script, 0);
  const conn = await connection();
  const state = { conn, cancelled: false };
  running = state;
  const started = performance.now();
  try {
    for (const statement of statements.slice(0, -1)) {
      await run(() => conn.query(statement.text), statement);
      if (state.cancelled) throw new QueryCancelled();
    }
    const last = statements.at(-1)!;
    const table = await run(() => streamQuery(conn, last.text, state), last);
    return {
      table,
      ms: performance.now() - started,
    };
  } finally {
    if (running === state) running = undefined;
  }
}

/**
 * Runs one statement as duckdb-wasm's `send` does (start, poll, fetch), but checks for a
 * cancel between polls: after a cancel, `send` keeps polling a query that no longer exists.
 */
function streamQuery(
  conn: AsyncDuckDBConnection,
  text: string,
  state: { cancelled: boolean },
): Promise<Table> {
  return conn.useUnsafe(async (bindings, id) => {
    let header = await bindings.startPendingQuery(id, text, true);
    while (header === null) {
      if (state.cancelled) {
        await bindings.cancelPendingQuery(id);
        throw new QueryCancelled();
      }
      header = await bindings.pollPendingQuery(id);
    }
    // The result is an Arrow IPC stream: a schema message, then record batches.
    const parts: Uint8Array[] = [header];
    for (;;) {
      if (state.cancelled) throw new QueryCancelled();
      const chunk = await bindings.fetchQueryResults(id);
      if (chunk === null) continue; // not ready yet
      if (chunk.length === 0) break;
      parts.push(chunk);
    }
    return tableFromIPC(parts);
  });
}

async function run<T>(
  work: () => Promise<T>,
  statement: { text: string; offset: number },
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof QueryCancelled || running?.cancelled) throw new QueryCancelled();
    const message = error instanceof Error ? error.message : String(error);
    throw new StatementError(message, statement.text, statement.offset);
  }
}

/** Stops the running query, if there is one. */
export async function cancelQuery(): Promise<void> {
  if (!running) return;
  running.cancelled = true;
  await running.conn.cancelSent().catch(() => false);
}

export type CatalogueTable = {
  name: string;
  builtIn: boolean;
  columns: { name: string; type: string }[];
};

/** Tables and their columns, read from DuckDB's own catalogue. */
export async function catalogueTables(builtIn: ReadonlySet<string>): Promise<CatalogueTable[]> {
  const conn = await connection();
  const result = await conn.query(
    `SELECT table_name, column_name, data_type FROM duckdb_columns()
     WHERE NOT internal AND schema_name = 'main' AND NOT starts_with(table_name, '__staging_')
     ORDER BY table_name, column_index`,
  );
  const tables = new Map<string, CatalogueTable>();
  for (const row of result.toArray()) {
    const { table_name, column_name, data_type } = row.toJSON() as Record<string, string>;
    let table = tables.get(table_name);
    if (!table) {
      table = { name: table_name, builtIn: builtIn.has(table_name), columns: [] };
      tables.set(table_name, table);
    }
    table.columns.push({ name: column_name, type: data_type });
  }
  return [...tables.values()];
}
