import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wideCsv, writeBigCsv } from '../files';
import { closeSuite, openSuite, watchPage, type Suite } from './harness';
import { typeSql, waitForRunEnd } from './workbench-page';

// A file 1,000 columns wide: it loads, and neither its preview nor its result grid freezes
// the page or widens it past the window.
let suite: Suite;
beforeAll(async () => {
  suite = await openSuite();
});
afterAll(() => closeSuite(suite));

const columns = 1000;
const rows = 200;

/** The longest task the page's main thread ran since `watchLongTasks`, in milliseconds. */
async function watchLongTasks(page: Page): Promise<() => Promise<number>> {
  await page.evaluate(() => {
    const state = window as unknown as { longestTask: number };
    state.longestTask = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        state.longestTask = Math.max(state.longestTask, entry.duration);
    }).observe({ type: 'longtask' });
  });
  return () => page.evaluate(() => (window as unknown as { longestTask: number }).longestTask);
}

/** Whether the page itself scrolls sideways (it must not: wide content scrolls in its box). */
const pageIsWider = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);

/** Runs `sql` and waits until its result or error is shown; returns the milliseconds it took. */
async function runSql(page: Page, sql: string): Promise<number> {
  await typeSql(page, sql);
  const started = Date.now();
  await page.keyboard.press('Control+Enter');
  await waitForRunEnd(page, 120_000);
  return Date.now() - started;
}

const cells = (page: Page) =>
  page.locator('[data-testid="result-grid"] [role="gridcell"]').allInnerTexts();

describe('a CSV 1,000 columns wide', () => {
  it('loads with every column typed, and its preview and result grid scroll inside their boxes', async () => {
    const wide = wideCsv(columns, rows);
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'wide-')), 'wide.csv');
    writeFileSync(file, wide.text);

    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const watch = watchPage(page, suite.site.url);
    await page.goto(`${suite.site.url}workbench/`);
    await page.locator('[data-testid="schema"] details').first().waitFor({ timeout: 60_000 });
    const longestTask = await watchLongTasks(page);

    // The preview: every column with its type, scrolling sideways inside its own box.
    let started = Date.now();
    await page.setInputFiles('[data-testid="file-input"]', [file]);
    const preview = page.locator('[data-testid="file-preview"][data-file="wide.csv"]');
    const headers = preview.locator('thead th[scope="col"]');
    await expect.poll(() => headers.nth(6).textContent(), { timeout: 60_000 }).toBe('c6_codetext');
    const previewMs = Date.now() - started;
    expect(await headers.nth(0).innerText()).toMatch(/^c0_whole\s*whole number$/);
    expect(await headers.nth(4).innerText()).toMatch(/^c4_date\s*date$/);
    expect(await preview.locator('tbody tr').count()).toBe(20);
    expect(await pageIsWider(page)).toBe(false);
    // Scrolled to its end inside its own box, the preview shows the last column.
    const box = preview.locator('[data-testid="preview-table"]').locator('..');
    const size = await box.evaluate((element) => {
      element.scrollIntoView({ block: 'center' });
      element.scrollLeft = element.scrollWidth;
      return { scroll: element.scrollWidth, width: element.clientWidth };
    });
    expect(size.scroll).toBeGreaterThan(size.width * 10);
    const lastHeader = () =>
      box.evaluate((element) => {
        const header = [...element.querySelectorAll('thead th')].find((each) =>
          each.textContent?.startsWith('c999_blank'),
        );
        if (!header) return '';
        const place = header.getBoundingClientRect();
        const seen = document.elementFromPoint(place.left + 5, place.top + place.height / 2);
        return seen?.closest('th')?.textContent ?? '';
      });
    await expect.poll(lastHeader, { timeout: 10_000 }).toBe('c999_blankempty');
    expect(await pageIsWider(page)).toBe(false);
    const previewTask = await longestTask();

    // The load: every row, and the type each column was written as.
    started = Date.now();
    await preview.locator('button.primary').click();
    // Loaded (the preview goes), or refused with the reason in the preview.
    await page.waitForFunction(
      () => {
        const shown = document.querySelector('[data-testid="file-preview"][data-file="wide.csv"]');
        return !shown || shown.querySelector('[data-code="loadFailed"]');
      },
      null,
      { timeout: 120_000 },
    );
    expect(await preview.locator('[data-testid="problems"] li').allInnerTexts()).toEqual([]);
    const loadMs = Date.now() - started;
    await page.locator('[data-testid="uploaded-tables"] [data-table="wide"]').waitFor();
    await runSql(page, 'SELECT count(*) AS n FROM wide');
    expect(await cells(page)).toEqual([String(rows)]);
    await runSql(
      page,
      "SELECT count(*) AS n, string_agg(data_type, ',' ORDER BY column_index) AS types FROM duckdb_columns() WHERE table_name = 'wide'",
    );
    expect(await cells(page)).toEqual([String(columns), wide.types.join(',')]);

    // Every column of the result: the grid scrolls to the last one and shows its header.
    const selectMs = await runSql(page, 'SELECT * FROM wide');
    const grid = page.locator('[data-testid="result-grid"]');
    expect(await grid.getAttribute('data-rows')).toBe(String(rows));
    expect(await grid.getAttribute('aria-colcount')).toBe(String(columns + 1));
    expect(await grid.locator('[role="columnheader"]').first().innerText()).toBe('#');
    expect(await pageIsWider(page)).toBe(false);
    const selectTask = await longestTask();
    // Scrolling down a screen at a time answers within a frame or two, not in seconds (each
    // step drew a thousand cells a row before the grid drew only the columns in view).
    await grid.scrollIntoViewIfNeeded();
    const steps = await grid.evaluate(async (element) => {
      const times: number[] = [];
      for (let step = 1; step <= 9; step++) {
        const started = performance.now();
        element.scrollTop = step * 500;
        await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        times.push(Math.round(performance.now() - started));
      }
      return times;
    });
    const median = [...steps].sort((a, b) => a - b)[Math.floor(steps.length / 2)];
    expect(median, `scroll steps ${steps} ms`).toBeLessThan(250);
    // Scrolled to the far corner, the last column's header and the last row are in view.
    started = Date.now();
    await grid.evaluate((element) => {
      element.scrollLeft = element.scrollWidth;
      element.scrollTop = element.scrollHeight;
    });
    // What a person sees there: the header named c999_blank, and under c998_sparse the last row.
    const atCorner = () =>
      grid.evaluate((element) => {
        const pointAt = (x: number, y: number) =>
          document.elementFromPoint(x, y)?.textContent ?? '';
        // A header's title names its column isolated (FSI … PDI), then its type.
        const header = (name: string) =>
          element
            .querySelector(`[role="columnheader"][title^="\u2068${name}\u2069 "]`)
            ?.getBoundingClientRect();
        const last = header('c999_blank');
        const sparse = header('c998_sparse');
        const row = element
          .querySelector(`[role="row"][aria-rowindex="${element.ariaRowCount}"]`)
          ?.getBoundingClientRect();
        return {
          header: last ? pointAt(last.left + 5, last.top + last.height / 2) : '',
          cell:
            sparse && row ? pointAt(sparse.left + sparse.width / 2, row.top + row.height / 2) : '',
        };
      });
    await expect.poll(atCorner, { timeout: 10_000 }).toEqual({
      header: expect.stringMatching(/^c999_blank/),
      // c998_sparse holds the row number in two rows of three.
      cell: String(rows - 1),
    });
    const scrollMs = Date.now() - started;

    console.log(
      `1,000 columns: preview ${previewMs} ms (longest task ${Math.round(previewTask)} ms), ` +
        `load ${loadMs} ms, SELECT * shown ${selectMs} ms (longest task ${Math.round(selectTask)} ms), ` +
        `scroll steps ${steps.join(', ')} ms, to the corner ${scrollMs} ms (longest task overall ${Math.round(await longestTask())} ms)`,
    );
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 180_000);
});

