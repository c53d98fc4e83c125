import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tableFromIPC } from 'apache-arrow';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { closeSuite, openSuite, watchPage, type Site } from './harness';
import { openWorkbench as openWorkbenchAt, runSql, typeSql } from './workbench-page';

let browser: Browser;
let site: Site;
let db: NodeDatabase;

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
});

afterAll(() => closeSuite({ browser, site }));

/** What the page (its JS heap and the array buffers it holds) may grow to while a huge result streams. */
const memoryBound = 500 * 1024 * 1024;

const openWorkbench = async (context: BrowserContext) =>
  openWorkbenchAt(await context.newPage(), site.url);

const gridRows = async (page: Page) =>
  Number(await page.locator('[data-testid="result-grid"]').getAttribute('data-rows'));

describe('a result too large to keep', () => {
  it('SELECT * FROM range(600000000) shows its first rows and says so, the tab answers, its memory stays under 500 MB, and the next query runs', async () => {
    const context = await browser.newContext();
    try {
      const page = await openWorkbench(context);
      const watch = watchPage(page, site.url);
      const cdp = await context.newCDPSession(page);
      const memory = async () => {
        const heap = await cdp.send('Runtime.getHeapUsage');
        return heap.usedSize + heap.backingStorageSize;
      };
      await typeSql(page, 'SELECT * FROM range(600000000)');
      await page.keyboard.press('Control+Enter');
      // The run has started (or, on a fast machine, already kept its first rows).
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="run-status"]')?.textContent?.includes('Running') ||
          document.querySelector('[data-testid="result-truncated"]') !== null,
        undefined,
        { timeout: 60_000 },
      );
      // While the result streams: how long the page takes to answer, and how large it grows.
      // The slowest answer is weighed against the whole stream, not a fixed time: on a machine
      // shared with other work both stretch alike (an answer took 1.1 s at load 20 while the
      // page was fine), while a tab that freezes for much of the stream stands out on any.
      // Half the stream, not a quarter: on a fast run the stream lasts under a second and gives
      // four answers, and one of 257 ms in 872 ms (a pause of the collector) failed a quarter.
      let answers = 0;
      let slowest = 0;
      let largest = 0;
      let shown = false;
      const started = Date.now();
      while (!shown && largest < memoryBound && Date.now() - started < 90_000) {
        const asked = Date.now();
        shown = await page.evaluate(
          () => document.querySelector('[data-testid="result-truncated"]') !== null,
        );
        if (!shown) answers += 1;
        slowest = Math.max(slowest, Date.now() - asked);
        largest = Math.max(largest, await memory());
        await page.waitForTimeout(50);
      }
      expect(largest, `page memory ${Math.round(largest / 2 ** 20)} MB`).toBeLessThan(memoryBound);
      expect(shown, 'the page says it shows the first rows').toBe(true);
      const streamed = Date.now() - started;
      expect(
        slowest,
        `slowest of ${answers} answers of the page in ${streamed} ms of streaming (ms)`,
      ).toBeLessThan(streamed / 2);

      const kept = await gridRows(page);
      // The README's promise: at most 1,000,000 rows of a result are kept (8-byte integers
      // reach that long before 64 MB), and the first batch past it is cut (it showed 1,001,472).
      expect(kept).toBe(1_000_000);
      const notice = await page.locator('[data-testid="result-truncated"]').innerText();
      expect(notice).toContain(
        `Showing the first ${kept.toLocaleString('en-US')} rows of a longer result`,
      );
      expect(notice).toContain('Export writes the whole result.');
      expect(await page.locator('[data-testid="run-status"]').innerText()).toContain(
        `First ${kept.toLocaleString('en-US')} rows`,
      );
      expect(
        await page.locator('[data-testid="result-grid"] [role="gridcell"]').first().innerText(),
      ).toBe('0');

      // The worker was freed: a click on Run runs the next query at once.
      await typeSql(page, 'SELECT 6 * 7 AS answer');
      const clicked = Date.now();
      await page.locator('[data-testid="run"]').click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="result-grid"] [role="gridcell"]')?.textContent ===
          '42',
        null,
        { timeout: 10_000 },
      );
      expect(Date.now() - clicked).toBeLessThan(10_000);
      expect(await page.locator('[data-testid="result-truncated"]').count()).toBe(0);
      expect(await memory()).toBeLessThan(memoryBound);
      expect(watch.errors).toEqual([]);
    } finally {
      await context.close();
    }
  }, 180_000);

  it('exports the whole of a result the page cut short, as CSV (300,000 rows) and Parquet', async () => {
    // About 80 MB of text: more than a page keeps of one result.
    const sql = "SELECT range AS id, repeat('x', 250) || range AS pad FROM range(300000)";
    const [expected] = db.query(
      `SELECT count(*)::INTEGER AS n, sum(id)::DOUBLE AS ids, sum(length(pad))::DOUBLE AS chars FROM (${sql})`,
    );
    expect(expected.n).toBe(300_000);
    const context = await browser.newContext({ acceptDownloads: true });
    try {
      const page = await openWorkbench(context);
      await runSql(page, sql);
      await page.locator('[data-testid="result-truncated"]').waitFor();
      expect(await gridRows(page)).toBeLessThan(300_000);

      const save = async (kind: string) => {
        const [download] = await Promise.all([
          page.waitForEvent('download', { timeout: 120_000 }),
          page.locator(`[data-export="${kind}"]`).click(),
        ]);
        return readFileSync((await download.path())!);
      };
      const csv = Papa.parse<{ id: string; pad: string }>(String(await save('csv')), {
        header: true,
        skipEmptyLines: true,
      });
      expect(csv.errors).toEqual([]);
      expect(csv.meta.fields).toEqual(['id', 'pad']);
      expect(csv.data.length).toBe(300_000);
      const ids = new Set(csv.data.map((row) => Number(row.id)));
      expect(ids.size).toBe(300_000);
      expect(csv.data.reduce((sum, row) => sum + Number(row.id), 0)).toBe(expected.ids);
      expect(csv.data.reduce((sum, row) => sum + row.pad.length, 0)).toBe(expected.chars);
      expect(csv.data[299_999]).toEqual({ id: '299999', pad: `${'x'.repeat(250)}299999` });

      // parquet-wasm's node build is CommonJS in an ES module package, so node reads its web build.
      const parquet = await import('parquet-wasm/esm');
      parquet.initSync({
        module: readFileSync(
          createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm'),
        ),
      });
      const table = tableFromIPC(
        parquet.readParquet(new Uint8Array(await save('parquet'))).intoIPCStream(),
      );
      expect(table.numRows).toBe(300_000);
      const id = table.getChild('id')!;
      let sum = 0;
      for (let row = 0; row < table.numRows; row++) sum += Number(id.get(row));
      expect(sum).toBe(expected.ids);
    } finally {
      await context.close();
    }
  }, 240_000);
});

