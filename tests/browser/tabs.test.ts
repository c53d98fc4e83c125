import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSuite, openSuite, watchPage, type Site } from './harness';
import { runSql as runSqlUntilEnd, uploadedRows } from './workbench-page';

let browser: Browser;
let site: Site;
const dir = mkdtempSync(path.join(tmpdir(), 'tabs-'));

beforeAll(async () => {
  ({ browser, site } = await openSuite({ data: false }));
});

afterAll(() => closeSuite({ browser, site }));

/** Two different files, both named data.csv as two downloads of "data" would be. */
function dataCsv(folder: string, text: string): { path: string; rows: number } {
  mkdirSync(path.join(dir, folder), { recursive: true });
  const target = path.join(dir, folder, 'data.csv');
  writeFileSync(target, text);
  const parsed = Papa.parse(text, { header: true, skipEmptyLines: true });
  return { path: target, rows: parsed.data.length };
}

const fileX = () => dataCsv('x', 'country,value\nFrance,3\nMali,4\nChad,5\n');
const fileY = () =>
  dataCsv('y', 'year,count,note\n2019,1,a\n2020,2,b\n2021,3,c\n2022,4,d\n2023,5,e\n2024,6,f\n');

/** Opens the workbench in `context` (after `init` ran in the page) once DuckDB has the built-in tables. */
async function openWorkbench(context: BrowserContext, init?: () => void): Promise<Page> {
  const page = await context.newPage();
  if (init) await page.addInitScript(init);
  await page.goto(`${site.url}workbench/`);
  await page.locator('[data-testid="schema"] details').first().waitFor({ timeout: 60_000 });
  // Kept tables of earlier visits are loaded once this is gone.
  await page.waitForFunction(() => !document.body.textContent?.includes('Loading the tables kept'));
  return page;
}

async function preview(page: Page, file: string): Promise<void> {
  await page.setInputFiles('[data-testid="file-input"]', [file]);
  await page.locator('[data-testid="file-preview"][data-file="data.csv"]').waitFor();
}

const previewOf = (page: Page) =>
  page.locator('[data-testid="file-preview"][data-file="data.csv"]');

/** Clicks Load and waits until `table` is listed and kept in storage. */
async function loadAs(page: Page, table: string): Promise<void> {
  await previewOf(page).locator('button.primary').click();
  await keptRow(page, table).waitFor({ timeout: 60_000 });
}

const keptRow = (page: Page, table: string) =>
  page.locator(`[data-testid="uploaded-tables"] tr[data-table="${table}"]`, {
    hasText: 'in this browser',
  });

async function runSql(page: Page, sql: string): Promise<string[]> {
  await runSqlUntilEnd(page, sql);
  const error = page.locator('[data-testid="run-error"]');
  if (await error.count()) return [await error.innerText()];
  return page.locator('[data-testid="result-grid"] [role="gridcell"]').allInnerTexts();
}

async function reloadWithTables(page: Page, count: number): Promise<void> {
  await page.reload();
  await page.waitForFunction(
    (count) =>
      document.querySelectorAll('[data-testid="uploaded-tables"] tbody tr[data-table]').length ===
      count,
    count,
    { timeout: 60_000 },
  );
}

