import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { parseCsv } from '$lib/datapackage/csv';

/**
 * What a page shows that is not in its language, for each of the six (issue 22), found at each
 * state of the accessibility walks (tests/browser/a11y.test.ts) rather than in walks of its own:
 * - English and Chinese pages: no UI text in the other language (`otherLanguageUi`);
 * - Chinese, Arabic and Russian pages: at most 3 texts in Latin script not marked as English,
 *   whole or inside text in the page's script (`unmarkedLatin`), none on the data page;
 * - French and Spanish pages, written in Latin letters like English: no text is the English of
 *   a data/translations.csv row whose French or Spanish differs (`shownTexts`);
 * - Chinese pages: no half-width colon, semicolon or bracket in Chinese text, shown or read out
 *   (`halfWidthInChinese`).
 */
export type LanguageCheck = (page: Page, path: string) => Promise<string[]>;

/**
 * The page's UI texts in the other language than `locale` ('en' or 'zh'), and the data values
 * shown in Latin letters on a Chinese page (for the run's note). Data values are table cells,
 * chart marks' labels (SVG text), code and SQL, form values, and whatever is marked as data
 * (`data-i18n="data"`, `translate="no"`) or in another language than the page (`lang`). On
 * English pages every Chinese text must be inside a `lang="zh-Hans"` element, data included.
 */
function otherLanguageUi(locale: 'en' | 'zh'): { ui: string[]; data: string[] } {
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
    if (marked.toLowerCase().split('-')[0] !== locale) continue;
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
    // On an English page Chinese is allowed only where it is marked as Chinese, data or not.
    if (parent.closest(dataSelector) !== null && locale === 'zh') data.add(text);
    else ui.add(`${where}: ${text}`);
  }
  return { ui: [...ui], data: [...data] };
}

/**
 * Text in Latin script that is not marked as another language than the page's: what a screen
 * reader reads with a Chinese, Arabic or Russian voice. On a Chinese page a text with Chinese in
 * it is looked into too, each run of Latin script in it on its own (issue 22: "UN press release
 * DC/3814，第一段和第二段" read the name in a Chinese voice; the reader-reviewer counted so).
 * Arabic and Russian text is not looked into yet: it still holds unmarked English runs (the
 * download buttons' "(CSV)", "ISACS 05.31"…). Acronyms (UNLIREC), document symbols (S/RES/2117
 * (2013), A/67/…), file names and paths, addresses, a paragraph's letters (34(c)), the software
 * and keys kept in Latin (DuckDB v1.4.3, Ctrl+Enter) and code are written the same in every
 * language.
 */
function unmarkedLatin(locale: 'zh' | 'ar' | 'ru'): string[] {
  const own = { zh: /\p{Script=Han}/u, ar: /\p{Script=Arabic}/u, ru: /\p{Script=Cyrillic}/u }[
    locale
  ];
  const software = 'DuckDB|DuckDB-WASM|WebAssembly|Paraglide|SvelteKit|GitHub|Parquet|Chromium';
  const key = 'Tab|Esc|Shift|Ctrl|Enter|Alt|Cmd';
  const kept = (run: string) =>
    /^[A-Z][A-Z0-9&-]{1,9}$/.test(run) ||
    /^[A-Z][A-Za-z.]*\/[A-Za-z0-9./()…-]*( [A-Z]+)?( \(\d{4}\))?$/.test(run) ||
    /^[\w.-]+\.(csv|json|txt|png|svg|zip)$|^[\w.-]+\/([\w.*{},-]+\/?)*$/.test(run) ||
    /^(https?:\/\/|www\.)\S+$|^[\w.-]+\.(org|int|com|net)(\/\S*)?$/.test(run) ||
    /^\d*(\([a-z]{1,4}\))+$|^[a-z]{1,4}\)$/.test(run) ||
    new RegExp(`^(${software})( v?[\\d.]+)?$|^\\+?(${key})(\\+(${key}))*$`).test(run);
  // A run of Latin script inside the page's own: letters, digits, spaces and punctuation,
  // without the punctuation around it (a bracket only where the run does not hold its pair).
  const latin = /[\u0020-\u024F\u00A0\u2000-\u2027\u2030-\u206F]+/g;
  const count = (text: string, char: string) => text.split(char).length - 1;
  const trim = (run: string) => {
    let text = run
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/^[\s,.;:·–—“”"«»-]+|[\s,;:·–—“”"«»-]+$/g, '');
    while (text.startsWith('(') && count(text, '(') > count(text, ')')) text = text.slice(1);
    while (text.endsWith(')') && count(text, ')') > count(text, '(')) text = text.slice(0, -1);
    return text.trim();
  };
  const found = new Set<string>();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').trim();
    if (!/[A-Za-z]{2,}/.test(text)) continue;
    const element = node.parentElement!;
    // Code is code; what is hidden from screen readers (a chart's drawn labels) is not read.
    if (
      element.closest(
        'code,pre,kbd,samp,script,style,textarea,.cm-editor,[translate="no"],[aria-hidden="true"]',
      )
    )
      continue;
    if (!(element.closest('[lang]')?.getAttribute('lang') ?? '').startsWith(locale)) continue;
    if (own.test(text) && locale !== 'zh') continue;
    const runs = own.test(text) ? (text.match(latin) ?? []).map(trim) : [trim(text)];
    for (const run of runs)
      if (/[A-Za-z]{2,}/.test(run) && !kept(run)) found.add(run.slice(0, 100));
  }
  return [...found];
}

