import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/datapackage/csv';
import { sitePages } from '$lib/pages';
import { closeSuite, goByLink, openSuite, waitForPageReady, type Site } from './harness';

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ browser, site } = await openSuite({ data: false }));
});

afterAll(() => closeSuite({ browser, site }));

/** Every page, as it opens and with its tables shown (`?{panel}=table`). */
// Each page as it opens, and with its other tabs shown.
const OTHER_TABS: Record<string, string> = {
  '': '?figures=table&timeline=table',
  'register/': '?reporting=table&participation=table',
  'missions/': '?missions=map',
  'trade/': '?trade=table&harm=table',
  'centres/': '?activities=table&centres=table',
  'sources/': '?network=table&embargoes=table',
};
const PAGES = sitePages.map((page) => [page.path.slice(1), OTHER_TABS[page.path.slice(1)] ?? '']);

/** Opens `url` and waits until its views are re-computed in the browser (the workbench: its catalogue). */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForPageReady(page);
}

type Found = { ui: string[]; data: string[] };

/**
 * The page's text nodes, split into UI text and data values. Data values are table cells,
 * chart marks' labels (SVG text), code and SQL, form values, and whatever is marked as data
 * (`data-i18n="data"`, `translate="no"`) or in another language than the page (`lang`).
 * `foreign` finds, in one text, what should not be in the page's language. On English pages
 * every Chinese text must be inside a `lang="zh-Hans"` element, data values included.
 */
function collect(locale: 'en' | 'zh'): Found {
  const dataSelector = [
    'td',
    'svg',
    'code',
    'pre',
    'kbd',
    'samp',
    'textarea',
    'option',
    '.cm-editor',
    '[data-i18n="data"]',
    '[translate="no"]',
  ].join(',');
  // Acronyms and names written the same in both languages.
  const names = new Set([
    'DuckDB',
    'WebAssembly',
    'Paraglide',
    'SvelteKit',
    'GitHub',
    'English',
    'Parquet',
    'Chromium',
    // Keys, as printed on keyboards.
    'Tab',
    'Esc',
    'Shift',
    'Ctrl',
    'Enter',
  ]);
  // Paths, file names, addresses and document symbols are written the same in both languages.
  const symbol = /https?:\/\/\S+|\S*[A-Za-z]+(?:[./][A-Za-z0-9]+)+\/?|\b[A-Za-z]+\/(?=\s|$)/g;
  const latinWord = /[A-Za-z]{3,}/g;
  const han = /[\u3400-\u9fff\uf900-\ufaff]/;
  const ui = new Set<string>();
  const data = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    const parent = node.parentElement;
    if (!text || !parent) continue;
    if (parent.closest('script, style, noscript, template')) continue;
    // Text hidden from everyone (a closed <details> still counts: a reader opens it).
    if (parent.closest('[hidden]:not([data-tab]), [aria-hidden="true"]:not(svg, svg *)')) continue;
    const marked = parent.closest('[lang]')?.getAttribute('lang') ?? locale;
    const otherLanguage = marked.toLowerCase().split('-')[0] !== locale;
    const isData = parent.closest(dataSelector) !== null;
    let foreign: boolean;
    if (locale === 'zh') {
      // English words: 3+ Latin letters, not an acronym (all capitals) nor a name kept in Latin.
      const words = (text.replace(symbol, ' ').match(latinWord) ?? []).filter(
        (word) => word !== word.toUpperCase() && !names.has(word),
      );
      foreign = words.length > 0;
    } else {
      foreign = han.test(text);
    }
    if (!foreign) continue;
    const where = `${parent.closest('[id]')?.id ?? ''} <${parent.tagName.toLowerCase()} class="${parent.className}">`;
    if (otherLanguage) continue;
    // On an English page Chinese is allowed only where it is marked as Chinese, data or not.
    if (isData && locale === 'zh') data.add(text);
    else ui.add(`${where}: ${text}`);
  }
  return { ui: [...ui], data: [...data] };
}

describe('each page speaks its language only', () => {
  for (const locale of ['zh', 'en'] as const) {
    it(`${locale}: no ${locale === 'zh' ? 'English' : 'Chinese'} UI string on any page, as it opens or with its tables shown`, async () => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const prefix = locale === 'en' ? '' : `${locale}/`;
      const ui: string[] = [];
      const data = new Set<string>();
      try {
        // One page load; every other page and state is reached by a link, as a reader moves on.
        await open(page, `${site.url}${prefix}`);
        for (const [path, query] of PAGES) {
          for (const state of query ? ['', query] : ['']) {
            await goByLink(page, `${site.url}${prefix}${path}${state}`);
            expect(await page.locator('html').getAttribute('lang')).toMatch(
              locale === 'zh' ? /^zh/ : /^en/,
            );
            const found = await page.evaluate(collect, locale);
            ui.push(...found.ui.map((each) => `/${prefix}${path}${state} ${each}`));
            for (const value of found.data) data.add(value);
          }
        }
      } finally {
        await context.close();
      }
      if (locale === 'zh' && data.size > 0) {
        // Data values with no Chinese name, for the note on Chinese pages.
        console.log(
          `Data values shown in Latin letters on Chinese pages (${data.size}):\n  ${[...data].sort().join('\n  ')}`,
        );
      }
      expect([...new Set(ui)]).toEqual([]);
    }, 240_000);
  }
});

