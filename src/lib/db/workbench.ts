import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { MessageReader, tableFromIPC, type Table } from 'apache-arrow';
import { t } from '$lib/i18n/messages';
import {
  bidiControlProblem,
  knownFunction,
  linkFunctionsSql,
  linkMacrosSql,
  macro,
  linkProblem,
  PrepareError,
  type KnownFunction,
  type LinkProblem,
  type PlanEngine,
} from '$lib/sql/link';
import { splitStatements } from '$lib/sql/script';
import { DatabaseLost } from './lost';
import { runPending } from './pending';
import { openWorkbenchDatabase } from './query';
import { asUserWork } from './user-first';
import { builtInCatalog, refusedBuiltInWrite } from './registry';

/**
 * How much of a result the page keeps in memory, whichever is reached first. Past it the
 * query is stopped: the grid shows the first rows and an export runs the statement again.
 */
export const resultLimit = { rows: 1_000_000, bytes: 64 * 1024 * 1024 } as const;

/** A result kept as Arrow: the grid and exports read its columns, never all of it as objects. */
export type WorkbenchResult = {
  table: Table;
  ms: number;
  /** False when the result was cut at `resultLimit`: it has more rows than `table` holds. */
  complete: boolean;
  /**
   * The statement that made a cut result, when DuckDB's plan shows that running it again only
   * reads: an export of the result streams the whole of it from DuckDB.
   */
  rerun?: string;
  /** Whether a statement may have been more than a read, so tables may have been created or dropped. */
  mayHaveWritten: boolean;
};

export class QueryCancelled extends Error {}

/** A script from a shared link that is more than a read: refused before anything runs. */
export class LinkRefused extends Error {
  constructor(readonly problem: LinkProblem) {
    super(problem.word);
  }
}

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

type Running = { conn: AsyncDuckDBConnection; cancelled: boolean };

let running: Running | undefined;
let queue: Promise<unknown> = Promise.resolve();

/** DuckDB's own tokenizer, so a script is split and checked as the engine reads it. */
export async function tokenizeSql(sql: string) {
  return (await openWorkbenchDatabase()).db.tokenize(sql);
}

/** The workbench's SQL runs on its own DuckDB, on a connection of its own. */
function connection(): Promise<AsyncDuckDBConnection> {
  return openWorkbenchDatabase().then((database) => database.userConnection('workbench'));
}

/** DuckDB's own functions: the same for every connection and every visit of this engine. */
let builtInFunctions: Promise<KnownFunction[]> | undefined;

/** DuckDB's plan of a statement on `conn`, the connection the statement would run on. */
export function planEngine(conn: AsyncDuckDBConnection): PlanEngine {
  return {
    async prepare(sql) {
      await (await conn.prepare(sql)).close();
    },
    async explain(sql) {
      const statement = await conn.prepare(`EXPLAIN (FORMAT JSON) ${sql}`);
      try {
        const plan = await statement.query();
        return String(plan.getChild('explain_value')?.get(0) ?? '[]');
      } finally {
        await statement.close();
      }
    },
    functions() {
      builtInFunctions ??= conn
        .query(linkFunctionsSql)
        .then((rows) => rows.toArray().map(knownFunction));
      builtInFunctions.catch(() => (builtInFunctions = undefined));
      return builtInFunctions;
    },
    async macros() {
      return (await conn.query(linkMacrosSql)).toArray().map(macro);
    },
  };
}

/**
 * Reads DuckDB's own functions ahead, while the page waits for the user: judging a link's
 * script needs them (link.ts), and read at its first Run they were most of the wait for its
 * answer (190–210 ms of 300 ms for a count over a 1M-row table just uploaded, 2 cores).
 */
export function readFunctionsAhead(): Promise<void> {
  return exclusive(async () => {
    await planEngine(await connection()).functions();
  });
}

/** One streamed statement at a time on the connection: a second would end the first's stream. */
function exclusive<T>(work: () => Promise<T>): Promise<T> {
  const next = queue.then(work, work);
  queue = next.catch(() => {});
  return next;
}

/**
 * Runs a script: every statement in turn, returning the last one's result. The last is
 * streamed batch by batch, up to `resultLimit`, and `cancelQuery` stops it between batches
 * or while DuckDB works.
 */
