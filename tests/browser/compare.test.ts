import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/datapackage/csv';
import { closeSuite, openSuite, tabTo, waitForLiveViews, watchPage, type Site } from './harness';

// Compare countries on /indicators/16-4-2/ (issue 23, item 2): the choice is in the URL
// (`?countries=gbr,fra`), restored on load, made by keyboard, in both languages. How many
// values each country has is read from the CSV file, not from the page's SQL.
const { header, records } = parseCsv(
  readFileSync(path.resolve('data', 'sdg_16_4_2_values.csv'), 'utf8'),
);
const iso3 = header.indexOf('iso3');
const valuesOf = (...codes: string[]) =>
  records.filter(({ values }) => codes.includes(values[iso3])).length;
const countries = new Set(records.map(({ values }) => values[iso3])).size;

let browser: Browser;
let site: Site;
let context: BrowserContext;

beforeAll(async () => {
  ({ browser, site } = await openSuite({ data: false }));
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await context.close();
  await closeSuite({ browser, site });
});

async function open(address: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${site.url}${address}`);
  await waitForLiveViews(page);
  return page;
}

const drawnSeries = (page: Page) =>
  page
    .locator('#indicator svg[data-chart] g.line')
    .evaluateAll((all) => all.map((each) => each.getAttribute('data-series')).sort());
const tableRows = (page: Page) => page.locator('#indicator-panel-table tbody tr').count();

describe('compare countries on /indicators/16-4-2/', () => {
  it('?countries=gbr,fra draws those two side by side, their boxes ticked, after a reload too', async () => {
    const page = await open('indicators/16-4-2/?countries=gbr,fra');
    const watch = watchPage(page, site.url);
    const picker = page.getByTestId('country-picker');
    await expect.poll(() => drawnSeries(page)).toEqual(['FRA', 'GBR']);
    expect(await tableRows(page)).toBe(valuesOf('GBR', 'FRA'));
    expect(await picker.locator('input[type="checkbox"]').count()).toBe(countries);
    expect(await picker.locator('input[value="gbr"]').isChecked()).toBe(true);
    expect(await picker.locator('input[value="fra"]').isChecked()).toBe(true);
    expect(await picker.locator('input:checked').count()).toBe(2);
    await page.reload();
    await waitForLiveViews(page);
    await expect.poll(() => drawnSeries(page)).toEqual(['FRA', 'GBR']);
    expect(watch.errors).toEqual([]);
    await page.close();
  });

  it('by keyboard: search, tick a country with Space, untick all; the URL follows', async () => {
    const page = await open('indicators/16-4-2/?countries=gbr');
    await tabTo(page, '[data-testid="country-picker"] input[type="search"]', 200);
    await page.keyboard.type('spain');
    // Past the button that clears the choice, the list: Spain, which the search found, then
    // the United Kingdom, chosen, which stays listed.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'esp',
    );
    await page.keyboard.press('Space');
    // The list is written as it reads, commas and all.
    await expect.poll(() => new URL(page.url()).search).toBe('?countries=gbr,esp');
    await expect.poll(() => drawnSeries(page)).toEqual(['ESP', 'GBR']);
    expect(await tableRows(page)).toBe(valuesOf('GBR', 'ESP'));
    // Focus stays on the box just ticked.
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe(
      'esp',
    );
    await page.getByRole('button', { name: 'Show all countries' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.has('countries')).toBe(false);
    await expect.poll(async () => (await drawnSeries(page)).length).toBe(countries);
    await page.close();
  });

  it('in Chinese, the picker and the countries are named in Chinese', async () => {
    const page = await open('zh/indicators/16-4-2/?countries=gbr');
    const picker = page.getByTestId('country-picker');
    expect(await picker.locator('legend').textContent()).toBe('要比较的国家');
    expect(await picker.locator('label:has(input[value="gbr"])').textContent()).toContain(
      '大不列颠及北爱尔兰联合王国',
    );
    expect(await page.getByTestId('picker-status').textContent()).toContain('已选择1个国家');
    await expect.poll(() => drawnSeries(page)).toEqual(['GBR']);
    await page.close();
  });

  it('in Russian, the table lists the countries by their Russian names, each one’s years in order (issue 22: they were in English order)', async () => {
    const page = await open('ru/indicators/16-4-2/');
    const names = parseCsv(readFileSync(path.resolve('data', 'countries.csv'), 'utf8'));
    const ru = new Map(
      names.records.map(({ values }) => [
        values[names.header.indexOf('iso3')],
        values[names.header.indexOf('name_ru')],
      ]),
    );
    const expected = records
      .map(({ values }) => ({
        name: ru.get(values[iso3])!,
        year: values[header.indexOf('year')],
      }))
      .sort(
        (a, b) =>
          new Intl.Collator('ru').compare(a.name, b.name) || Number(a.year) - Number(b.year),
      )
      .map(({ name, year }) => `${name} ${year}`);
    const shown = await page.locator('#indicator-panel-table tbody tr').evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('th, td')]
          .slice(0, 2)
          .map((cell) => cell.textContent!.trim())
          .join(' '),
      ),
    );
    expect(shown).toEqual(expected);
    await page.close();
  });

  it("the chosen countries go with the chart's embed code", async () => {
    const page = await open('indicators/16-4-2/?countries=gbr,fra');
    await page.locator('#indicator [data-share="embed"]').click();
    const code = await page.locator('#indicator [data-testid="embed-code"]').inputValue();
    const src = new URL(/src="([^"]+)"/.exec(code)![1].replaceAll('&amp;', '&'));
    expect(src.pathname).toBe('/embed/indicators/16-4-2/indicator/');
    expect(src.searchParams.get('countries')).toBe('gbr,fra');
    await page.goto(src.href);
    await waitForLiveViews(page);
    await expect.poll(() => drawnSeries(page)).toEqual(['FRA', 'GBR']);
    await page.close();
  });
});
