import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { arrowToRows } from '$lib/db/rows';
import { sdgNanCsv } from '../files';
import { closeSuite, openSuite, watchPage, type Site } from './harness';
import { openWorkbench as openWorkbenchAt, typeSql } from './workbench-page';

let browser: Browser;
let site: Site;
let db: NodeDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'values-'));

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
});

afterAll(() => closeSuite({ browser, site }));

const openWorkbench = (page: Page) => openWorkbenchAt(page, site.url);

async function runSql(page: Page, sql: string) {
  await typeSql(page, sql);
  await page.keyboard.press('Control+Enter');
  await page.locator('[data-testid="result-grid"]').waitFor();
}

async function save(page: Page, kind: string): Promise<Buffer> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-export="${kind}"]`).click(),
  ]);
  return readFileSync((await download.path())!);
}

describe('exact values in the workbench', () => {
  it('shows and exports 12345678901234567, a HUGEINT and a DECIMAL exactly, as DuckDB writes them', async () => {
    const columns = {
      big: '12345678901234567::BIGINT',
      huge: '170141183460469231731687303715884105727::HUGEINT',
      loss: '-123.45::DECIMAL(10,2)',
      cents: '12345678901234567.89::DECIMAL(38,2)',
    };
    const sql = `SELECT ${Object.entries(columns)
      .map(([name, value]) => `${value} AS ${name}`)
      .join(', ')}`;
    // DuckDB in node writes each value as text: what the grid and the CSV must say.
    const [expected] = db.query(
      `SELECT ${Object.entries(columns)
        .map(([name, value]) => `(${value})::VARCHAR AS ${name}`)
        .join(', ')}`,
    );
    const page = await browser.newPage();
    const watch = watchPage(page, site.url);
    await openWorkbench(page);
    await runSql(page, sql);
    const cells = page.locator('[data-testid="result-grid"] [role="gridcell"]');
    expect(await cells.allInnerTexts()).toEqual(Object.values(expected));
    expect(expected.big).toBe('12345678901234567');

    const csv = Papa.parse<Record<string, string>>(String(await save(page, 'csv')), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data).toEqual([expected]);

    // Parquet keeps the types: read back, the values are those DuckDB in node returns.
    const parquet = await import('parquet-wasm/esm');
    parquet.initSync({
      module: readFileSync(
        createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm'),
      ),
    });
    const table = tableFromIPC(
      parquet.readParquet(new Uint8Array(await save(page, 'parquet'))).intoIPCStream(),
    );
    expect(table.schema.fields.map((field) => String(field.type))).toEqual([
      'Int64',
      'Decimal[38e0]',
      'Decimal[10e+2]',
      'Decimal[38e+2]',
    ]);
    expect(arrowToRows(table)).toEqual(db.query(sql));
    expect(watch.errors).toEqual([]);
    await page.close();
  }, 120_000);

  it('draws no mark for the NaN and -Inf values of an SDG export, with no console error', async () => {
    const file = path.join(dir, 'sdg_nan.csv');
    writeFileSync(file, sdgNanCsv());
    const page = await browser.newPage();
    const watch = watchPage(page, site.url);
    await openWorkbench(page);
    await page.setInputFiles('[data-testid="file-input"]', [file]);
    const preview = page.locator('[data-testid="file-preview"][data-file="sdg_nan.csv"]');
    await preview.locator('button.primary').click();
    await preview.waitFor({ state: 'detached', timeout: 120_000 });

    // What the file holds, read by a CSV parser: the years and areas with a number.
    const rows = Papa.parse<Record<string, string>>(sdgNanCsv(), {
      header: true,
      skipEmptyLines: true,
    }).data.filter((row) => row.SeriesCode === 'VC_ARM_SZTRACE');
    const numbered = rows.filter((row) => Number.isFinite(Number(row.Value)));
    const years = (area: string) => numbered.filter((row) => row.GeoAreaName === area).length;
    const latest = numbered.filter((row) => row.TimePeriod === '2020').length;

    const sdg = page.locator('[data-testid="ready-sdg_nan"]');
    await sdg.locator('svg[data-chart] circle.mark').first().waitFor();
    // The area over time: Afghanistan (the first area with the most years), 2018 is NaN.
    expect(await sdg.locator('select').nth(1).inputValue()).toBe('Afghanistan');
    expect(await sdg.locator('svg[data-chart] circle.mark').count()).toBe(years('Afghanistan'));
    expect(years('Afghanistan')).toBe(5);
    const marks = await sdg
      .locator('svg[data-chart] circle.mark')
      .evaluateAll((circles) => circles.map((circle) => circle.getAttribute('cy')));
    expect(marks.every((cy) => Number.isFinite(Number(cy)))).toBe(true);
    // By area for 2020: Brazil's value is NaN, so it has no bar and no fill.
    expect(await sdg.locator('svg[data-chart] .bar').count()).toBe(latest);
    expect(await sdg.locator('path.country[style*="fill"]').count()).toBe(latest);
    expect(latest).toBe(4);
    expect(watch.errors).toEqual([]);
    await page.close();
  }, 120_000);
});
