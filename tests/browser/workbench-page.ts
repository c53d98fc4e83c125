import type { Page, Worker } from 'playwright-core';

/**
 * What browser tests do on /workbench/ as a user would: open it, type SQL, run it and wait
 * until the run has ended. One place, so every test waits for the same positive signs.
 */

/** Opens the workbench at `url` (the site's root) and waits until DuckDB lists its tables. */
export async function openWorkbench(page: Page, url: string, hash = ''): Promise<Page> {
  await page.goto(`${url}workbench/${hash}`);
  await page.locator('[data-testid="schema"] details').first().waitFor({ timeout: 60_000 });
  return page;
}

/** Replaces the editor's text with `sql`, as typed. */
export async function typeSql(page: Page, sql: string): Promise<void> {
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
}

/** Waits until the run has ended: a summary, a notice or an error is shown. */
export async function waitForRunEnd(page: Page, timeout = 30_000): Promise<void> {
  await page.waitForFunction(
    () => {
      // data-running, not the words: the page may be in Chinese.
      const status = document.querySelector('[data-testid="run-status"]');
      return (
        status?.getAttribute('data-running') === 'false' &&
        ((status.textContent ?? '').trim() !== '' ||
          document.querySelector('[data-testid="run-error"]'))
      );
    },
    undefined,
    { timeout },
  );
}

/** Types `sql`, runs it with Ctrl+Enter and waits until the run has ended. */
export async function runSql(page: Page, sql: string, timeout?: number): Promise<void> {
  await typeSql(page, sql);
  await page.keyboard.press('Control+Enter');
  await waitForRunEnd(page, timeout);
}

/** The result grid's cells, in reading order. */
export function gridCells(page: Page): Promise<string[]> {
  return page.locator('[data-testid="result-grid"] [role="gridcell"]').allInnerTexts();
}

/** The uploaded tables listed as loaded, with their rows (not those still loading). */
export async function uploadedRows(page: Page): Promise<Record<string, number>> {
  return page.$$eval('[data-testid="uploaded-tables"] tbody tr[data-table]', (rows) =>
    Object.fromEntries(
      rows.map((row) => [
        (row as HTMLElement).dataset.table!,
        Number((row as HTMLElement).dataset.rows),
      ]),
    ),
  );
}

/**
 * The page's DuckDB worker of one engine: the dashboard's (every page) or the workbench's (on
 * /workbench/). Each is named when it starts (`duckdb-dashboard`, `duckdb-workbench`).
 */
export async function duckDbWorker(page: Page, engine: 'dashboard' | 'workbench'): Promise<Worker> {
  const started = Date.now();
  while (Date.now() - started < 60_000) {
    for (const worker of page.workers()) {
      const name = await worker.evaluate(() => self.name).catch(() => '');
      if (name === `duckdb-${engine}`) return worker;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`the page has no ${engine} DuckDB worker`);
}

/** Ends one engine's DuckDB worker from inside, as a crash would: the page is not told. */
export async function killDuckDbWorker(
  page: Page,
  engine: 'dashboard' | 'workbench' = 'workbench',
): Promise<void> {
  const worker = await duckDbWorker(page, engine);
  await worker.evaluate(() => self.close()).catch(() => {}); // the worker may go mid-answer
}

/**
 * Crashes one engine's DuckDB worker as an abort in DuckDB's wasm does: an error no one
 * catches, which the page hears of at once (a worker that ends in silence, as
 * `killDuckDbWorker` leaves it, is found only after 20 s without a sign of life). For tests of
 * what follows a crash; the silent end keeps its own tests.
 */
export async function crashDuckDbWorker(
  page: Page,
  engine: 'dashboard' | 'workbench' = 'workbench',
): Promise<void> {
  await crashWorker(await duckDbWorker(page, engine));
}

const crashMessage = 'RuntimeError: unreachable (a crash the test caused)';

/**
 * Whether a console error is duckdb-wasm's report of a crash `crashWorker` caused: the event,
 * then its message.
 */
export function crashReport(error: string): boolean {
  return error === 'ErrorEvent' || error.includes(crashMessage);
}

/** Crashes `worker` as `crashDuckDbWorker` does, once its current task lets it. */
export async function crashWorker(worker: Worker): Promise<void> {
  await worker.evaluate((message) => {
    setTimeout(() => {
      throw new Error(message);
    });
  }, crashMessage);
}

/**
 * Arms a crash of `worker` (as `crashWorker` crashes it) for the moment an upload's load is
 * under way: after the page hands the worker a file, at its next statement. The crash then
 * comes while the load runs however fast the machine reads the file (a crash sent once the
 * progress bar showed could come after a quick load had ended).
 */
export async function crashWorkerDuringLoad(worker: Worker): Promise<void> {
  await worker.evaluate((message) => {
    let fileGiven = false;
    self.addEventListener('message', function watch(event: MessageEvent) {
      const type = (event.data as { type?: string } | null)?.type;
      if (type === 'REGISTER_FILE_HANDLE') fileGiven = true;
      if (!fileGiven || (type !== 'START_PENDING_QUERY' && type !== 'POLL_PENDING_QUERY')) return;
      self.removeEventListener('message', watch);
      setTimeout(() => {
        throw new Error(message);
      });
    });
  }, crashMessage);
}

/** Waits until the workbench's DuckDB has started again after `crashes` crashes and is ready. */
export async function waitForWorkbenchRestart(page: Page, crashes: number): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const status = document.querySelector<HTMLElement>('[data-testid="workbench-database"]');
      return (
        status?.dataset.phase === 'ready' && Number(status.dataset.crashes) >= (wanted as number)
      );
    },
    crashes,
    { timeout: 60_000 },
  );
}
