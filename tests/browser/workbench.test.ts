import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { tableFromIPC } from 'apache-arrow';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { arrowToRows, type Row } from '$lib/db/rows';
import { gbkCsv, malformedFiles, sdgCsv, sipriCsv, warnedFiles, writeBigCsv } from '../files';
import {
  closeSuite,
  followLink,
  openSuite,
  waitForLiveViews,
  watchPage,
  type Site,
} from './harness';
import { openWorkbench as openWorkbenchAt, runSql, uploadedRows } from './workbench-page';

let browser: Browser;
let site: Site;
let db: NodeDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'workbench-'));

/** Writes a test file and returns its path, named as the user's file would be. */
function file(name: string, bytes: Uint8Array | string): string {
  const target = path.join(dir, name);
  writeFileSync(target, bytes);
  return target;
}

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
});

afterAll(() => closeSuite({ browser, site }));

/** Opens the workbench in `context` and waits until DuckDB has the built-in tables. */
async function openWorkbench(context: BrowserContext, hash = ''): Promise<Page> {
  return openWorkbenchAt(await context.newPage(), site.url, hash);
}

async function upload(page: Page, paths: string[]) {
  await page.setInputFiles('[data-testid="file-input"]', paths);
  await page.waitForFunction(
    (count) => document.querySelectorAll('[data-testid="file-preview"]').length >= count,
    paths.length,
  );
}

async function loadPreview(page: Page, fileName: string) {
  const preview = page.locator(`[data-testid="file-preview"][data-file="${fileName}"]`);
  await preview.locator('button.primary').click();
  await preview.waitFor({ state: 'detached', timeout: 120_000 });
}

const builtInCount = () => Number(db.query('SELECT count(*) AS n FROM missions')[0].n);

