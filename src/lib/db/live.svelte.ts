import { errorMessage, type Param, type QueryResult } from './result';
import type { Row } from './rows';

/** Where the rows on screen were computed. */
export type ComputedIn = 'build' | 'pending' | 'browser' | 'failed';

/**
 * A built-in view's rows: first as computed when the site was built (so the chart draws at
 * once), then re-computed by the same SQL in the browser's DuckDB once it has started.
 */
export class LiveQuery {
  result = $state<QueryResult>({ status: 'loading' });
  computedIn = $state<ComputedIn>('build');
  milliseconds = $state(0);
  error = $state('');

  readonly #sql: string;
  readonly #params: Param[];

  constructor(sql: string, params: Param[], built: QueryResult) {
    this.#sql = sql;
    this.#params = params;
    this.result = built;
  }

  /**
   * Re-runs the query in the browser once the database is `ready`, timing the query alone;
   * on failure the built rows stay on screen.
   */
  async refresh(
    ready: () => Promise<void>,
    run: (sql: string, params: Param[]) => Promise<Row[]>,
  ): Promise<void> {
    this.computedIn = 'pending';
    try {
      await ready();
      const started = performance.now();
      const rows = await run(this.#sql, this.#params);
      this.milliseconds = Math.round(performance.now() - started);
      this.result = { status: 'ready', rows };
      this.computedIn = 'browser';
    } catch (error) {
      this.error = errorMessage(error);
      this.computedIn = 'failed';
    }
  }
}