export async function runScript(
  script: string,
  { fromLink = false }: { fromLink?: boolean } = {},
): Promise<WorkbenchResult> {
  return asUserWork(() => runStatements(script, fromLink));
}

async function runStatements(script: string, fromLink: boolean): Promise<WorkbenchResult> {
  // A link's script that may not show as it reads is refused before DuckDB reads any of it.
  const hidden = fromLink ? bidiControlProblem(script) : undefined;
  if (hidden) throw new LinkRefused(hidden);
  const statements = await splitStatements(script, tokenizeSql);
  if (statements.length === 0) throw new StatementError('There is no SQL to run.', script, 0);
  let ran = false;
  const result = exclusive(async () => {
    const database = await openWorkbenchDatabase();
    const conn = await database.userConnection('workbench');
    const engine = planEngine(conn);
    if (fromLink) {
      // Judged on the connection it would run on, before any statement of it runs.
      const problem = await judged(statements, engine);
      if (problem) throw new LinkRefused(problem);
    }
    const state: Running = { conn, cancelled: false };
    running = state;
    ran = true;
    const started = performance.now();
    try {
      for (const statement of statements.slice(0, -1)) {
        await run(() => runPending(conn, statement.text, () => state.cancelled), statement);
        if (state.cancelled) throw new QueryCancelled();
      }
      const last = statements.at(-1)!;
      const kept = await run(() => streamQuery(conn, last.text, state, resultLimit), last);
      const ms = performance.now() - started;
      // Only a cut result is run again (to export all of it), and only if that only reads.
      const rerun =
        !kept.complete && !(await judged([last], engine).catch(() => true)) ? last.text : undefined;
      return {
        table: kept.table,
        ms,
        complete: kept.complete,
        rerun,
        mayHaveWritten: !fromLink,
      };
    } finally {
      if (running === state) running = undefined;
    }
  });
  // The built-in database is attached again if the script detached it: next in line, before
  // any other statement on this connection, but after the result is shown (30-45 ms sooner).
  void exclusive(async () => {
    if (!ran) return;
    // A lost database starts afresh anyway.
    await openWorkbenchDatabase()
      .then((database) => database.keepBuiltIn())
      .catch(() => {});
  });
  return result;
}

/** `linkProblem`, with a statement DuckDB cannot prepare reported as its error at its place. */
async function judged(
  statements: Awaited<ReturnType<typeof splitStatements>>,
  engine: PlanEngine,
): Promise<LinkProblem | undefined> {
  try {
    return await linkProblem(statements, engine);
  } catch (error) {
    if (error instanceof PrepareError) {
      throw new StatementError(error.message, error.statement.text, error.statement.offset);
    }
    throw error;
  }
}

/**
 * Runs one read statement again and hands its whole result to `write`, a few megabytes of
 * Arrow at a time, so an export never holds more than one part of it. `cancelQuery` stops it.
 */
export function streamStatement(
  statement: string,
  write: (part: Table) => Promise<void>,
): Promise<void> {
  return exclusive(async () => {
    const conn = await connection();
    const state: Running = { conn, cancelled: false };
    running = state;
    try {
      await conn.useUnsafe(async (bindings, id) => {
        const header = await pending(bindings, id, statement, state);
        const part: Uint8Array[] = [];
        let bytes = 0;
        let written = false;
        const flush = async () => {
          await write(tableFromIPC([header, ...part]));
          part.length = 0;
          bytes = 0;
          written = true;
        };
        for (;;) {
          if (state.cancelled) throw new QueryCancelled();
          const chunk = await bindings.fetchQueryResults(id);
          if (chunk === null) continue;
          if (chunk.length === 0) break;
          part.push(chunk);
          bytes += chunk.byteLength;
          if (bytes >= 4 * 1024 * 1024) await flush();
        }
        if (part.length > 0 || !written) await flush();
      });
    } finally {
      if (running === state) running = undefined;
    }
  });
}

type Bindings = Parameters<Parameters<AsyncDuckDBConnection['useUnsafe']>[0]>[0];