describe('uploading files', () => {
  it('loads a 1M-row CSV (about 45 MB) to exactly 1,000,000 rows with progress, and keeps it over a reload', async () => {
    const big = path.join(dir, 'big_sample.csv');
    await writeBigCsv(big, 1_000_000);
    const context = await browser.newContext();
    const page = await openWorkbench(context);
    const watch = watchPage(page, site.url);
    await upload(page, [big, file('small.csv', 'country,value\nFrance,3\nMali,4\n')]);
    await loadPreview(page, 'small.csv');

    // Every value the progress bar shows while the big file loads.
    await page.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { progressSeen: number[] }).progressSeen = seen;
      new MutationObserver(() => {
        const bar = document.querySelector<HTMLProgressElement>('[data-testid="load-progress"]');
        if (bar) seen.push(bar.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    await loadPreview(page, 'big_sample.csv');
    const seen = await page.evaluate(
      () => (window as unknown as { progressSeen: number[] }).progressSeen,
    );
    expect(
      seen.some((value) => value > 0.2 && value < 1),
      `progress values ${seen.slice(0, 20)}`,
    ).toBe(true);
    expect(new Set(seen.map((value) => value.toFixed(2))).size).toBeGreaterThan(3);
    expect(await uploadedRows(page)).toEqual({ small: 2, big_sample: 1_000_000 });

    await runSql(
      page,
      'SELECT count(*) AS n, count(DISTINCT id) AS ids, max(id) AS last FROM big_sample',
    );
    expect(
      await page.locator('[data-testid="result-grid"] [role="gridcell"]').allInnerTexts(),
    ).toEqual(['1000000', '1000000', '999999']);

    // Both are kept before the reload (a 45 MB file takes a moment to write).
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="uploaded-tables"] tbody')
          ?.textContent?.match(/in this browser/g)?.length === 2,
      null,
      { timeout: 60_000 },
    );
    await page.reload();
    // Both loaded again (kept tables are named at once, as "loading", before they are loaded).
    await page.waitForFunction(
      () =>
        document.querySelectorAll('[data-testid="uploaded-tables"] tbody tr[data-table]').length ===
        2,
      null,
      {
        timeout: 60_000,
      },
    );
    expect(await uploadedRows(page)).toEqual({ small: 2, big_sample: 1_000_000 });
    expect(await page.locator('[data-testid="uploaded-tables"]').innerText()).toContain(
      'in this browser',
    );
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);

    // A removed table is gone from the list, from SQL and from the next visit.
    await page.locator('[data-table="small"] button', { hasText: 'Remove' }).click();
    await page.locator('[data-table="small"]').waitFor({ state: 'detached' });
    await runSql(page, 'SELECT * FROM small');
    expect(await page.locator('[data-testid="run-error"]').innerText()).toContain(
      'small does not exist',
    );
    await page.reload();
    await page.locator('[data-table="big_sample"]').waitFor({ timeout: 60_000 });
    expect(await uploadedRows(page)).toEqual({ big_sample: 1_000_000 });
    await context.close();
  }, 240_000);

  it('recognises and charts an SDG export, finds the SIPRI header, and reads GBK Chinese names', async () => {
    const context = await browser.newContext();
    const page = await openWorkbench(context);
    await upload(page, [
      file('sdg_export.csv', sdgCsv()),
      file('sipri_register.csv', sipriCsv()),
      file('gbk_report.csv', gbkCsv()),
    ]);
    const badge = (name: string) =>
      page.locator(`[data-file="${name}"] [data-testid="format"]`).innerText();
    expect(await badge('sdg_export.csv')).toBe('UN SDG Global Database export');
    expect(await badge('sipri_register.csv')).toBe('SIPRI trade register');
    expect(
      await page.locator('[data-file="sipri_register.csv"] [data-testid="skip"]').inputValue(),
    ).toBe('3');
    expect(
      await page.locator('[data-file="gbk_report.csv"] [data-testid="encoding"]').inputValue(),
    ).toBe('gb18030');
    expect(await page.locator('[data-file="gbk_report.csv"] thead th').allInnerTexts()).toEqual([
      '国家\nwhole number'.replace('whole number', 'text'),
      '年份\nwhole number',
      '缴获武器数量\nwhole number',
    ]);
    for (const name of ['sdg_export.csv', 'sipri_register.csv', 'gbk_report.csv'])
      await loadPreview(page, name);
    expect(await uploadedRows(page)).toEqual({ sdg_export: 31, sipri_register: 3, gbk_report: 3 });

    // SDG: a bar per area for the latest year, and a map with those areas filled.
    const sdg = page.locator('[data-testid="ready-sdg_export"]');
    await sdg.locator('svg[data-chart] .bar').first().waitFor();
    expect(await sdg.locator('svg[data-chart] .bar').count()).toBe(5);
    expect(await sdg.locator('h4').innerText()).toContain('2020');
    expect(await sdg.locator('path.country[style*="fill"]').count()).toBe(5);
    await sdg.locator('svg[data-chart] circle.mark').first().waitFor();
    expect(await sdg.locator('svg[data-chart] circle.mark').count()).toBe(6);

    // The chart builder maps a result with M49 codes, whichever column was on the x axis before.
    await runSql(
      page,
      'SELECT GeoAreaName, GeoAreaCode, avg(Value) AS mean FROM sdg_export GROUP BY ALL',
    );
    await page.locator('[data-testid="chart-builder"] input[value="map"]').check();
    expect(await page.locator('[data-testid="chart-x"]').inputValue()).toBe('GeoAreaCode');
    expect(
      await page.locator('[data-testid="chart-builder"] path.country[style*="fill"]').count(),
    ).toBe(5);

    // SIPRI: the real header, the "?" marks kept, the chart by supplier.
    const sipri = page.locator('[data-testid="ready-sipri_register"]');
    expect(await sipri.innerText()).toContain('Header found on line 4');
    await runSql(
      page,
      'SELECT "Recipient", "Year of order (uncertain)" AS q FROM sipri_register ORDER BY 1, 2',
    );
    expect(
      await page.locator('[data-testid="result-grid"] [role="gridcell"]').allInnerTexts(),
    ).toEqual(["Côte d'Ivoire", '?', 'Nigeria', 'NULL', 'Nigeria', 'NULL']);
    expect(await sipri.locator('svg[data-chart] .bar').count()).toBe(3);
    // The chart says what its value is, and every TIV value here is a number: no warning.
    expect(await sipri.locator('[data-testid="sipri-caption"]').innerText()).toContain(
      'millions of SIPRI trend-indicator values',
    );
    expect(await sipri.locator('[data-testid="sipri-not-numbers"]').count()).toBe(0);

    // GBK: readable Chinese column names in the catalogue and in a result.
    await runSql(page, 'SELECT 国家, 缴获武器数量 FROM gbk_report ORDER BY 缴获武器数量 DESC');
    expect(
      await page.locator('[data-testid="result-grid"] [role="columnheader"]').allInnerTexts(),
    ).toEqual(['#', '国家Utf8', '缴获武器数量Int64']);
    expect(
      await page.locator('[data-testid="result-grid"] [role="gridcell"]').first().innerText(),
    ).toBe('尼日利亚');
    await page.screenshot({ path: 'test-results/workbench-formats.png', fullPage: true });
    await context.close();
  }, 120_000);

  it('reads SIPRI registers as people published them: records split by a line break, and ";;;;" re-saves', async () => {
    const real = path.join(import.meta.dirname, '../fixtures/real/sipri');
    const split = 'trade-register_MJHofmann-SIPRI_BRICS.csv';
    const resaved = 'trade-register_kume-arastirma-Kutupluluk-ve-Ortado-u-Silah-Ticareti.csv';
    // What the files hold, by Papa Parse: whole records, and the suppliers by TIV delivered.
    const records = (text: string) => {
      const rows = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: 'greedy' }).data;
      const body = rows.slice(rows.findIndex((row) => row[0] === 'Recipient') + 1);
      return { body, whole: body.filter((row) => row.length === 16).length };
    };
    const splitFile = records(
      new TextDecoder('windows-1252').decode(readFileSync(path.join(real, split))),
    );
    const resavedText = new TextDecoder('windows-1252')
      .decode(readFileSync(path.join(real, resaved)))
      .replace(/;+(?=\r\n|$)/g, '');
    const resavedFile = records(resavedText);
    const totals = new Map<string, number>();
    for (const row of resavedFile.body) {
      if (row[15].trim() !== '') totals.set(row[1], (totals.get(row[1]) ?? 0) + Number(row[15]));
    }
    const leader = [...totals].sort((a, b) => b[1] - a[1])[0][0];

    const context = await browser.newContext();
    const page = await openWorkbench(context);
    const watch = watchPage(page, site.url);
    await upload(page, [path.join(real, split), path.join(real, resaved)]);
    expect(await page.locator(`[data-file="${resaved}"] [data-testid="format"]`).innerText()).toBe(
      'SIPRI trade register',
    );
    expect(await page.locator(`[data-file="${resaved}"]`).innerText()).toContain(
      'every line ends with “;” as padding',
    );
    await loadPreview(page, split);
    await loadPreview(page, resaved);
    const splitTable = 'trade_register_mjhofmann_sipri_brics';
    const resavedTable = 'trade_register_kume_arastirma_kutupluluk_ve_ortado_u_si'; // names stop at 55
    // A split record is two rows to Papa Parse and one record to the page.
    expect(await uploadedRows(page)).toEqual({
      [splitTable]: splitFile.whole + 2,
      [resavedTable]: resavedFile.whole,
    });
    expect(
      await page.locator(`[data-testid="load-note"][data-table="${splitTable}"]`).innerText(),
    ).toContain('lines 24336 and 26458');
    // The re-saved file's chart: TIV values are numbers, the leader is the file's leader.
    const chart = page.locator(`[data-testid="ready-${resavedTable}"]`);
    await chart.locator('svg[data-chart] .bar').first().waitFor();
    expect(await chart.locator('[data-testid="sipri-not-numbers"]').count()).toBe(0);
    expect(await chart.locator('svg[data-chart]').textContent()).toContain(leader);
    await page.screenshot({ path: 'test-results/workbench-sipri-real.png', fullPage: true });
    expect(watch.errors).toEqual([]);
    await context.close();
  }, 180_000);

  it('names the problem of each malformed file, loads nothing from them, and leaves built-in tables alone', async () => {
    const context = await browser.newContext();
    const page = await openWorkbench(context);
    const files = [...malformedFiles, ...warnedFiles];
    await upload(
      page,
      files.map((each) => file(each.name, each.bytes)),
    );
    for (const each of malformedFiles) {
      const preview = page.locator(`[data-testid="file-preview"][data-file="${each.name}"]`);
      const problem = preview.locator(
        `[data-testid="problems"] li.error[data-code="${each.code}"]`,
      );
      const text = await problem.innerText();
      expect(text, each.name).toContain(each.name);
      if (each.line) expect(text, each.name).toContain(`line ${each.line}`);
      expect(await preview.locator('button.primary').isDisabled(), each.name).toBe(true);
    }
    expect(malformedFiles.length).toBeGreaterThanOrEqual(10);
    // A warning explains and still loads.
    const duplicate = page.locator(
      '[data-file="duplicate.csv"] [data-testid="problems"] li.warning',
    );
    // Names are isolated in a sentence (issue 22): FSI … PDI.
    expect(await duplicate.innerText()).toContain('“\u2068value\u2069” is used twice');
    await loadPreview(page, 'duplicate.csv');

    // A ragged row far past the preview fails the load at its line; nothing is added.
    const rows = Array.from({ length: 20_000 }, (_, index) => `${index},France,${index % 7}`);
    rows.push('20000,Mali,3,extra');
    await upload(page, [file('late_ragged.csv', `id,country,value\n${rows.join('\n')}\n`)]);
    const late = page.locator('[data-file="late_ragged.csv"]');
    await late.locator('button.primary').click();
    const failure = late.locator('[data-testid="problems"] li.error');
    await failure.waitFor({ timeout: 30_000 });
    expect(await failure.innerText()).toBe(
      '\u2068late_ragged.csv\u2069, line 20002, column 4: this row has 4 fields where the header has 3. Check the delimiter, or quotes around values that contain it.',
    );

    // A table name already taken by a built-in table is refused by name.
    await upload(page, [file('missions.csv', 'a,b\n1,2\n')]);
    const clash = page.locator('[data-file="missions.csv"]');
    await clash.locator('[data-testid="table-name"]').fill('missions');
    await clash.locator('button.primary').click();
    expect(await clash.locator('li.error').innerText()).toContain(
      'a table named “\u2068missions\u2069” already exists',
    );

    expect(await uploadedRows(page)).toEqual({ duplicate: 1 });
    await runSql(page, 'SELECT count(*) AS n FROM missions');
    expect(await page.locator('[data-testid="result-grid"] [role="gridcell"]').innerText()).toBe(
      String(builtInCount()),
    );
    await page.screenshot({ path: 'test-results/workbench-problems.png', fullPage: true });
    await context.close();
  }, 120_000);

  it('shows markup inside cells as text, in the preview and in results', async () => {
    const context = await browser.newContext();
    const page = await openWorkbench(context);
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    const markup = 'name,note\n"<b>bold</b>","<img src=x onerror=alert(1)>"\n';
    await upload(page, [file('markup.csv', markup)]);
    const cells = page.locator('[data-file="markup.csv"] tbody td');
    expect(await cells.allInnerTexts()).toEqual(['<b>bold</b>', '<img src=x onerror=alert(1)>']);
    await loadPreview(page, 'markup.csv');
    await runSql(page, 'SELECT * FROM markup');
    expect(
      await page.locator('[data-testid="result-grid"] [role="gridcell"]').allInnerTexts(),
    ).toEqual(['<b>bold</b>', '<img src=x onerror=alert(1)>']);
    expect(await page.locator('main b, main img, [data-testid="result-grid"] img').count()).toBe(0);
    expect(dialogs).toBe(0);
    await context.close();
  });

  it('still loads a table for the visit when the browser will not keep files, and says so', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      StorageManager.prototype.getDirectory = () =>
        Promise.reject(new DOMException('The request is not allowed', 'SecurityError'));
    });
    const page = await openWorkbench(context);
    await upload(page, [file('visit.csv', 'country,value\nFrance,3\n')]);
    await loadPreview(page, 'visit.csv');
    expect(await page.locator('[data-testid="storage-failure"]').innerText()).toContain(
      'private window',
    );
    expect(await uploadedRows(page)).toEqual({ visit: 1 });
    expect(await page.locator('[data-testid="uploaded-tables"]').innerText()).toContain(
      'this visit only',
    );
    await context.close();
  });

  it('says so when storage is full, and the table still works', async () => {
    const context = await browser.newContext();
    await context.addInitScript(() => {
      FileSystemWritableFileStream.prototype.write = () =>
        Promise.reject(new DOMException('Quota exceeded', 'QuotaExceededError'));
    });
    const page = await openWorkbench(context);
    await upload(page, [file('quota.csv', 'country,value\nFrance,3\n')]);
    await loadPreview(page, 'quota.csv');
    await page.locator('[data-testid="storage-failure"]').waitFor();
    expect(await page.locator('[data-testid="storage-failure"]').innerText()).toContain(
      'storage is full',
    );
    await runSql(page, 'SELECT value FROM quota');
    expect(await page.locator('[data-testid="result-grid"] [role="gridcell"]').innerText()).toBe(
      '3',
    );
    await context.close();
  });

  it('keeps a kept file that no longer loads, says why, and removes it when asked', async () => {
    const context = await browser.newContext();
    const page = await openWorkbench(context);
    await upload(page, [file('kept.csv', 'country,value\nFrance,3\n')]);
    await loadPreview(page, 'kept.csv');
    await page.waitForFunction(() =>
      document.querySelector('[data-table="kept"]')?.textContent?.includes('in this browser'),
    );
    // Both kept copies are damaged between visits: the CSV (a ragged row) and, once it is
    // written, the Arrow copy (named in the table's description) a reload would take instead.
    const arrowFile = () =>
      page.evaluate(async () => {
        const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('uploads');
        const meta = await (await folder.getFileHandle('kept.meta.json')).getFile();
        return (JSON.parse(await meta.text()) as { arrow?: { file: string } }).arrow?.file ?? '';
      });
    await expect.poll(arrowFile, { timeout: 30_000 }).not.toBe('');
    const arrow = await arrowFile();
    await page.evaluate(async (arrow) => {
      const folder = await (await navigator.storage.getDirectory()).getDirectoryHandle('uploads');
      const spoil = async (name: string, text: string) => {
        const writable = await (await folder.getFileHandle(name)).createWritable();
        await writable.write(text);
        await writable.close();
      };
      await spoil('kept.csv', 'country,value\nFrance,3,extra\n');
      await spoil(arrow, 'not an Arrow stream');
    }, arrow);
    await page.reload();
    const warning = page.locator('p.warning', { hasText: '“\u2068kept\u2069”' });
    await warning.waitFor({ timeout: 60_000 });
    expect(await warning.innerText()).toContain('its file is still kept');
    await warning.locator('button').click();
    await warning.waitFor({ state: 'detached' });
    await page.reload();
    await page.locator('[data-testid="schema"] details').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(500);
    expect(await page.locator('p.warning', { hasText: '“\u2068kept\u2069”' }).count()).toBe(0);
    await context.close();
  });

  it('takes files dropped onto the page', async () => {
    const context = await browser.newContext();
    const page = await openWorkbench(context);
    await page.evaluate(() => {
      const transfer = new DataTransfer();
      transfer.items.add(
        new File(['country,value\nMali,4\n'], 'dropped.csv', { type: 'text/csv' }),
      );
      transfer.items.add(new File(['a;b\n1;2\n'], 'second.csv', { type: 'text/csv' }));
      const zone = document.querySelector('[data-testid="dropzone"]')!;
      zone.dispatchEvent(
        new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
      zone.dispatchEvent(
        new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }),
      );
    });
    await page.locator('[data-file="second.csv"]').waitFor();
    expect(
      await page.locator('[data-file="second.csv"] [data-testid="delimiter"]').inputValue(),
    ).toBe(';');
    await loadPreview(page, 'dropped.csv');
    expect(await uploadedRows(page)).toEqual({ dropped: 1 });
    await context.close();
  });
});

