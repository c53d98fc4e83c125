import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { closeSuite, openSuite, waitForLiveViews, watchPage, type Site } from './harness';
import {
  openWorkbench as openWorkbenchAt,
  runSql as runSqlUntilEnd,
  typeSql,
  waitForRunEnd,
} from './workbench-page';

let browser: Browser;
let site: Site;
let db: NodeDatabase;
const dir = mkdtempSync(path.join(tmpdir(), 'trust-'));

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
});

afterAll(() => closeSuite({ browser, site }));

/** The number of missions with a current embargo-support mandate, as the data says. */
const currentMandates = () =>
  Number(db.query("SELECT count(*) AS n FROM missions WHERE embargo_mandate = 'current'")[0].n);

const openWorkbench = (page: Page, hash = '') => openWorkbenchAt(page, site.url, hash);
const runSql = (page: Page, sql: string) => runSqlUntilEnd(page, sql, 60_000);

async function firstCell(page: Page): Promise<string> {
  return page.locator('[data-testid="result-grid"] [role="gridcell"]').first().innerText();
}

/** Where the Missions page stands: the count beside "Current" in the mandate facet. */
async function missionsCurrentCount(page: Page): Promise<number> {
  await page.goto(`${site.url}missions/`);
  await waitForLiveViews(page);
  const label = page.getByRole('checkbox', { name: /^Current/ }).locator('xpath=..');
  return Number(await label.locator('.count').getAttribute('data-count'));
}

/** Ends the DuckDB worker from inside, as a crash would: the page is not told. */
async function killDuckDbWorker(page: Page): Promise<void> {
  const worker = page.workers().at(-1);
  if (!worker) throw new Error('the page has no DuckDB worker to kill');
  await worker.evaluate(() => self.close()).catch(() => {}); // the worker may go mid-answer
}

/** Waits until DuckDB has been started again after `crashes` crashes and is ready. */
async function waitForRestart(page: Page, crashes: number): Promise<void> {
  await page.waitForFunction(
    (wanted) => {
      const status = document.querySelector<HTMLElement>('[data-testid="database-status"]');
      return (
        status?.dataset.phase === 'ready' && Number(status.dataset.crashes) >= (wanted as number)
      );
    },
    crashes,
    { timeout: 60_000 },
  );
}

describe('a shared link never writes', () => {
  for (const [name, sql] of [
    ['an identifier ending in $$', 'SELECT 1 AS x$$; DROP TABLE missions; SELECT 1 AS y$$;'],
    ['an E-string escape', "SELECT E'\\''; DROP TABLE missions; --';"],
    [
      'an UPDATE between dollar-quote look-alikes',
      "SELECT 1 AS x$$; UPDATE missions SET embargo_mandate = 'current'; SELECT 1 AS y$$;",
    ],
  ]) {
    it(`refuses the bypass through ${name}, and the Missions page still shows the documents' counts`, async () => {
      const page = await browser.newPage();
      const watch = watchPage(page, site.url);
      await openWorkbench(page, `#${new URLSearchParams({ sql }).toString()}`);
      await page.locator('[data-testid="link-notice"]').waitFor();
      expect(await page.locator('.cm-content').innerText()).toContain('missions');
      await page.locator('[data-testid="run"]').click();
      await page.locator('[data-testid="run-error"]').waitFor();
      expect(await page.locator('[data-testid="run-error"]').innerText()).toMatch(
        /Not run: this query came from a link and contains (DROP|UPDATE)/,
      );
      await runSql(page, 'SELECT count(*) AS n FROM missions');
      expect(await firstCell(page)).toBe(
        String(db.query('SELECT count(*) AS n FROM missions')[0].n),
      );
      expect(await missionsCurrentCount(page)).toBe(currentMandates());
      expect(watch.errors).toEqual([]);
      await page.close();
    });
  }
});

describe('built-in tables are read-only to the workbench', () => {
  it('refuses every write a user types to a built-in table, saying so, and the dashboard is unchanged', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page, site.url);
    await openWorkbench(page);
    for (const write of [
      "UPDATE missions SET embargo_mandate = 'current'",
      'DELETE FROM missions',
      'DROP TABLE missions',
      'INSERT INTO missions SELECT * FROM missions',
    ]) {
      await runSql(page, write);
      expect(await page.locator('[data-testid="run-error"]').innerText(), write).toMatch(
        /built-in tables are read-only/i,
      );
    }
    await runSql(page, 'SELECT count(*) AS n FROM missions');
    expect(await firstCell(page)).toBe(String(db.query('SELECT count(*) AS n FROM missions')[0].n));
    // A copy is the user's to change.
    await runSql(
      page,
      "CREATE TABLE my_missions AS FROM missions; UPDATE my_missions SET embargo_mandate = 'current'; SELECT count(*) FROM my_missions WHERE embargo_mandate = 'current'",
    );
    expect(await firstCell(page)).toBe(String(db.query('SELECT count(*) AS n FROM missions')[0].n));
    expect(await missionsCurrentCount(page)).toBe(currentMandates());
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('keeps the dashboard whole when the workbench detaches the built-in database', async () => {
    const page = await browser.newPage();
    await openWorkbench(page);
    await runSql(page, 'DETACH builtin');
    expect(await missionsCurrentCount(page)).toBe(currentMandates());
    await page.close();
  });
});