describe('the result grid', () => {
  it('shows the first rows of a new large result after the last one was scrolled to its bottom', async () => {
    const context = await browser.newContext();
    try {
      const page = await openWorkbench(context);
      await runSql(page, 'SELECT range AS i FROM range(1000000)');
      const grid = page.locator('[data-testid="result-grid"]');
      await grid.evaluate((element) => (element.scrollTop = element.scrollHeight));
      await page.waitForFunction(() =>
        [...document.querySelectorAll('[data-testid="result-grid"] [role="rowheader"]')].some(
          (cell) => cell.textContent === '1,000,000',
        ),
      );

      await runSql(page, 'SELECT range * 3 AS j FROM range(1000000)');
      await page.waitForFunction(() =>
        document
          .querySelector('[data-testid="result-grid"] [role="columnheader"]:nth-child(2)')
          ?.textContent?.startsWith('j'),
      );
      // The rows inside the grid's visible box, as a person sees them.
      const visible = await grid.evaluate((element) => {
        const box = element.getBoundingClientRect();
        return [...element.querySelectorAll<HTMLElement>('.body [role="row"]')]
          .filter((row) => {
            const rect = row.getBoundingClientRect();
            return rect.bottom > box.top && rect.top < box.bottom;
          })
          .map((row) => row.querySelector('[role="gridcell"]')?.textContent);
      });
      expect(visible.slice(0, 3)).toEqual(['0', '3', '6']);
    } finally {
      await context.close();
    }
  }, 120_000);
});