/** Every text shown on the page, code aside. */
function shownTexts(): string[] {
  const all: string[] = [];
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const each = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (each && !node.parentElement?.closest('script,style,code,pre,.cm-editor')) all.push(each);
  }
  return all;
}

/** The English of each data/translations.csv row in `locale` whose text differs from it. */
export function replacedEnglish(locale: string): Set<string> {
  const { header, records } = parseCsv(readFileSync('data/translations.csv', 'utf8'));
  const [lang, en, text] = ['lang', 'en', 'text'].map((name) => header.indexOf(name));
  return new Set(
    records
      .map(({ values }) => values)
      .filter((values) => values[lang] === locale && values[text] !== values[en])
      .map((values) => values[en]),
  );
}

/** Data values shown in Latin letters on Chinese pages, for the run's note. */
export const latinDataOnChinesePages = new Set<string>();

/** The language check of a page in `locale`; each problem as a line naming the page. */
export function languageCheck(locale: string): LanguageCheck {
  if (locale === 'en' || locale === 'zh') {
    const pageLocale: 'en' | 'zh' = locale;
    const ui: LanguageCheck = async (page) => {
      const found = await page.evaluate(otherLanguageUi, pageLocale);
      if (pageLocale === 'zh') for (const value of found.data) latinDataOnChinesePages.add(value);
      return found.ui;
    };
    return locale === 'zh' ? both(both(ui, latin('zh')), halfWidth) : ui;
  }
  if (locale === 'ar' || locale === 'ru') return latin(locale);
  const english = replacedEnglish(locale);
  return async (page, path) => {
    // The workbench shows the user's own data, in whatever language it is.
    if (path === 'workbench/') return [];
    const texts = await page.evaluate(shownTexts);
    return [...new Set(texts.filter((each) => english.has(each)))].map(
      (each) => `shows the English a translation replaces: ${each}`,
    );
  };
}

const halfWidth: LanguageCheck = async (page) =>
  (await page.evaluate(halfWidthInChinese)).map(
    (each) => `half-width punctuation in Chinese text: ${each}`,
  );

/**
 * Chinese text, shown or read out (a chart mark's aria-label or title), with a half-width
 * colon, semicolon or opening bracket beside Chinese: UN Chinese writes "西欧和其他国家组：93%"
 * and "82（截至某一日期）", not ": " and " (". Code, and what is marked as another language, aside.
 */
function halfWidthInChinese(): string[] {
  const wrong = /\p{Script=Han}[)）]?[:;] |[:;] \p{Script=Han}| \(\p{Script=Han}/u;
  const chinese = (element: Element) =>
    (element.closest('[lang]')?.getAttribute('lang') ?? '').startsWith('zh') &&
    !element.closest('code,pre,kbd,samp,textarea,.cm-editor');
  const found = new Set<string>();
  for (const element of document.querySelectorAll('[aria-label], [title]')) {
    for (const name of ['aria-label', 'title']) {
      const value = element.getAttribute(name);
      if (value && wrong.test(value) && chinese(element))
        found.add(`${name}="${value.slice(0, 80)}"`);
    }
  }
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (wrong.test(text) && node.parentElement && chinese(node.parentElement))
      found.add(text.slice(0, 80));
  }
  return [...found];
}

function both(first: LanguageCheck, second: LanguageCheck): LanguageCheck {
  return async (page, path) => [...(await first(page, path)), ...(await second(page, path))];
}

/**
 * At most 3 texts in Latin script not marked as English on a page of `locale` (none on the data
 * page, whose titles, descriptions and column descriptions are in the page's language).
 */
function latin(locale: 'zh' | 'ar' | 'ru'): LanguageCheck {
  return async (page, path) => {
    // The workbench shows the user's own data, in whatever language it is.
    if (path === 'workbench/') return [];
    const strings = await page.evaluate(unmarkedLatin, locale);
    const problems =
      strings.length > (path === 'data/' ? 0 : 3)
        ? [`${strings.length} texts in Latin script not marked as English: ${strings.join(' | ')}`]
        : [];
    if (path === 'data/') {
      const list = '[data-testid="dataset-list"]';
      const english = await page.locator(`${list} :is(.title, p, td)[lang="en"]`).count();
      const sources = await page.locator(`${list} .sources [lang="en"]`).count();
      if (english > 0) problems.push(`${english} dataset texts in English`);
      if (sources === 0) problems.push('no English source title marked lang="en"');
    }
    return problems;
  };
}