describe('on a phone', () => {
  it('fits the preview, the ready charts and a result into 390 px without sideways scrolling', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await openWorkbench(context);
    await upload(page, [file('sdg_phone.csv', sdgCsv()), file('sipri_phone.csv', sipriCsv())]);
    await loadPreview(page, 'sdg_phone.csv');
    await page.locator('[data-testid="ready-sdg_phone"] svg[data-chart]').first().waitFor();
    await runSql(
      page,
      'SELECT GeoAreaName, GeoAreaCode, avg(Value) AS mean FROM sdg_phone GROUP BY ALL',
    );
    await page.locator('[data-testid="chart-builder"] svg[data-chart]').waitFor();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    await page.screenshot({ path: 'test-results/workbench-phone.png', fullPage: true });
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });
});

/**
 * Where the first `first` and the last `last` of `cell`'s text are drawn, from the left: a
 * value laid out in its own order has its first character left of its last.
 */
function drawnAt(cell: Locator, first: string, last: string): Promise<[number, number]> {
  return cell.evaluate(
    (element, [a, b]) => {
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      const node = walker.nextNode()!;
      const text = node.textContent ?? '';
      const left = (index: number) => {
        const range = document.createRange();
        range.setStart(node, index);
        range.setEnd(node, index + 1);
        return range.getBoundingClientRect().left;
      };
      return [left(text.indexOf(a)), left(text.lastIndexOf(b))] as [number, number];
    },
    [first, last],
  );
}

