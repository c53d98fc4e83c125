import { readdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import type { Row } from '$lib/db/rows';
import registerAllYearsSql from '$lib/sql/register_reporting_by_group_years.sql?raw';
import { closeSuite, openSuite, watchPage, type Site } from './harness';

// The page's SQL for every year, cut to one report year (a bound parameter), in its order.
const registerByGroupSql = `SELECT * FROM (${registerAllYearsSql}) WHERE report_year = ? ORDER BY reporting_rate DESC, group_name`;

const chart = '#reporting-panel-chart svg[data-chart]';
const liveStatus = '#reporting [data-testid="live-status"]';

let browser: Browser;
let site: Site;
let db: NodeDatabase;
let expected: Row[];

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
  // What the chart must show: the page's SQL, run by a real DuckDB in node over data/.
  expected = db.query(registerByGroupSql, [2011]);
});

afterAll(() => closeSuite({ browser, site }));

describe('the Register reporting page', () => {
  it('draws one bar per row of its SQL, re-computes them in the browser, and stays on its own origin', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const watch = watchPage(page, site.url);
    await page.goto(`${site.url}register/`);
    await page.locator(`${liveStatus}[data-computed-in="browser"]`).waitFor({ timeout: 45_000 });

    expect(expected.length).toBe(5);
    await expect.poll(() => page.locator(`${chart} rect.mark`).count()).toBe(expected.length);
    const labels = await page.locator(`${chart} text.label`).allTextContents();
    expect(labels).toEqual(expected.map((row) => row.group_short_name));
    expect(await page.locator(chart).getAttribute('aria-label')).toContain('Africa: 4% (2 of 53)');

    // The table alternative has the rows of every year; the source note names documents and places.
    await page.getByRole('tab', { name: 'Table' }).first().click();
    await expect
      .poll(() => page.locator('#reporting-panel-table table tbody tr').count())
      .toBe(db.query(registerAllYearsSql).length);
    expect(new URL(page.url()).searchParams.get('reporting')).toBe('table');
    const note = await page.locator('#reporting [data-testid="source-note"]').textContent();
    expect(note).toContain('UN Disarmament Yearbook 2011, Part II, p. 81');
    expect(note).toContain('para. 20');

    // Every data/ file became a table in the browser, with the rows DuckDB in node counts
    // (listed on the data page since the foot of every page only links there).
    await page.goto(`${site.url}data/`);
    const csvFiles = readdirSync('data').filter((file) => file.endsWith('.csv'));
    await expect
      .poll(
        () => page.locator('main [data-testid="database-status"] li[data-loaded="true"]').count(),
        {
          timeout: 45_000,
        },
      )
      .toBe(csvFiles.length);
    for (const load of db.datasets) {
      expect(
        await page
          .locator(`main [data-testid="database-status"] li[data-table="${load.table}"]`)
          .textContent(),
      ).toContain(`${'rows' in load ? load.rows.toLocaleString('en-US') : 'x'} rows`);
    }

    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    // Proof the watch sees the worker's traffic: DuckDB's wasm is fetched from the site itself.
    expect(watch.requests.some((url) => url.startsWith(site.url) && url.endsWith('.wasm'))).toBe(
      true,
    );
    await page.close();
  });

  it('shows the chart from the HTML alone, before any script or wasm has run', async () => {
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
    });
    const page = await context.newPage();
    await page.goto(`${site.url}register/`);
    expect(await page.locator(`${chart} rect.mark`).count()).toBe(expected.length);
    expect(await page.locator(liveStatus).getAttribute('data-computed-in')).toBe('build');
    await context.close();
  });

  it('says so when the built-in database cannot be downloaded, and keeps the built rows on screen', async () => {
    const page = await browser.newPage();
    await page.route(/builtin[^/]*\.duckdb$/, (route) =>
      route.fulfill({ status: 404, body: 'gone' }),
    );
    await page.goto(`${site.url}register/`);
    const status = page.locator('[data-testid="database-status"][data-phase="failed"]');
    await status.waitFor({ timeout: 45_000 });
    expect(await status.textContent()).toContain(
      'the built-in database file could not be downloaded (HTTP 404)',
    );
    // The chart keeps the rows the build computed, with the reason beside them.
    const live = page.locator(`${liveStatus}[data-computed-in="failed"]`);
    await live.waitFor({ timeout: 45_000 });
    expect(await live.textContent()).toContain('HTTP 404');
    expect(await page.locator(`${chart} rect.mark`).count()).toBe(expected.length);
    await page.close();
  });

  it('lists every dataset the build loaded, with its rows, as read from the database file', async () => {
    const page = await browser.newPage();
    await page.goto(`${site.url}data/`);
    await page.locator('main [data-testid="database-status"][data-phase="ready"]').waitFor({
      timeout: 45_000,
    });
    for (const load of db.datasets) {
      const item = page.locator(
        `main [data-testid="database-status"] li[data-table="${load.table}"]`,
      );
      expect(await item.getAttribute('data-loaded'), load.table).toBe(String(!load.error));
    }
    await page.close();
  });

  it('answers an unknown deep link with a 404 page that leads back to the overview', async () => {
    const page = await browser.newPage();
    const response = await page.goto(`${site.url}no/such/page/`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await page.getByRole('link', { name: 'Go to the overview' }).click();
    await page.locator('#figures li.figure').first().waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await page.close();
  });
});
