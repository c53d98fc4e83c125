import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Database, WorkbenchDatabase } from './duckdb';
import type { Param } from './result';
import { arrowToRows, type Row } from './rows';

/** Starts the dashboard's database, or joins its start; resolves when the built-in datasets are open. */
export async function databaseReady(): Promise<void> {
  await openDatabase();
}

/**
 * The dashboard's database (see `duckdb.ts`), loaded on demand: modules that the server also
 * renders must not import duckdb-wasm itself, and it stays out of the bundle that draws the
 * first chart. Only the site's own queries run on it.
 */
export async function openDatabase(): Promise<Database> {
  const { getDb } = await duckdbModule();
  return getDb('dashboard');
}

let loaded: Promise<typeof import('./duckdb')> | undefined;

/**
 * `duckdb.ts`, imported once. Every statement the workbench runs asks for its database, and a
 * dynamic import resolves only in a task of its own, behind the frames and timers queued
 * before it, even for a module loaded long ago: 14-50 ms between a click on Run and the first
 * message to DuckDB's worker (2 cores, issue 24). The module's promise resolves in a microtask.
 */
function duckdbModule(): Promise<typeof import('./duckdb')> {
  if (!loaded) {
    loaded = import('./duckdb');
    loaded.catch(() => (loaded = undefined)); // a failed load is tried again
  }
  return loaded;
}

/** The workbench's database, a DuckDB of its own: everything the user runs or uploads. */
export async function openWorkbenchDatabase(): Promise<WorkbenchDatabase> {
  const { getDb } = await duckdbModule();
  return getDb('workbench');
}

/** Starts the workbench's database, or joins its start. */
export async function workbenchReady(): Promise<void> {
  await openWorkbenchDatabase();
}

/**
 * Starts the page's DuckDB and resolves as soon as its worker exists, not when the database is
 * open: the app's start waits for this before it hydrates the page, so the worker fetches and
 * compiles the wasm on its own threads while the page hydrates (a hydration that ran first
 * held the worker back by 0.5-1.5 s). A failure is shown by the engine's status.
 *
 * Only the page's own: the workbench never uses the dashboard's DuckDB, and starting that one
 * too (as this once did, for a later link to a dashboard page) compiled DuckDB's wasm a second
 * time and held a second database in memory beside the user's files. A dashboard page reached
 * from the workbench starts it then, its charts drawn from the build meanwhile.
 */
export async function startDatabase(page: 'dashboard' | 'workbench'): Promise<void> {
  const { getDb } = await duckdbModule();
  void getDb(page).catch(() => {});
}

/**
 * Runs SQL in the browser's DuckDB over the built-in tables and returns plain rows. Values
 * are always bound as prepared-statement parameters (`?`), never pasted into the SQL text.
 */
export async function query(sql: string, params: Param[] = []): Promise<Row[]> {
  const { conn } = await openDatabase();
  return rowsOf(conn, sql, params);
}

/**
 * Runs SQL over the user's own tables (uploads) and the built-in ones, in the workbench's
 * database, on a connection of its own: for charts drawn from uploads.
 */
export async function queryUserTables(sql: string, params: Param[] = []): Promise<Row[]> {
  return rowsOf(await (await openWorkbenchDatabase()).userConnection('charts'), sql, params);
}

async function rowsOf(conn: AsyncDuckDBConnection, sql: string, params: Param[]): Promise<Row[]> {
  if (params.length === 0) return arrowToRows(await conn.query(sql));
  const statement = await conn.prepare(sql);
  try {
    return arrowToRows(await statement.query(...params));
  } finally {
    await statement.close();
  }
}