describe('a crashed DuckDB worker is noticed and DuckDB starts again', () => {
  it('while a page re-computes its views: the user is told, and the views are computed on the new worker', async () => {
    const page = await browser.newPage();
    const worker = page.waitForEvent('worker');
    await page.goto(`${site.url}register/`);
    await (await worker).evaluate(() => self.close()).catch(() => {});
    await page.locator('[data-testid="database-alert"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="database-alert"]').innerText()).toMatch(
      /DuckDB stopped/,
    );
    await waitForRestart(page, 1);
    await waitForLiveViews(page);
    await page.close();
  });

  it(
    'during a query and during an upload: both end with a message, and built-in and kept tables come back',
    { timeout: 240_000 },
    async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      await openWorkbench(page);
      const kept = path.join(dir, 'kept_rows.csv');
      writeFileSync(
        kept,
        'id,name\n' + Array.from({ length: 250 }, (_, i) => `${i},n${i}`).join('\n'),
      );
      await page.setInputFiles('[data-testid="file-input"]', [kept]);
      const preview = page.locator('[data-testid="file-preview"][data-file="kept_rows.csv"]');
      await preview.locator('button.primary').click();
      await page
        .locator('[data-testid="uploaded-tables"] tr[data-table="kept_rows"]')
        .filter({ hasText: 'in this browser' })
        .waitFor({ timeout: 60_000 });

      // During a query.
      await typeSql(page, 'SELECT count(*) FROM range(20000000000)');
      await page.keyboard.press('Control+Enter');
      await page.locator('[data-testid="run-status"]', { hasText: 'Running' }).waitFor();
      await killDuckDbWorker(page);
      await waitForRunEnd(page, 60_000);
      expect(await page.locator('[data-testid="run-error"]').innerText()).toMatch(
        /DuckDB stopped while this was running/,
      );
      await waitForRestart(page, 1);
      // The kept table is listed again once it is back in the new DuckDB.
      await page
        .locator('[data-testid="uploaded-tables"] tr[data-table="kept_rows"][data-rows="250"]')
        .waitFor({ timeout: 60_000 });
      await runSql(
        page,
        'SELECT (SELECT count(*) FROM missions) AS m, (SELECT count(*) FROM kept_rows) AS k',
      );
      expect(await page.locator('[data-testid="run-error"]').count()).toBe(0);
      const cells = await page
        .locator('[data-testid="result-grid"] [role="gridcell"]')
        .allInnerTexts();
      expect(cells.slice(0, 2)).toEqual([
        String(db.query('SELECT count(*) AS n FROM missions')[0].n),
        '250',
      ]);
      expect(
        await page
          .locator('[data-testid="uploaded-tables"] tr[data-table="kept_rows"]')
          .getAttribute('data-rows'),
      ).toBe('250');

      // During an upload.
      const big = path.join(dir, 'big_upload.csv');
      writeFileSync(
        big,
        'id,label,value\n' +
          Array.from({ length: 400_000 }, (_, i) => `${i},label ${i},${i * 0.5}`).join('\n'),
      );
      await page.setInputFiles('[data-testid="file-input"]', [big]);
      const bigPreview = page.locator('[data-testid="file-preview"][data-file="big_upload.csv"]');
      await bigPreview.locator('button.primary').click();
      await bigPreview.locator('progress').waitFor();
      await killDuckDbWorker(page);
      await bigPreview
        .getByText(/DuckDB stopped while this was running/)
        .waitFor({ timeout: 60_000 });
      await waitForRestart(page, 2);
      // The preview is still there: loading it again works on the new worker.
      await bigPreview.locator('button.primary').click();
      await page
        .locator('[data-testid="uploaded-tables"] tr[data-table="big_upload"]')
        .waitFor({ timeout: 120_000 });
      await runSql(page, 'SELECT count(*) FROM big_upload');
      expect(await firstCell(page)).toBe('400000');
      await context.close();
    },
  );
});
