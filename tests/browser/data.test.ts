import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { closeSuite, openSuite, waitForPageReady, watchPage, type Site } from './harness';

// The data page against the package itself: data/datapackage.json names the datasets and
// their columns, and a real DuckDB in node counts their rows.
let browser: Browser;
let site: Site;
let db: NodeDatabase;
const datapackage = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as {
  resources: { name: string; path: string; schema: { fields: unknown[] } }[];
};

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
});

afterAll(() => closeSuite({ browser, site }));

async function open(address: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const watch = watchPage(page, site.url);
  await page.goto(`${site.url}${address}`);
  await waitForPageReady(page);
  return { page, errors: watch.errors };
}

describe('the data page', () => {
  it('lists every dataset of the package with its rows and columns, and each downloads as the file in data/', async () => {
    const { page, errors } = await open('data/');
    const listed = await page.$$eval('[data-dataset]', (items) =>
      items.map((item) => {
        const counts = item.querySelector<HTMLElement>('.counts')!;
        return {
          name: (item as HTMLElement).dataset.dataset,
          rows: Number(counts.dataset.rows),
          columns: Number(counts.dataset.columns),
          href: item.querySelector<HTMLAnchorElement>('a[download]')!.href,
        };
      }),
    );
    expect(listed.map((entry) => entry.name)).toEqual(
      datapackage.resources.map((resource) => resource.name),
    );
    for (const resource of datapackage.resources) {
      const entry = listed.find((each) => each.name === resource.name)!;
      const [{ n }] = db.query(`SELECT count(*)::INTEGER AS n FROM ${resource.name}`);
      expect(entry.rows, resource.name).toBe(n);
      expect(entry.columns, resource.name).toBe(resource.schema.fields.length);
      const response = await fetch(entry.href);
      expect(response.status, entry.href).toBe(200);
      expect(
        Buffer.from(await response.arrayBuffer()).equals(readFileSync(`data/${resource.path}`)),
      ).toBe(true);
    }
    const pkg = await fetch(new URL('datapackage.json', page.url()));
    expect(await pkg.json()).toEqual(datapackage);
    // DuckDB's own list of what it loaded is here, and no longer at the foot of every page.
    await expect
      .poll(() => page.locator('[data-testid="database-status"] li[data-table]').count())
      .toBe(datapackage.resources.length);
    expect(errors).toEqual([]);
    await page.close();

    const other = await open('register/');
    expect(await other.page.locator('[data-testid="database-status"] li[data-table]').count()).toBe(
      0,
    );
    await other.page.locator('footer a[href$="data/"]').waitFor();
    await other.page.close();
  });

  it('is in Chinese at /zh/data/, reached from the navigation', async () => {
    const { page, errors } = await open('zh/');
    await page.locator('nav a[href$="data/"]').click();
    await page.waitForURL(/\/zh\/data\/$/);
    await waitForPageReady(page);
    expect(await page.locator('h1').textContent()).toBe('数据');
    expect(await page.locator('[data-dataset]').count()).toBe(datapackage.resources.length);
    expect(await page.locator('[data-dataset] .counts').first().textContent()).toMatch(
      /行 · \d+列/,
    );
    expect(errors).toEqual([]);
    await page.close();
  });

  it('fits a phone with every column list open, and names each landmark and id once', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${site.url}data/`);
    await waitForPageReady(page);
    await page.evaluate(() =>
      document.querySelectorAll('details').forEach((each) => (each.open = true)),
    );
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    ).toBeLessThanOrEqual(0);
    const repeated = await page.evaluate(() => {
      const seen = new Map<string, number>();
      const landmarks =
        'main, nav, header, footer, aside, section[aria-label], section[aria-labelledby], [role="region"]';
      for (const element of document.querySelectorAll<HTMLElement>(landmarks)) {
        const labelledBy = element.getAttribute('aria-labelledby');
        const name =
          element.getAttribute('aria-label') ??
          (labelledBy ? document.getElementById(labelledBy)?.textContent : '') ??
          '';
        const key = `${element.localName}[${element.getAttribute('role') ?? ''}] ${name.trim()}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      const ids = new Map<string, number>();
      for (const element of document.querySelectorAll('[id]')) {
        ids.set(element.id, (ids.get(element.id) ?? 0) + 1);
      }
      return [...seen, ...ids].filter(([, count]) => count > 1).map(([key]) => key);
    });
    expect(repeated).toEqual([]);
    await page.close();
  });
});
