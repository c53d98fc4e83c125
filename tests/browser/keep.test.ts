import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSuite, openSuite, watchPage, type Site } from './harness';
import {
  crashDuckDbWorker,
  crashReport,
  openWorkbench as openWorkbenchAt,
  runSql as runSqlUntilEnd,
  waitForWorkbenchRestart,
} from './workbench-page';

let browser: Browser;
let site: Site;
const dir = mkdtempSync(path.join(tmpdir(), 'keep-'));

beforeAll(async () => {
  ({ browser, site } = await openSuite({ data: false }));
});

afterAll(() => closeSuite({ browser, site }));

// Whole numbers, numbers, ISO dates, codes with leading zeros, and empty values in each.
const csv = [
  'id,code,amount,day,note',
  '1,007,1.25,2024-02-29,first',
  '2,040,-3.5,1999-12-31,',
  '3,,,,"with, comma"',
  '4,900,1000000.75,2000-01-01,last',
].join('\n');

function csvFile(name: string): string {
  const target = path.join(dir, name);
  writeFileSync(target, csv);
  return target;
}

async function openWorkbench(context: BrowserContext): Promise<Page> {
  const page = await openWorkbenchAt(await context.newPage(), site.url);
  await page.waitForFunction(() => !document.body.textContent?.includes('Loading the tables kept'));
  return page;
}

async function runSql(page: Page, sql: string): Promise<string[]> {
  await runSqlUntilEnd(page, sql, 60_000);
  const error = page.locator('[data-testid="run-error"]');
  if (await error.count()) return [await error.innerText()];
  return page.locator('[data-testid="result-grid"] [role="gridcell"]').allInnerTexts();
}

/** What the table holds and how DuckDB types it: every value and every column's type. */
async function contents(page: Page, table: string): Promise<{ values: string[]; types: string[] }> {
  const values = await runSql(page, `SELECT COLUMNS(*)::VARCHAR FROM ${table} ORDER BY id`);
  const types = await runSql(
    page,
    `SELECT column_name || ' ' || data_type FROM information_schema.columns WHERE table_name = '${table}' ORDER BY ordinal_position`,
  );
  return { values, types };
}

const row = (page: Page, table: string) =>
  page.locator(`[data-testid="uploaded-tables"] tr[data-table="${table}"]`);

/** Uploads `file` as `table` and waits until it is kept in storage. */
async function uploadKept(page: Page, file: string, table: string): Promise<void> {
  await page.setInputFiles('[data-testid="file-input"]', [file]);
  await page
    .locator(`[data-testid="file-preview"][data-file="${path.basename(file)}"] button.primary`)
    .click();
  await row(page, table).filter({ hasText: 'in this browser' }).waitFor({ timeout: 60_000 });
}

/** The names of the files the site keeps in its private storage. */
function keptFiles(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('uploads', { create: true });
    const names: string[] = [];
    for await (const name of folder.keys()) names.push(name);
    return names.sort();
  });
}

/** The Arrow copy the description of `table` names, if that file is there. */
function arrowCopy(page: Page, table: string): Promise<string | undefined> {
  return page.evaluate(async (name) => {
    const root = await navigator.storage.getDirectory();
    const folder = await root.getDirectoryHandle('uploads', { create: true });
    try {
      const meta = await (await folder.getFileHandle(`${name}.meta.json`)).getFile();
      const file = (JSON.parse(await meta.text()) as { arrow?: { file: string } }).arrow?.file;
      if (file) await folder.getFileHandle(file);
      return file;
    } catch {
      return undefined;
    }
  }, table);
}

/** Waits until the description of `table` names a copy that loads without reading text. */
async function waitForArrowCopy(page: Page, table: string): Promise<string> {
  for (let tries = 0; tries < 240; tries++) {
    const file = await arrowCopy(page, table);
    if (file) return file;
    await page.waitForTimeout(250);
  }
  throw new Error(`no Arrow copy of ${table} was written`);
}

async function removeKeptFile(page: Page, name: string): Promise<void> {
  await page.evaluate(async (file) => {
    const root = await navigator.storage.getDirectory();
    await (await root.getDirectoryHandle('uploads')).removeEntry(file);
  }, name);
}

async function overwriteKeptFile(page: Page, name: string): Promise<void> {
  await page.evaluate(async (file) => {
    const root = await navigator.storage.getDirectory();
    const handle = await (await root.getDirectoryHandle('uploads')).getFileHandle(file);
    const size = (await handle.getFile()).size;
    const writable = await handle.createWritable();
    // As long as it was, so only reading it can tell.
    await writable.write(new Uint8Array(size).fill(0x41));
    await writable.close();
  }, name);
}

/** The values as the file says them (papaparse, not DuckDB), with DuckDB's text for a NULL. */
function fileValues(): string[] {
  const parsed = Papa.parse<string[]>(csv, { skipEmptyLines: true }).data.slice(1);
  return parsed.flat().map((value) => (value === '' ? 'NULL' : value));
}

