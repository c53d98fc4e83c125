import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en, type MessageKey } from '$lib/i18n/messages';
import { zh } from '$lib/i18n/zh';
import { sitePages } from '$lib/pages';
import { closeSuite, openSuite, waitForLiveViews, watchPage, type Site } from './harness';

const PAGES = sitePages.map((page) => page.path.slice(1));
const NAV: MessageKey[] = sitePages.map((page) => page.name);
const chinese = (key: MessageKey): string => {
  const text = (zh as Partial<Record<MessageKey, string>>)[key];
  if (!text) throw new Error(`no Chinese message ${key}`);
  return text;
};

const english = (key: MessageKey): string => en[key];

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ browser, site } = await openSuite({ data: false }));
});

afterAll(() => closeSuite({ browser, site }));

/** The prerendered HTML of an address, as a reader without JavaScript (or a search engine) gets it. */
async function html(address: string): Promise<{ status: number; text: string }> {
  const response = await fetch(`${site.url}${address}`);
  return { status: response.status, text: await response.text() };
}

const path = (address: string) => new URL(address, site.url).pathname;

describe('every page in both languages', () => {
  for (const address of PAGES) {
    const name = address.replace('/', '') || 'overview';
    it(`${name}: prerendered at /${address} in English and /zh/${address} in Chinese, each naming the other`, async () => {
      for (const [prefix, lang, own, other] of [
        ['', 'en', english, chinese],
        ['zh/', 'zh-Hans', chinese, english],
      ] as const) {
        const { status, text } = await html(`${prefix}${address}`);
        expect(status, `${prefix}${address}`).toBe(200);
        expect(text).toContain(`<html lang="${lang}" dir="ltr">`);
        // The navigation is in the page's language before any script runs, and not in the other's.
        for (const key of NAV) {
          expect(text, key).toContain(`>${own(key)}</a>`);
          expect(text, key).not.toContain(`>${other(key)}</a>`);
        }
        const alternates = [
          ...text.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g),
        ];
        expect(
          Object.fromEntries(alternates.map(([, hreflang, href]) => [hreflang, href])),
        ).toEqual({
          en: path(address),
          'zh-Hans': path(`zh/${address}`),
          ar: path(`ar/${address}`),
          fr: path(`fr/${address}`),
          ru: path(`ru/${address}`),
          es: path(`es/${address}`),
          'x-default': path(address),
        });
      }
    });
  }
});

describe('the language switch', () => {
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
  });

  afterAll(() => context.close());

  it('leads to the same view in Chinese, filter and fragment kept, and the Chinese page links within /zh/', async () => {
    const watch = watchPage(page, site.url);
    await page.goto(`${site.url}missions/?mandate=current#missions`);
    await waitForLiveViews(page);
    await page.getByRole('link', { name: '中文' }).click();
    await page.waitForURL(`${site.url}zh/missions/?mandate=current#missions`);
    await waitForLiveViews(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');
    await page
      .getByRole('heading', { level: 1, name: chinese('nav.missions') })
      .waitFor({ timeout: 10_000 });
    const mandate = page
      .getByRole('group', { name: chinese('missions.facet.mandate') })
      .getByRole('checkbox', { name: chinese('missions.mandate.current') });
    expect(await mandate.isChecked()).toBe(true);
    const nav = page.getByRole('navigation', { name: chinese('nav.label') });
    for (const key of NAV)
      expect(await nav.getByRole('link', { name: chinese(key), exact: true }).count()).toBe(1);

    // Every internal link but the way back to English stays in Chinese.
    const links = await page.$$eval('a[href]:not([hreflang])', (anchors) =>
      anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
    );
    const internal = links.filter((link) => new URL(link).origin === new URL(site.url).origin);
    expect(internal.length).toBeGreaterThan(NAV.length);
    for (const link of internal) expect(link.startsWith(`${site.url}zh/`), link).toBe(true);

    // Following the navigation (a client-side route change) stays in Chinese.
    await nav.getByRole('link', { name: chinese('nav.register') }).click();
    await page.waitForURL(`${site.url}zh/register/`);
    await page
      .getByRole('heading', { level: 1, name: chinese('nav.register') })
      .waitFor({ timeout: 10_000 });
    expect(watch.errors).toEqual([]);
  });

  it('is remembered: opening / afterwards shows /zh/, until English is chosen again', async () => {
    await page.goto(site.url);
    await page.waitForURL(`${site.url}zh/`);
    await waitForLiveViews(page);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-Hans');

    await page.getByRole('link', { name: 'English' }).click();
    await page.waitForURL(site.url);
    await waitForLiveViews(page);
    await page.goto(`${site.url}register/`);
    await waitForLiveViews(page);
    expect(page.url()).toBe(`${site.url}register/`);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
  });
});
