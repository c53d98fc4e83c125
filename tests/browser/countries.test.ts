import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/datapackage/csv';
import { closeSuite, openSuite, waitForLiveViews, watchPage, type Site } from './harness';

// The country and indicator pages in Chromium. What they must show is read from the CSV files
// with the project's CSV reader, not with the pages' SQL.
function csv(file: string): Record<string, string>[] {
  const { header, records } = parseCsv(readFileSync(path.resolve('data', file), 'utf8'));
  return records.map(({ values }) =>
    Object.fromEntries(header.map((name, index) => [name, values[index] ?? ''])),
  );
}
const countries = csv('countries.csv');
const values = csv('sdg_16_4_2_values.csv');

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ browser, site } = await openSuite({ data: false }));
});

afterAll(() => closeSuite({ browser, site }));

async function open(address: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${site.url}${address}`);
  await waitForLiveViews(page);
  return page;
}

describe('the countries pages', () => {
  it('/countries/ links every Member State to its page', async () => {
    const page = await open('countries/');
    const watch = watchPage(page, site.url);
    expect(countries).toHaveLength(193);
    const links = await page
      .locator('main table a')
      .evaluateAll((all) => all.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    expect(new Set(links)).toEqual(
      new Set(countries.map((row) => `/countries/${row.iso3.toLowerCase()}/`)),
    );
    // The list says where its names come from, as every table does (it said "Source: ." once).
    const [source] = new Set(countries.map((row) => row.name_en_source));
    expect(await page.getByTestId('source-note').first().textContent()).toContain(source);
    await page.getByLabel('Search countries').fill('congo');
    await expect
      .poll(() => page.getByTestId('countries-shown').getAttribute('data-count'))
      .toBe(String(countries.filter((row) => /congo/i.test(row.name_en)).length));
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('/countries/cod/ shows MONUSCO and the embargo of S/RES/1493 with their sources', async () => {
    const page = await open('countries/cod/');
    const missions = page.locator('#country-missions');
    await expect.poll(() => missions.locator('table').textContent()).toContain('MONUSCO');
    expect(await missions.getByTestId('source-note').first().textContent()).toContain(
      'S/2017/1025',
    );
    const embargoes = page.locator('#country-embargoes');
    expect(await embargoes.locator('table').textContent()).toContain('S/RES/1493');
    expect(await embargoes.getByTestId('source-note').first().textContent()).toContain('SIPRI');
    // The DRC has no SDG 16.4.2 value: the page says so instead of drawing an empty chart.
    expect(values.some((row) => row.iso3 === 'COD')).toBe(false);
    await page.getByTestId('country-sdg-none').waitFor();
    await page.close();
  });

  it('/zh/countries/cod/ names 刚果民主共和国', async () => {
    const page = await open('zh/countries/cod/');
    expect(await page.locator('h1').textContent()).toBe('刚果民主共和国');
    await page.close();
  });

  it('/countries/gbr/ names the United Kingdom and charts each of its SDG 16.4.2 values', async () => {
    const page = await open('countries/gbr/');
    expect(await page.locator('h1').textContent()).toContain('United Kingdom');
    const own = values.filter((row) => row.iso3 === 'GBR');
    expect(own.length).toBeGreaterThan(0);
    await expect
      .poll(() => page.locator('#country-sdg svg[data-chart] circle.mark').count())
      .toBe(own.length);
    await page.close();
  });

  it('/indicators/16-4-2/ has the indicator in its heading and draws every published value', async () => {
    const page = await open('indicators/16-4-2/');
    expect(await page.locator('h1').textContent()).toContain('16.4.2');
    expect(await page.locator('h1').textContent()).toContain('seized, found or surrendered arms');
    await expect
      .poll(() => page.locator('svg[data-chart] circle.mark').count())
      .toBe(values.length);
    const coverage = page.getByTestId('indicator-coverage');
    expect(await coverage.getAttribute('data-values')).toBe(String(values.length));
    expect(await coverage.getAttribute('data-countries')).toBe(
      String(new Set(values.map((row) => row.iso3)).size),
    );
    await page.close();
  });
});