describe('a file too large for this browser', () => {
  it('is named before it loads, with its size and what the browser can hold', async () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'large-')), 'large.csv');
    await writeBigCsv(file, 600_000);
    const size = statSync(file).size;
    const context = await suite.browser.newContext();
    // A phone-sized device (256 MB) whose site storage is nearly full (64 KB left).
    await context.addInitScript(() => {
      Object.defineProperty(Navigator.prototype, 'deviceMemory', { get: () => 0.25 });
      StorageManager.prototype.estimate = async () => ({ quota: 1024 * 1024, usage: 960 * 1024 });
    });
    const page = await context.newPage();
    await page.goto(`${suite.site.url}workbench/`);
    await page.locator('[data-testid="schema"] details').first().waitFor({ timeout: 60_000 });
    await page.setInputFiles('[data-testid="file-input"]', [file]);
    const preview = page.locator('[data-testid="file-preview"][data-file="large.csv"]');
    await preview.locator('[data-testid="preview-table"]').waitFor();
    const megabytes = `${(size / 2 ** 20).toFixed(1)} MB`;
    expect(
      await preview
        .locator('[data-testid="problems"] li')
        .evaluateAll((items) =>
          items.map((item) => [
            item.dataset.code,
            item.classList.contains('error') ? 'error' : 'warning',
            item.textContent,
          ]),
        ),
    ).toEqual([
      [
        'tooLarge',
        'warning',
        `\u2068large.csv\u2069: this file is ${megabytes}; loading it takes about ${((size * 5) / 2 ** 20).toFixed(1)} MB of memory, more than this browser can give it (about 128 MB). The load may fail or stop the tab: a smaller extract (fewer rows or columns) is safer.`,
      ],
      [
        'tooLargeToKeep',
        'warning',
        `\u2068large.csv\u2069: this file is ${megabytes} and this browser lets the site store only 64 KB more: it can be loaded, but it will not be kept for your next visit.`,
      ],
    ]);
    // A warning: the user may still load it.
    expect(await preview.locator('button.primary').isEnabled()).toBe(true);
    await context.close();
  });
});