// Issue 22: on /ar/workbench/ "3–5" showed as "5–3" and "+41 22 917 1234" as "1234 917 22 41+",
// and names holding U+202E or U+2060 passed for others ("reportexe.csv", "value").
describe('on an Arabic page', () => {
  it('lays out each value in its own order, in the preview and the result, and shows names as they are', async () => {
    const context = await browser.newContext();
    const page = await openWorkbenchAt(await context.newPage(), `${site.url}ar/`);
    const name = 'report\u202Evsc.exe';
    const csv =
      'value,\u202Eeulav,val\u2060ue,range,phone,formula,symbol\n' +
      '1,999,5,3–5,+41 22 917 1234,@SUM(A1:A2),A/67/…\n';
    await upload(page, [file(name, csv)]);
    const values: [string, string, string][] = [
      ['3–5', '3', '5'],
      ['+41 22 917 1234', '+', '4'],
      ['@SUM(A1:A2)', '@', ')'],
      ['A/67/…', 'A', '…'],
    ];
    const preview = page.locator('[data-testid="file-preview"]');
    for (const [value, first, last] of values) {
      const cell = preview.locator('td').getByText(value, { exact: true });
      const [left, right] = await drawnAt(cell, first, last);
      expect(left, `${value} in the preview`).toBeLessThan(right);
    }
    // The names: each hidden character written out, none of them left to reorder anything.
    const hidden = /[\u202E\u2060]/;
    expect(await preview.locator('h3').innerText()).toBe('report\\u202Evsc.exe');
    const headers = await preview.locator('th').allInnerTexts();
    expect(headers.slice(0, 3).map((header) => header.split('\n')[0])).toEqual([
      'value',
      '\\u202Eeulav',
      'val\\u2060ue',
    ]);
    expect(await preview.innerText()).not.toMatch(hidden);
    // A table name is SQL and reads left to right ("ragged_" showed as "_ragged").
    const tableName = preview.locator('[data-testid="table-name"]');
    expect(await tableName.evaluate((input) => getComputedStyle(input).direction)).toBe('ltr');

    await preview.locator('button.primary').click();
    await preview.waitFor({ state: 'detached', timeout: 60_000 });
    const [table] = Object.keys(await uploadedRows(page));
    expect(await page.locator('[data-testid="uploaded-tables"] tbody').innerText()).toContain(
      'report\\u202Evsc.exe',
    );
    await runSql(page, `SELECT * FROM ${table}`);
    const grid = page.locator('[data-testid="result-grid"]');
    for (const [value, first, last] of values) {
      const cell = grid.locator('[role="gridcell"]').getByText(value, { exact: true });
      const [left, right] = await drawnAt(cell, first, last);
      expect(left, `${value} in the result`).toBeLessThan(right);
    }
    expect(await grid.locator('[role="row"]').first().innerText()).toContain('\\u202Eeulav');
    expect(await grid.innerText()).not.toMatch(hidden);
    expect(await page.locator('[data-testid="schema"]').innerText()).not.toMatch(hidden);
    const options = await page.locator('[data-testid="chart-builder"] option').allTextContents();
    expect(options).toContain('\u2068val\u2066\\u2060\u2069ue\u2069');
    expect(options.join('')).not.toMatch(hidden);
    await page.screenshot({ path: 'test-results/workbench-ar-names.png', fullPage: true });
    await context.close();
  });

  it('regression: shows an error of two lines as DuckDB writes it, its line break not written out as "\\u000A" (issue 22)', async () => {
    const context = await browser.newContext();
    const page = await openWorkbenchAt(await context.newPage(), `${site.url}ar/`);
    await runSql(page, 'SELECT nme FROM missions');
    const error = await page.locator('[data-testid="run-error"] pre').innerText();
    expect(error).toMatch(/^Binder Error: Referenced column "nme" not found/);
    expect(error).not.toContain('\\u000A');
    expect(error.split('\n')[1]).toMatch(/^Candidate bindings: /);
    await context.close();
  });
});