/**
 * Starts a statement as duckdb-wasm's `send` does and polls until its result starts, checking
 * for a cancel between polls: after a cancel, `send` keeps polling a query that no longer exists.
 */
async function pending(
  bindings: Bindings,
  id: number,
  text: string,
  state: { cancelled: boolean },
): Promise<Uint8Array> {
  let header = await bindings.startPendingQuery(id, text, true);
  while (header === null) {
    if (state.cancelled) {
      await bindings.cancelPendingQuery(id);
      throw new QueryCancelled();
    }
    header = await bindings.pollPendingQuery(id);
  }
  return header;
}

/** Rows in a chunk of DuckDB's Arrow stream, read from its message headers alone. */
function rowsIn(chunk: Uint8Array): number {
  const reader = new MessageReader(chunk);
  let rows = 0;
  for (let message = reader.readMessage(); message; message = reader.readMessage()) {
    if (message.isRecordBatch()) rows += Number(message.header().length);
    if (message.bodyLength > 0) reader.readMessageBody(message.bodyLength);
  }
  return rows;
}

/**
 * Runs one statement and keeps its result up to `limit`. A result that goes on past it is
 * left unread, and the connection runs a trivial statement, which ends the stream in DuckDB
 * and frees what it held.
 */
async function streamQuery(
  conn: AsyncDuckDBConnection,
  text: string,
  state: { cancelled: boolean },
  limit: { rows: number; bytes: number },
): Promise<{ table: Table; complete: boolean }> {
  const kept = await conn.useUnsafe(async (bindings, id) => {
    const header = await pending(bindings, id, text, state);
    // The result is an Arrow IPC stream: a schema message, then record batches.
    const parts: Uint8Array[] = [header];
    let rows = 0;
    let bytes = header.byteLength;
    for (;;) {
      if (state.cancelled) throw new QueryCancelled();
      const chunk = await bindings.fetchQueryResults(id);
      if (chunk === null) continue; // not ready yet
      if (chunk.length === 0) return { parts, rows, complete: true };
      if (rows >= limit.rows || bytes + chunk.byteLength > limit.bytes)
        return { parts, rows, complete: false };
      parts.push(chunk);
      rows += rowsIn(chunk);
      bytes += chunk.byteLength;
    }
  });
  if (!kept.complete) await conn.query('SELECT NULL LIMIT 0');
  const table = tableFromIPC(kept.parts);
  // The last batch kept may run past the limit: the page shows exactly `limit.rows`, no more.
  if (kept.rows > limit.rows) return { table: table.slice(0, limit.rows), complete: false };
  return { table, complete: kept.complete };
}

async function run<T>(
  work: () => Promise<T>,
  statement: { text: string; offset: number },
): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof DatabaseLost) throw error;
    if (error instanceof QueryCancelled || running?.cancelled) throw new QueryCancelled();
    let message = error instanceof Error ? error.message : String(error);
    const refused = refusedBuiltInWrite(message);
    if (refused) message = t('workbench.builtInReadOnly', { statement: refused });
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

/**
 * Tables and their columns, read from DuckDB's own catalogue: the user's (in memory) first,
 * then the built-in ones, as the workbench's name resolution finds them.
 */
export async function catalogueTables(): Promise<CatalogueTable[]> {
  const conn = await connection();
  const result = await exclusive(() =>
    conn.query(
      `SELECT database_name, table_name, column_name, data_type FROM duckdb_columns()
       WHERE NOT internal AND schema_name = 'main' AND database_name IN ('memory', '${builtInCatalog}')
         AND NOT starts_with(table_name, '__staging_')
       ORDER BY database_name = '${builtInCatalog}', table_name, column_index`,
    ),
  );
  const tables = new Map<string, CatalogueTable>();
  for (const row of result.toArray()) {
    const { database_name, table_name, column_name, data_type } = row.toJSON() as Record<
      string,
      string
    >;
    let table = tables.get(table_name);
    if (table && table.builtIn !== (database_name === builtInCatalog)) continue; // hidden by the user's own
    if (!table) {
      table = { name: table_name, builtIn: database_name === builtInCatalog, columns: [] };
      tables.set(table_name, table);
    }
    table.columns.push({ name: column_name, type: data_type });
  }
  return [...tables.values()];
}
