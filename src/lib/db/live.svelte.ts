import { DatabaseLost } from './lost';
import { databaseReady, query } from './query';
import { errorMessage, type Param, type QueryResult, type ViewQuery } from './result';
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

  /** The SQL this view runs, for download metadata. */
  get sql(): string {
    return this.#sql;
  }

  get params(): Param[] {
    return this.#params;
  }

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
    // A worker that dies meanwhile is started again: the view waits for the new one.
    for (let attempt = 0; ; attempt++) {
      try {
        await ready();
        const started = performance.now();
        const rows = await run(this.#sql, this.#params);
        this.milliseconds = Math.round(performance.now() - started);
        this.result = { status: 'ready', rows };
        this.computedIn = 'browser';
        return;
      } catch (error) {
        if (error instanceof DatabaseLost && attempt < retriesAfterLoss) continue;
        this.error = errorMessage(error);
        this.computedIn = 'failed';
        return;
      }
    }
  }
}

const retriesAfterLoss = 3;

/** One LiveQuery per named view, each starting from the rows the build computed. */
export function liveViews<K extends string>(
  queries: Record<K, ViewQuery>,
  built: Record<K, QueryResult>,
): Record<K, LiveQuery> {
  const views = {} as Record<K, LiveQuery>;
  for (const name of Object.keys(queries) as K[]) {
    const { sql, params = [] } = queries[name];
    views[name] = new LiveQuery(sql, params, built[name] ?? { status: 'loading' });
  }
  return views;
}

/** Re-computes every view of a page in the browser's DuckDB, once it has started. */
export function refreshAll(views: Record<string, LiveQuery>): void {
  for (const view of Object.values(views)) void view.refresh(databaseReady, query);
}