describe('kept uploads in two tabs', () => {
  it('two tabs loading different data.csv files both keep their rows after a reload, and each tab lists and queries what the other kept or removed', async () => {
    const x = fileX();
    const y = fileY();
    expect(x.rows).not.toBe(y.rows);
    const context = await browser.newContext();
    const a = await openWorkbench(context);
    const b = await openWorkbench(context);
    const watchA = watchPage(a, site.url);
    const watchB = watchPage(b, site.url);

    // B previews its file before A loads: both are offered "data".
    await preview(b, y.path);
    expect(await previewOf(b).locator('[data-testid="table-name"]').inputValue()).toBe('data');
    await preview(a, x.path);
    await loadAs(a, 'data');

    // B hears of A's table: it is listed and queryable in B, and B's file is offered another name.
    await keptRow(b, 'data').waitFor({ timeout: 15_000 });
    await previewOf(b)
      .locator('[data-testid="problems"] li[data-code="nameKeptElsewhere"]')
      .waitFor({ timeout: 5_000 });
    expect(await previewOf(b).locator('[data-testid="table-name"]').inputValue()).toBe('data_2');
    expect(await runSql(b, 'SELECT count(*) AS n FROM data')).toEqual([String(x.rows)]);

    await loadAs(b, 'data_2');
    await keptRow(a, 'data_2').waitFor({ timeout: 15_000 });
    expect(await runSql(a, 'SELECT count(*) AS n FROM data_2')).toEqual([String(y.rows)]);
    const both = { data: x.rows, data_2: y.rows };
    expect(await uploadedRows(a)).toEqual(both);
    expect(await uploadedRows(b)).toEqual(both);

    for (const page of [a, b]) {
      await reloadWithTables(page, 2);
      expect(await uploadedRows(page)).toEqual(both);
    }

    // Removed in A: gone from B's list and from B's DuckDB, without a reload.
    await a.locator('[data-table="data_2"] button', { hasText: 'Remove' }).click();
    await b.locator('[data-table="data_2"]').waitFor({ state: 'detached', timeout: 15_000 });
    expect((await runSql(b, 'SELECT * FROM data_2'))[0]).toContain('data_2 does not exist');
    expect(await uploadedRows(b)).toEqual({ data: x.rows });
    await reloadWithTables(b, 1);
    expect(await uploadedRows(b)).toEqual({ data: x.rows });
    expect([...watchA.errors, ...watchB.errors]).toEqual([]);
    await context.close();
  }, 180_000);

  it('without BroadcastChannel and Web Locks, a load under a name another tab kept since the preview is refused, offers the next free name, and loses nothing', async () => {
    const x = fileX();
    const y = fileY();
    const context = await browser.newContext();
    const a = await openWorkbench(context);
    const b = await openWorkbench(context, () => {
      Reflect.deleteProperty(globalThis, 'BroadcastChannel');
      Object.defineProperty(Navigator.prototype, 'locks', { get: () => undefined });
    });
    expect(await b.evaluate(() => typeof BroadcastChannel + typeof navigator.locks)).toBe(
      'undefinedundefined',
    );

    await preview(b, y.path);
    expect(await previewOf(b).locator('[data-testid="table-name"]').inputValue()).toBe('data');
    await preview(a, x.path);
    await loadAs(a, 'data');

    // B never heard of A's table: its load is refused before anything is written.
    await previewOf(b).locator('button.primary').click();
    const refused = previewOf(b).locator(
      '[data-testid="problems"] li[data-code="nameTakenElsewhere"]',
    );
    await refused.waitFor({ timeout: 15_000 });
    expect(await refused.innerText()).toContain(
      'another tab has kept or is loading a table named “\u2068data\u2069”',
    );
    expect(await previewOf(b).locator('[data-testid="table-name"]').inputValue()).toBe('data_2');
    // ...and B now lists A's table, read from storage.
    await keptRow(b, 'data').waitFor({ timeout: 15_000 });

    await loadAs(b, 'data_2');
    const both = { data: x.rows, data_2: y.rows };
    await reloadWithTables(a, 2);
    expect(await uploadedRows(a)).toEqual(both);
    expect(await runSql(a, 'SELECT count(*) AS n FROM data')).toEqual([String(x.rows)]);
    await context.close();
  }, 180_000);

  it('refuses a name another tab is loading at this moment', async () => {
    const y = fileY();
    const context = await browser.newContext();
    const a = await openWorkbench(context);
    const b = await openWorkbench(context);
    // A holds the name as it does while its load runs, and never lets go.
    await a.evaluate(
      () =>
        new Promise<void>((held) => {
          void navigator.locks.request('sdg-uploads:table:data', () => {
            held();
            return new Promise(() => {});
          });
        }),
    );
    await preview(b, y.path);
    await previewOf(b).locator('button.primary').click();
    await previewOf(b)
      .locator('[data-testid="problems"] li[data-code="nameTakenElsewhere"]')
      .waitFor({ timeout: 15_000 });
    expect(await previewOf(b).locator('[data-testid="table-name"]').inputValue()).toBe('data_2');
    await loadAs(b, 'data_2');
    expect(await uploadedRows(b)).toEqual({ data_2: y.rows });
    await context.close();
  }, 120_000);

  it('lists the tables of the index earlier versions wrote, keeps them when a table is added, and a half-written table hides no other', async () => {
    const x = fileX();
    const context = await browser.newContext();
    const page = await openWorkbench(context);
    // What an earlier version left: one index.json listing every kept table.
    await page.evaluate(async () => {
      const folder = await (
        await navigator.storage.getDirectory()
      ).getDirectoryHandle('uploads', { create: true });
      const write = async (name: string, text: string) => {
        const writable = await (
          await folder.getFileHandle(name, { create: true })
        ).createWritable();
        await writable.write(text);
        await writable.close();
      };
      await write('old.csv', 'country,value\nFrance,3\nMali,4\n');
      await write(
        'index.json',
        JSON.stringify([
          {
            table: 'old',
            fileName: 'old.csv',
            bytes: 29,
            rows: 2,
            columns: [
              { name: 'country', type: 'VARCHAR' },
              { name: 'value', type: 'BIGINT' },
            ],
            loadedAt: '2026-01-01T00:00:00.000Z',
            options: { encoding: 'utf-8', delimiter: ',', header: true, skip: 0 },
          },
        ]),
      );
      // A table whose data was written and whose description never was (a crash between).
      await write('half.csv', 'a\n1\n');
    });
    await reloadWithTables(page, 1);
    expect(await uploadedRows(page)).toEqual({ old: 2 });

    await preview(page, x.path);
    await loadAs(page, 'data');
    await reloadWithTables(page, 2);
    expect(await uploadedRows(page)).toEqual({ old: 2, data: x.rows });
    expect(await runSql(page, 'SELECT sum(value) AS total FROM old')).toEqual(['7']);
    await context.close();
  }, 120_000);
});