/**
 * Text in Latin script that is not marked as another language than the page's: what a screen
 * reader reads with a Chinese, Arabic or Russian voice. Acronyms (UNLIREC), document symbols
 * (S/RES/2117 (2013)) and file names are written the same in every language, and code is code.
 * A text with some of the page's own script (Han, Arabic, Cyrillic) is in the page's language,
 * whatever code or symbol it quotes.
 */
function unmarkedLatin(locale: 'zh' | 'ar' | 'ru'): string[] {
  const own = { zh: /\p{Script=Han}/u, ar: /\p{Script=Arabic}/u, ru: /\p{Script=Cyrillic}/u }[
    locale
  ];
  const found = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    if (!/[A-Za-z]{2,}/.test(text) || own.test(text)) continue;
    const element = node.parentElement!;
    // Code is code; what is hidden from screen readers (a chart's drawn labels) is not read.
    if (
      element.closest(
        'code,pre,kbd,samp,script,style,textarea,.cm-editor,[translate="no"],[aria-hidden="true"]',
      )
    )
      continue;
    if (!(element.closest('[lang]')?.getAttribute('lang') ?? '').startsWith(locale)) continue;
    const acronym = /^[A-Z][A-Z0-9&-]{1,9}$/.test(text);
    const symbol = /^[A-Z][A-Za-z.]*\/[A-Za-z0-9./-]*( [A-Z]+)?( \(\d{4}\))?$/.test(text);
    const file = /^[\w.-]+\.(csv|json|txt|png|svg|zip)$/.test(text);
    if (!acronym && !symbol && !file) found.add(text.slice(0, 100));
  }
  return [...found];
}

/** Opens every page but the workbench in `locale` with its tables shown and details open. */
async function eachPage(
  locale: string,
  visit: (page: Page, path: string) => Promise<void>,
): Promise<void> {
  // The workbench shows the user's own data, in whatever language it is.
  const pages = PAGES.filter(([path]) => path !== 'workbench/');
  const context = await browser.newContext();
  const page = await context.newPage();
  try {
    await open(page, `${site.url}${locale}/`);
    for (const [path, query] of pages) {
      await goByLink(page, `${site.url}${locale}/${path}${query}`);
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((each) => (each.open = true)),
      );
      await visit(page, path);
    }
  } finally {
    await context.close();
  }
}

describe('data text on Chinese, Arabic and Russian pages', () => {
  for (const locale of ['zh', 'ar', 'ru'] as const) {
    it(`${locale}: at most 3 strings in Latin script are not marked as English on a page, tables shown`, async () => {
      const found: Record<string, string[]> = {};
      await eachPage(locale, async (page, path) => {
        found[`/${locale}/${path}`] = await page.evaluate(unmarkedLatin, locale);
        if (path === 'data/') {
          // Titles, descriptions and column descriptions are in the page's language.
          const english = page.locator(
            '[data-testid="dataset-list"] :is(.title, p, td)[lang="en"]',
          );
          const sources = page.locator('[data-testid="dataset-list"] .sources [lang="en"]');
          expect(await english.count()).toBe(0);
          expect(await sources.count()).toBeGreaterThan(0);
        }
      });
      for (const [url, strings] of Object.entries(found)) {
        expect(strings.length, `${url}: ${strings.join(' | ')}`).toBeLessThanOrEqual(3);
      }
      expect(found[`/${locale}/data/`]).toEqual([]);
    }, 180_000);
  }
});

describe('data text on French and Spanish pages', () => {
  // French and Spanish are written in Latin letters like English, so the script tells nothing:
  // instead, no text on the page is the English of a data/translations.csv row whose French or
  // Spanish differs ("Events of the small-arms process", "review_conference", "Sahel region").
  const { header, records } = parseCsv(readFileSync('data/translations.csv', 'utf8'));
  const [lang, en, text] = ['lang', 'en', 'text'].map((name) => header.indexOf(name));
  const englishOf = (locale: string) =>
    new Set(
      records
        .map(({ values }) => values)
        .filter((values) => values[lang] === locale && values[text] !== values[en])
        .map((values) => values[en]),
    );

  for (const locale of ['fr', 'es'] as const) {
    it(`${locale}: no data text is shown in the English a translation replaces`, async () => {
      const english = englishOf(locale);
      expect(english.size).toBeGreaterThan(350);
      const found: string[] = [];
      await eachPage(locale, async (page, path) => {
        const texts = await page.evaluate(() => {
          const all: string[] = [];
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            const each = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
            if (each && !node.parentElement?.closest('script,style,code,pre,.cm-editor'))
              all.push(each);
          }
          return all;
        });
        found.push(
          ...texts.filter((each) => english.has(each)).map((each) => `/${locale}/${path}: ${each}`),
        );
      });
      expect([...new Set(found)]).toEqual([]);
    }, 180_000);
  }
});
