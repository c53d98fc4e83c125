import type { Row } from './rows';

/** What a chart receives: rows, or why there are none yet. */
export type QueryResult<T = Row> =
  { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; rows: T[] };

/** Values that can be bound as prepared-statement parameters. */
export type Param = string | number | boolean | null;

/** A named view's SQL and its bound parameters, shared by the build and the browser. */
export type ViewQuery = { sql: string; params?: Param[] };

/**
 * The part of an error a user can act on. DuckDB messages carry a `LINE 1: ...` excerpt
 * with a caret after the first lines; the first lines name the problem, so keep those.
 */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n').slice(0, 3).join(' ').replace(/\s+/g, ' ').trim();
}

/** The rows of a result, or none while it is loading or failed (for views built on another's rows). */
export function readyRows<T>(result: QueryResult<T>): T[] {
  return result.status === 'ready' ? result.rows : [];
}
