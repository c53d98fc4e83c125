import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { Database } from './duckdb';
import type { Param } from './result';
import { arrowToRows, type Row } from './rows';

/** Starts the in-browser database, or joins its start; resolves when the built-in datasets are attached. */
export async function databaseReady(): Promise<void> {
  await openDatabase();
}

/**
 * The page's one database (see `duckdb.ts`), loaded on demand: modules that the server also
 * renders must not import duckdb-wasm itself, and it stays out of the bundle that draws the
 * first chart.
 */
export async function openDatabase(): Promise<Database> {
  const { getDb } = await import('./duckdb');
  return getDb();
}

/** Starts the in-browser database without waiting for it (e.g. once the page is idle). */
export function startDatabase(): void {
  databaseReady().catch(() => {}); // a failure is shown by databaseStatus
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
 * Runs SQL over the user's own tables (uploads) and the built-in ones, as the workbench sees
 * them, on a connection of its own: for charts drawn from uploads.
 */
export async function queryUserTables(sql: string, params: Param[] = []): Promise<Row[]> {
  return rowsOf(await (await openDatabase()).userConnection('charts'), sql, params);
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
