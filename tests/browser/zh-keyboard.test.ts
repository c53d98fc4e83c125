import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { parseCsv } from '$lib/datapackage/csv';
import { closeSuite, openSuite, tabTo, waitForLiveViews, watchPage, type Site } from './harness';
import { waitForRunEnd } from './workbench-page';

// The three main tasks in Chinese with the keyboard alone: no click, no pointer. Expected
// names come from data/ through a real DuckDB in node.
let browser: Browser;
let site: Site;
let db: NodeDatabase;

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
});

afterAll(() => closeSuite({ browser, site }));

async function open(address: string): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const watch = watchPage(page, site.url);
  await page.goto(`${site.url}${address}`);
  await waitForLiveViews(page);
  return { page, errors: watch.errors };
}

const query = (page: Page) => new URL(page.url()).searchParams;

describe('in Chinese, with the keyboard alone', () => {
  it('opens the regional reporting chart and switches it to its table', async () => {
    const { page, errors } = await open('zh/register/');
    const groups = db.query('SELECT name_zh FROM regional_groups ORDER BY name_zh') as {
      name_zh: string;
    }[];
    await tabTo(page, '#reporting-tab-chart');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => query(page).get('reporting')).toBe('table');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('reporting-tab-table');
    const table = page.locator('#reporting-panel-table');
    await table.locator('table').waitFor();
    // The tab, the caption and the group names read in Chinese.
    expect(await page.locator('#reporting-tab-table').textContent()).toMatch(/\p{Script=Han}/u);
    const names = await table.locator('tbody tr td').allTextContents();
    // The table holds every year: each group once per year.
    for (const group of groups) expect(names).toContain(group.name_zh);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('filters missions by embargo-support mandate and opens a mission', async () => {
    const { page, errors } = await open('zh/missions/');
    const current = db.query(
      "SELECT mission_id, name_zh FROM missions WHERE embargo_mandate = 'current' ORDER BY mission_id",
    ) as { mission_id: string; name_zh: string }[];
    expect(current.length).toBeGreaterThan(1);
    await tabTo(page, 'input[type="checkbox"][value="current"]');
    await page.keyboard.press('Space');
    await expect.poll(() => query(page).getAll('mandate')).toEqual(['current']);
    // The filter's result is announced in Chinese with its count.
    await expect
      .poll(() => page.locator('[role="status"]').allTextContents())
      .toContainEqual(expect.stringMatching(new RegExp(`${current.length}`)));
    const links = page.locator('#missions-panel-table tbody a');
    await expect.poll(() => links.count()).toBe(current.length);

    await tabTo(page, '#missions-panel-table tbody a');
    const first = await page.evaluate(() => document.activeElement?.textContent?.trim());
    await page.keyboard.press('Enter');
    const opened = current.find((row) => first?.includes(row.name_zh) || first === row.mission_id);
    await expect
      .poll(() => query(page).get('mission'))
      .toBe(opened?.mission_id ?? current[0].mission_id);
    const heading = page.getByTestId('mission-detail').getByRole('heading').first();
    await heading.waitFor();
    expect(await heading.textContent()).toMatch(/\p{Script=Han}/u);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('uploads a CSV, runs a query and downloads the result', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zh-keyboard-'));
    const file = path.join(dir, 'seizures.csv');
    writeFileSync(file, 'country,year,weapons\nKenya,2019,120\nKenya,2020,80\nNiger,2020,45\n');
    const context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const watch = watchPage(page, site.url);
    await page.goto(`${site.url}zh/workbench/`);
    await page.locator('[data-testid="schema"] details').first().waitFor({ timeout: 60_000 });

    // The file input is reached with Tab; Space opens the system's file chooser.
    await tabTo(page, '[data-testid="file-input"]');
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.keyboard.press('Space'),
    ]);
    await chooser.setFiles(file);
    const preview = page.locator('[data-testid="file-preview"][data-file="seizures.csv"]');
    await preview.waitFor();
    await tabTo(page, '[data-testid="file-preview"] button.primary');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(
      /\p{Script=Han}/u,
    );
    await page.keyboard.press('Enter');
    await preview.waitFor({ state: 'detached', timeout: 60_000 });
    await page.locator('[data-testid="uploaded-tables"] tr[data-table="seizures"]').waitFor();

    await tabTo(page, '.cm-content');
    await page.keyboard.press('Control+a');
    await page.keyboard.insertText(
      'SELECT country, sum(weapons) AS weapons FROM seizures GROUP BY country ORDER BY country',
    );
    await page.keyboard.press('Control+Enter');
    await waitForRunEnd(page);
    expect(await page.getByTestId('run-status').textContent()).toMatch(/\p{Script=Han}/u);

    // Escape, then Tab, leaves the editor (as its hint says) and reaches the CSV export.
    await page.keyboard.press('Escape');
    await tabTo(page, 'button[data-export="csv"]');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.keyboard.press('Enter'),
    ]);
    const saved = path.join(dir, download.suggestedFilename());
    await download.saveAs(saved);
    const { header, records } = parseCsv(readFileSync(saved, 'utf8'));
    expect(header).toEqual(['country', 'weapons']);
    expect(records.map((record) => record.values)).toEqual([
      ['Kenya', '200'],
      ['Niger', '45'],
    ]);
    expect(watch.errors).toEqual([]);
    await context.close();
  });
});
