import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/datapackage/csv';
import { closeSuite, openSuite, sharedTabs, waitForLiveViews, type Site } from './harness';

// What readers of issue 23's pages found missing: the citation names the country or the
// countries compared and cites the view without its fragment; the Chinese country page says
// its missions are past and present and when each ended; a chart-only page carries its
// panel's notes; no more countries are compared than there are colours; English names on a
// Chinese page are marked lang="en". Names and dates are read from data/, not from the page.
function table(file: string): Record<string, string>[] {
  const { header, records } = parseCsv(readFileSync(path.resolve('data', file), 'utf8'));
  return records.map(({ values }) => Object.fromEntries(header.map((key, i) => [key, values[i]])));
}
const countries = new Map(table('countries.csv').map((row) => [row.iso3, row]));
const missions = table('missions.csv');

let browser: Browser;
let site: Site;
let tabs: ReturnType<typeof sharedTabs>;

beforeAll(async () => {
  ({ browser, site } = await openSuite({ data: false }));
  tabs = sharedTabs(browser, site, { permissions: ['clipboard-read', 'clipboard-write'] });
});

afterAll(() => closeSuite({ browser, site }));

/** The address in this file's tab for its language, reached by a link once a page is open. */
async function open(address: string): Promise<Page> {
  const page = await tabs(address, { width: 1280, height: 900 });
  await waitForLiveViews(page);
  return page;
}

/** The citation the Cite box of panel `panel` offers. */
async function citeOf(page: Page, panel: string): Promise<string> {
  await page.locator(`#${panel} [data-share="cite"]`).click();
  const text = page.locator(`#${panel} [data-testid="cite-text"]`);
  const read = () =>
    text.evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : el.textContent) ?? '');
  await expect.poll(async () => (await read()).trim()).not.toBe('');
  return (await read()).trim();
}

/** Text with Latin letters in `selector` that no element marked lang="en" holds. */
function unmarkedEnglish(page: Page, selector: string): Promise<string[]> {
  return page.locator(selector).evaluateAll((roots) => {
    const found: string[] = [];
    for (const root of roots) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        if (!/[A-Za-z]/.test(node.textContent ?? '')) continue;
        const lang = node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '';
        if (!lang.startsWith('en')) found.push(node.textContent!.trim());
      }
    }
    return found;
  });
}

describe('the citation', () => {
  it('names the country on a country page, in the page language', async () => {
    const page = await open('countries/gbr/');
    expect(await citeOf(page, 'country-sdg')).toContain(`: ${countries.get('GBR')!.name_en}”`);
    const zh = await open('zh/countries/cod/');
    expect(await citeOf(zh, 'country-missions')).toContain(`：${countries.get('COD')!.name_zh}”`);
  });

  it('cites the view by its path and query, without the #fragment', async () => {
    const page = await open('indicators/16-4-2/?countries=gbr,fra#indicator');
    const cited = await citeOf(page, 'indicator');
    expect(cited).toContain(`${site.url}indicators/16-4-2/?countries=gbr,fra (accessed`);
    expect(cited).not.toContain('#');
  });

  it('names the countries compared on /indicators/16-4-2/', async () => {
    const page = await open('indicators/16-4-2/?countries=gbr,fra');
    const names = ['GBR', 'FRA'].map((code) => countries.get(code)!.name_en).join(', ');
    expect(await citeOf(page, 'indicator')).toContain(`: ${names}”`);
    const zh = await open('zh/indicators/16-4-2/?countries=gbr,fra');
    const zhNames = ['GBR', 'FRA'].map((code) => countries.get(code)!.name_zh).join('、');
    expect(await citeOf(zh, 'indicator')).toContain(`：${zhNames}”`);
    expect(await zh.getByTestId('picker-status').textContent()).toContain(zhNames);
  });

  it('marks the English in a Chinese citation lang="en"', async () => {
    const page = await open('zh/register/');
    expect(await citeOf(page, 'participation')).toMatch(/[A-Za-z]/);
    expect(
      await page.locator('#participation [data-testid="cite-text"] [lang="en"]').count(),
    ).toBeGreaterThan(0);
    expect(await unmarkedEnglish(page, '#participation [data-testid="cite-text"]')).toEqual([]);
  });
});

describe('the Chinese country page', () => {
  it('says its missions were deployed there, past and present, with the day each ended', async () => {
    const ended = missions.find((row) => row.mandate_end && row.mandate_end < '2025-01-01')!;
    const page = await open(`zh/countries/${ended.host_iso3.toLowerCase()}/`);
    const panel = page.locator('#country-missions');
    expect(await panel.locator('h2').textContent()).toContain('在该国部署过的');
    const headers = await panel.locator('thead th').allTextContents();
    const column = headers.findIndex((text) => text.trim() === '结束');
    expect(column).toBeGreaterThan(-1);
    const [year, month, day] = ended.mandate_end.split('-').map(Number);
    expect(
      await panel
        .locator(`tbody tr td:nth-child(${column + 1})`)
        .first()
        .textContent(),
    ).toBe(`${year}年${month}月${day}日`);
    const running = missions.find((row) => !row.mandate_end && row.host_iso3)!;
    const current = await open(`zh/countries/${running.host_iso3.toLowerCase()}/`);
    expect(
      await current.locator('#country-missions tbody tr td').nth(column).textContent(),
    ).toContain('仍在部署');
  });

  it('marks the English names in its source lines lang="en"', async () => {
    const page = await open('zh/countries/cod/');
    const english = await unmarkedEnglish(page, '[data-testid="source-note"] > p');
    expect(english).toEqual([]);
  });
});

describe('a chart-only page', () => {
  for (const [locale, prefix] of [
    ['en', ''],
    ['zh', 'zh/'],
  ]) {
    it(`carries its panel's notes, as the full page shows them (${locale})`, async () => {
      const full = await open(`${prefix}register/`);
      const notes = await full.locator('#participation p.chart-note').allTextContents();
      expect(notes.length).toBeGreaterThan(0);
      const embed = await open(`${prefix}embed/register/participation/`);
      const shown = await embed.locator('#participation p.chart-note').allTextContents();
      for (const note of notes) expect(shown.map((text) => text.trim())).toContain(note.trim());
      if (locale === 'zh') {
        expect(await unmarkedEnglish(embed, '[data-testid="embed-sources"]')).toEqual([]);
      }
    });
  }
});

describe('comparing countries on /indicators/16-4-2/', () => {
  it('compares at most as many countries as there are colours, and says so', async () => {
    const codes = ['alb', 'aus', 'aze', 'bgr', 'col', 'esp', 'fra', 'gbr', 'grc', 'lva'];
    const page = await open(`indicators/16-4-2/?countries=${codes.join(',')}`);
    const status = page.getByTestId('picker-status');
    await expect.poll(() => status.getAttribute('data-chosen')).toBe(codes.slice(0, 8).join(','));
    expect(await status.textContent()).toMatch(/up to 8 countries/i);
    const unchosen = page.locator('[data-testid="country-picker"] input[value="lva"]');
    expect(await unchosen.isDisabled()).toBe(true);
    const series = await page.locator('#indicator svg[data-chart] g.line').count();
    const colours = await page
      .locator('#indicator svg[data-chart] circle.mark')
      .evaluateAll((all) => all.map((each) => getComputedStyle(each).getPropertyValue('--mark')));
    expect(series).toBe(8);
    expect(new Set(colours).size).toBe(series);
  });
});