describe('the SQL workbench', () => {
  it('completes names from the catalogue, runs with Ctrl+Enter, and shows an error at its place', async () => {
    const context = await browser.newContext();
    const page = await openWorkbench(context);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.type('SELECT * FROM missi');
    await page.keyboard.press('Control+Space');
    const options = page.locator('.cm-tooltip-autocomplete li');
    await options.first().waitFor();
    const labels = await options.allInnerTexts();
    expect(labels).toContain('missions');
    // CodeMirror passes keys on to the editor for its interactionDelay (75 ms) after the list
    // opens (an ArrowDown then moves the cursor and closes the list): act after it, as a person does.
    await page.waitForTimeout(150);
    for (let step = 0; step < labels.indexOf('missions'); step++)
      await page.keyboard.press('ArrowDown');
    await page
      .locator('.cm-tooltip-autocomplete li[aria-selected="true"]', { hasText: /^missions$/ })
      .waitFor();
    await page.keyboard.press('Enter');
    expect(await page.locator('.cm-content').innerText()).toBe('SELECT * FROM missions');
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="result-grid"]').waitFor();
    expect(
      Number(await page.locator('[data-testid="result-grid"]').getAttribute('data-rows')),
    ).toBe(builtInCount());

    await runSql(page, 'SELECT 1 AS a,\n  nope\nFROM missions');
    const error = page.locator('[data-testid="run-error"]');
    expect(await error.innerText()).toContain('Error at line 2, column 3');
    expect(await error.innerText()).toContain('Referenced column "nope" not found');
    const cursor = await page.evaluate(() => {
      const selection = window.getSelection();
      return selection?.anchorNode?.textContent?.slice(
        selection.anchorOffset,
        selection.anchorOffset + 4,
      );
    });
    expect(cursor).toBe('nope');

    // Queries that ran are in the history and come back into the editor; one that failed is not kept.
    const history = page.locator('[data-testid="history"] option');
    expect((await history.allInnerTexts()).slice(1)).toEqual(['SELECT * FROM missions']);
    await page.locator('[data-testid="history"]').selectOption({ index: 1 });
    expect(await page.locator('.cm-content').innerText()).toBe('SELECT * FROM missions');

    // The schema browser lists each table with its columns and types.
    const missions = page
      .locator('[data-testid="schema"] details', { hasText: 'missions' })
      .first();
    await missions.locator('summary').click();
    expect(await missions.innerText()).toContain('embargo_mandate');

    // Only the selection runs when there is one.
    await runSql(page, 'SELECT 1 AS one');
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('SELECT 2 AS two;\nSELECT 3 AS three');
    await page.keyboard.press('Shift+Home');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid="result-grid"] [role="columnheader"]:nth-child(2)')
        ?.textContent?.startsWith('three'),
    );

    // All of it on the workbench's own DuckDB: the dashboard's, which it never uses, is not
    // started beside it (a second compile of the wasm, a second database in memory). A link to
    // a dashboard page starts it then, and that page's views are re-computed.
    const duckDbWorkers = () =>
      page.workers().filter((worker) => /duckdb-browser-[\w-]+\.worker/.test(worker.url()));
    expect(duckDbWorkers()).toHaveLength(1);
    await followLink(page, `${site.url}missions/`, 'main h1');
    await waitForLiveViews(page);
    expect(duckDbWorkers()).toHaveLength(2);
    await context.close();
  });

  it('cancels a long query and stays usable; a million-row result scrolls to its last row', async () => {
    const context = await browser.newContext();
    const page = await openWorkbench(context);
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText('SELECT sum(range % 7) FROM range(20000000000)');
    await page.keyboard.press('Control+Enter');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="run-status"]')?.textContent?.includes('Running'),
    );
    await page.waitForTimeout(500);
    await page.locator('[data-testid="cancel"]').click();
    await page.waitForFunction(
      () =>
        document
          .querySelector('[data-testid="run-status"]')
          ?.textContent?.includes('Query cancelled'),
      null,
      {
        timeout: 20_000,
      },
    );

    await runSql(page, 'SELECT range AS i, range * 2 AS twice FROM range(1000000)');
    const grid = page.locator('[data-testid="result-grid"]');
    expect(Number(await grid.getAttribute('data-rows'))).toBe(1_000_000);
    expect(await grid.locator('[role="row"]').count()).toBeLessThan(60);
    await grid.evaluate((element) => (element.scrollTop = element.scrollHeight));
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="result-grid"] [role="rowheader"]')].some(
        (cell) => cell.textContent === '1,000,000',
      ),
    );
    const last = grid.locator('[role="row"][aria-rowindex="1000001"] [role="gridcell"]');
    expect(await last.allInnerTexts()).toEqual(['999999', '1999998']);
    await context.close();
  });

  it('exports a result as CSV and Parquet that read back equal to the query', async () => {
    const sql =
      'SELECT mission_id, name_en, host_iso3, embargo_mandate_ended_year, wam_support FROM missions ORDER BY mission_id';
    const expected = db.query(sql);
    const context = await browser.newContext();
    const page = await openWorkbench(context);
    await runSql(page, sql);
    const save = async (kind: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.locator(`[data-export="${kind}"]`).click(),
      ]);
      return readFileSync((await download.path())!);
    };
    const csv = Papa.parse<Record<string, string>>(String(await save('csv')), {
      header: true,
      skipEmptyLines: true,
    });
    expect(csv.data).toEqual(
      expected.map((row) =>
        Object.fromEntries(
          Object.entries(row).map(([key, value]) => [key, value === null ? '' : String(value)]),
        ),
      ),
    );

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
    const rows: Row[] = arrowToRows(table);
    expect(rows).toEqual(expected);
    await context.close();
  });

  // Three workbenches start DuckDB one after another: more than the default limit on a loaded
  // machine (it timed out at 60 s beside the busy-CPU test of trust.test.ts).
  it(
    'shares a query and chart by link, runs it only when asked, and never runs a write from a link',
    { timeout: 180_000 },
    async () => {
      const context = await browser.newContext();
      const page = await openWorkbench(context);
      await runSql(
        page,
        'SELECT name_en, tasks FROM (SELECT mission_id, count(*) AS tasks FROM mission_tasks GROUP BY 1) JOIN missions USING (mission_id) ORDER BY tasks DESC, name_en',
      );
      await page.locator('[data-testid="chart-builder"] input[value="bar"]').check();
      await page.locator('[data-testid="share"]').click();
      const link = await page.locator('[data-testid="share-url"]').inputValue();
      expect(link).toContain('#sql=');
      await page.close();

      const opened = await context.newPage();
      await opened.goto(link);
      await opened.locator('[data-testid="link-notice"]').waitFor();
      await opened.locator('[data-testid="schema"] details').first().waitFor({ timeout: 60_000 });
      expect(await opened.locator('.cm-content').innerText()).toContain(
        'SELECT name_en, tasks FROM',
      );
      await opened.waitForTimeout(500);
      expect(await opened.locator('[data-testid="result-grid"]').count()).toBe(0);
      await opened.locator('[data-testid="run"]').click();
      await opened.locator('[data-testid="chart-builder"] svg[data-chart] .bar').first().waitFor();
      expect(
        await opened.locator('[data-testid="chart-builder"] input[value="bar"]').isChecked(),
      ).toBe(true);

      // The chart saves as SVG with its caption.
      const [svgDownload] = await Promise.all([
        opened.waitForEvent('download'),
        opened.locator('[data-testid="chart-builder"] [data-download="svg"]').click(),
      ]);
      const svgText = readFileSync((await svgDownload.path())!, 'utf8');
      expect(svgText).toContain('<svg');
      expect(svgText).toContain('Bar chart of \u2068tasks\u2069 by \u2068name_en\u2069');
      await opened.close();

      const drop = new URL(link);
      drop.hash = new URLSearchParams({ sql: 'SELECT 1;\nDROP TABLE missions' }).toString();
      const hostile = await context.newPage();
      await hostile.goto(drop.toString());
      await hostile.locator('[data-testid="schema"] details').first().waitFor({ timeout: 60_000 });
      await hostile.locator('[data-testid="run"]').click();
      expect(await hostile.locator('[data-testid="run-error"]').innerText()).toContain(
        'would change the database (DROP, line 2, column 1)',
      );
      await runSql(hostile, 'SELECT count(*) AS n FROM missions');
      expect(
        await hostile.locator('[data-testid="result-grid"] [role="gridcell"]').innerText(),
      ).toBe(String(builtInCount()));
      await hostile.screenshot({ path: 'test-results/workbench-link.png', fullPage: true });
      await context.close();
    },
  );
});