describe('a kept table comes back after a reload from its Arrow copy', () => {
  it(
    'with every value and type, and without its CSV, also after DuckDB restarts',
    { timeout: 180_000 },
    async () => {
      const context = await browser.newContext();
      const page = await openWorkbench(context);
      const watch = watchPage(page, site.url);
      await uploadKept(page, csvFile('kept_types.csv'), 'kept_types');
      const before = await contents(page, 'kept_types');
      expect(before.values.map((value) => value.replace(/^(-?\d+\.\d+?)0+$/, '$1'))).toEqual(
        fileValues().map((value) => value.replace(/^(-?\d+\.\d+?)0+$/, '$1')),
      );
      expect(before.types).toContain('code VARCHAR');
      await waitForArrowCopy(page, 'kept_types');

      // With the CSV gone, only the Arrow copy can bring the table back.
      await removeKeptFile(page, 'kept_types.csv');
      expect(await keptFiles(page)).not.toContain('kept_types.csv');
      await page.reload();
      await row(page, 'kept_types').and(page.locator('[data-restored-from="arrow"]')).waitFor({
        timeout: 60_000,
      });
      expect(await row(page, 'kept_types').getAttribute('data-rows')).toBe('4');
      expect(await contents(page, 'kept_types')).toEqual(before);
      expect(await page.locator('[data-testid="restored-from-csv"]').count()).toBe(0);

      // After a crash of DuckDB's worker the table comes back the same way, still without its CSV.
      await crashDuckDbWorker(page, 'workbench');
      await waitForWorkbenchRestart(page, 1);
      await row(page, 'kept_types').and(page.locator('[data-restored-from="arrow"]')).waitFor({
        timeout: 60_000,
      });
      expect(await contents(page, 'kept_types')).toEqual(before);
      expect(watch.errors.filter((error) => !crashReport(error))).toEqual([]);
      await context.close();
    },
  );

  for (const [damage, spoil] of [
    ['missing', removeKeptFile],
    ['unreadable', overwriteKeptFile],
  ] as const) {
    it(
      `falls back to the CSV when the Arrow copy is ${damage}, says nothing was lost, and writes the copy again`,
      { timeout: 180_000 },
      async () => {
        const context = await browser.newContext();
        const page = await openWorkbench(context);
        const table = `kept_${damage}`;
        await uploadKept(page, csvFile(`${table}.csv`), table);
        const before = await contents(page, table);
        const arrow = await waitForArrowCopy(page, table);

        await spoil(page, arrow);
        await page.reload();
        await row(page, table).and(page.locator('[data-restored-from="csv"]')).waitFor({
          timeout: 60_000,
        });
        expect(await page.locator('[data-testid="restored-from-csv"]').innerText()).toMatch(
          new RegExp(`${table}.*could not be read.*CSV.*Nothing was lost`),
        );
        expect(await contents(page, table)).toEqual(before);

        // The next visit is quick again.
        await waitForArrowCopy(page, table);
        await page.reload();
        await row(page, table).and(page.locator('[data-restored-from="arrow"]')).waitFor({
          timeout: 60_000,
        });
        expect(await contents(page, table)).toEqual(before);
        await context.close();
      },
    );
  }

  it('removing a kept table removes its Arrow copy too', { timeout: 120_000 }, async () => {
    const context = await browser.newContext();
    const page = await openWorkbench(context);
    await uploadKept(page, csvFile('kept_removed.csv'), 'kept_removed');
    await waitForArrowCopy(page, 'kept_removed');
    await row(page, 'kept_removed').locator('button', { hasText: 'Remove' }).click();
    await row(page, 'kept_removed').waitFor({ state: 'detached' });
    expect((await keptFiles(page)).filter((name) => name.startsWith('kept_removed.'))).toEqual([]);
    await context.close();
  });
});

describe('the list of kept tables after a reload', () => {
  it(
    'names every kept table before DuckDB has started, then makes it usable',
    { timeout: 180_000 },
    async () => {
      const context = await browser.newContext();
      const page = await openWorkbench(context);
      await uploadKept(page, csvFile('kept_listed.csv'), 'kept_listed');
      await waitForArrowCopy(page, 'kept_listed');

      // Hold DuckDB's wasm back: nothing can load into DuckDB until it is let through.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      await context.route(/\.wasm(\?|$)/, async (route) => {
        await held;
        await route.continue();
      });
      await page.reload();
      const coming = page.locator('[data-testid="uploaded-tables"] tr[data-coming="kept_listed"]');
      await coming.waitFor({ timeout: 60_000 });
      // What the table holds, from its description: the 4 rows of the file.
      expect(await coming.getAttribute('data-rows')).toBe('4');
      expect(await coming.innerText()).toMatch(/kept_listed\.csv/);
      expect(await row(page, 'kept_listed').count()).toBe(0);

      release();
      await row(page, 'kept_listed').waitFor({ timeout: 90_000 });
      expect(await coming.count()).toBe(0);
      expect((await contents(page, 'kept_listed')).values).toHaveLength(fileValues().length);
      await context.close();
    },
  );
});
