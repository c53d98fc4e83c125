import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSuite, openSuite, type Site } from './harness';
import { gridCells, openWorkbench, waitForRunEnd } from './workbench-page';

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ browser, site } = await openSuite({ data: false }));
});

afterAll(() => closeSuite({ browser, site }));

/**
 * Records the SQL the page sends to its DuckDB workers, and which requests were answered: an
 * answer is marked before the page's own listeners see it (the page reacts in microtasks).
 */
function recordWorkerSql(): void {
  const log: { sql: string; id: number; answered: boolean }[] = [];
  (window as unknown as { __workerSql: typeof log }).__workerSql = log;
  const post = Worker.prototype.postMessage;
  Worker.prototype.postMessage = function (this: Worker, message: unknown, ...rest: never[]) {
    const request = message as { messageId?: number; data?: unknown } | null;
    const data = Array.isArray(request?.data) ? request.data.join(' ') : request?.data;
    if (typeof data === 'string' && typeof request?.messageId === 'number') {
      log.push({ sql: data, id: request.messageId, answered: false });
    }
    return post.call(this, message, ...(rest as []));
  } as typeof Worker.prototype.postMessage;
  const listen = Worker.prototype.addEventListener;
  Worker.prototype.addEventListener = function (
    this: Worker,
    type: string,
    listener: EventListenerOrEventListenerObject,
    ...rest: never[]
  ) {
    if (type !== 'message' || typeof listener !== 'function') {
      return listen.call(this, type, listener, ...(rest as []));
    }
    const marking = function (this: Worker, event: Event) {
      const answer = (event as MessageEvent).data as { requestId?: number } | null;
      for (const each of log) if (each.id === answer?.requestId) each.answered = true;
      return listener.call(this, event);
    };
    return listen.call(this, type, marking, ...(rest as []));
  } as typeof Worker.prototype.addEventListener;
}

/** How many requests so far asked DuckDB for its catalogue of functions, and were answered. */
function functionReads(page: Page): Promise<{ sent: number; answered: number }> {
  return page.evaluate(() => {
    const log = (window as unknown as { __workerSql: { sql: string; answered: boolean }[] })
      .__workerSql;
    const reads = log.filter((each) => each.sql.includes('duckdb_functions()'));
    return { sent: reads.length, answered: reads.filter((each) => each.answered).length };
  });
}

describe('a link to a query over a file the user then uploads', () => {
  it(
    'runs the link once the file is listed with no wait for DuckDB to list its functions: they are read while the page waits',
    { timeout: 120_000 },
    async () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'link-upload-'));
      const file = path.join(dir, 'arms_seized.csv');
      writeFileSync(file, ['year,count', '2022,4', '2023,7', '2024,11'].join('\n'));
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.addInitScript(recordWorkerSql);
        const sql = 'SELECT sum("count") AS n FROM arms_seized';
        await openWorkbench(page, site.url, `#${new URLSearchParams({ sql })}`);
        await page.locator('[data-testid="link-notice"]').waitFor();
        // Judging a link's script needs DuckDB's functions (link.ts): read before any Run.
        await page.waitForFunction(
          () =>
            (
              window as unknown as { __workerSql: { sql: string; answered: boolean }[] }
            ).__workerSql.some((each) => each.sql.includes('duckdb_functions()') && each.answered),
          undefined,
          { timeout: 30_000 },
        );

        await page.setInputFiles('[data-testid="file-input"]', [file]);
        await page.locator('[data-testid="file-preview"] button.primary').click();
        await page
          .locator('[data-testid="uploaded-tables"] tr[data-table="arms_seized"]')
          .waitFor({ timeout: 60_000 });
        const before = await functionReads(page);
        await page.locator('[data-testid="run"]').click();
        await waitForRunEnd(page, 60_000);

        expect(await gridCells(page)).toEqual(['22']);
        expect(await functionReads(page)).toEqual(before);
        expect(before).toEqual({ sent: 1, answered: 1 });
      } finally {
        await context.close();
      }
    },
  );
});

/**
 * Records, when the run status first says a run has ended, whether DuckDB had answered the
 * check that the built-in database is still attached (every script is followed by it; the
 * workbench also reads the same catalogue once as it attaches the database, before any Run).
 */
function recordCheckAtResult(): void {
  const seen: boolean[] = [];
  (window as unknown as { __checkAtResult: boolean[] }).__checkAtResult = seen;
  const log = () =>
    (window as unknown as { __workerSql: { sql: string; answered: boolean }[] }).__workerSql;
  const marks = { sentBeforeRun: Infinity };
  (window as unknown as { __marks: typeof marks }).__marks = marks;
  addEventListener(
    'click',
    (event) => {
      if ((event.target as Element).closest('[data-testid="run"]')) {
        marks.sentBeforeRun = log().length;
      }
    },
    true,
  );
  const observer = new MutationObserver(() => {
    const status = document.querySelector('[data-testid="run-status"]');
    const cells = [...document.querySelectorAll('[data-testid="result-grid"] [role="gridcell"]')];
    if (status?.getAttribute('data-running') !== 'false' || cells[0]?.textContent !== '5') return;
    if (seen.length > 0) return;
    const checks = log()
      .slice(marks.sentBeforeRun)
      .filter((each) => each.sql.includes('duckdb_databases()'));
    seen.push(checks.some((each) => each.answered));
  });
  addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    }),
  );
}

describe('a script run in the workbench', () => {
  it(
    "shows a link's result before DuckDB checks that the built-in database is still attached",
    { timeout: 120_000 },
    async () => {
      const context = await browser.newContext();
      try {
        const page = await context.newPage();
        await page.addInitScript(recordWorkerSql);
        await page.addInitScript(recordCheckAtResult);
        // A link's script: a typed one may have written, and its run ends once the list of
        // tables is read again, after the check.
        const sql = 'SELECT count(*) AS n FROM range(5)';
        await openWorkbench(page, site.url, `#${new URLSearchParams({ sql })}`);
        await page.locator('[data-testid="run"]').click();
        await waitForRunEnd(page, 60_000);

        expect(await gridCells(page)).toEqual(['5']);
        expect(
          await page.evaluate(
            () => (window as unknown as { __checkAtResult: boolean[] }).__checkAtResult,
          ),
        ).toEqual([false]);
        // The check is still made: a script that detached the built-in database gets it back.
        await page.waitForFunction(() => {
          const seen = window as unknown as {
            __workerSql: { sql: string; answered: boolean }[];
            __marks: { sentBeforeRun: number };
          };
          return seen.__workerSql
            .slice(seen.__marks.sentBeforeRun)
            .some((each) => each.sql.includes('duckdb_databases()') && each.answered);
        });
      } finally {
        await context.close();
      }
    },
  );
});
