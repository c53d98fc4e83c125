import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import {
  closeSuite,
  followLink,
  goByLink,
  openSuite,
  seriousViolations,
  sharedTabs,
  tabTo,
  waitForPageReady,
  type Site,
} from './harness';
import { sitePages } from '$lib/pages';
import { locales, type Locale } from '$lib/paraglide/runtime.js';
import { languageCheck, latinDataOnChinesePages, replacedEnglish } from './language';
import { crashDuckDbWorker, openWorkbench, runSql } from './workbench-page';

const THEMES = ['light', 'dark'] as const;
const VIEWPORTS = [
  { name: 'desktop', width: 1280, height: 800 },
  { name: 'phone', width: 390, height: 844 },
] as const;
type Theme = (typeof THEMES)[number];
type Viewport = (typeof VIEWPORTS)[number];
const [desktop, phone] = VIEWPORTS;

/**
 * The language × theme × device matrix, sampled so the suite stays within its time (issue 22
 * asks for this): each walk is a whole site, every page in each of its states. English and
 * Chinese walk it twice, each in the two combinations the other does not, so every combination
 * is seen in both; the four other languages once each, between them in every combination
 * (Russian on a phone: its words are the longest).
 * Pages of a locale other than English live under /{locale}/. At each state the walk also
 * checks that the page speaks its language (tests/browser/language.ts).
 */
const WALKS: { locale: Locale; theme: Theme; viewport: Viewport }[] = [
  { locale: 'en', theme: 'light', viewport: desktop },
  { locale: 'en', theme: 'dark', viewport: phone },
  { locale: 'zh', theme: 'dark', viewport: desktop },
  { locale: 'zh', theme: 'light', viewport: phone },
  { locale: 'ar', theme: 'dark', viewport: phone },
  { locale: 'fr', theme: 'light', viewport: desktop },
  { locale: 'ru', theme: 'light', viewport: phone },
  { locale: 'es', theme: 'dark', viewport: desktop },
];

let browser: Browser;
let site: Site;
let db: NodeDatabase;

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
});

afterAll(async () => {
  await closeSuite({ browser, site });
  if (latinDataOnChinesePages.size > 0) {
    // Data values with no Chinese name, for the note on Chinese pages.
    const values = [...latinDataOnChinesePages].sort();
    console.log(
      `Data values shown in Latin letters on Chinese pages (${values.length}):\n  ${values.join('\n  ')}`,
    );
  }
});

type PageStates = { path: string; states: { state: string; query: string; ready: string }[] };

/**
 * Every page in its three states: as it opens, with its tables shown (the `?{panel}=table` of
 * each panel that has a table tab) and with an item selected (from the data, as a link would);
 * `ready` is what shows once the state is drawn.
 */
function pageStates(): PageStates[] {
  const first = (sql: string) => String(Object.values(db.query(sql)[0])[0]);
  const event = first('SELECT event_id FROM events ORDER BY start_date LIMIT 1');
  const mission = first('SELECT mission_id FROM missions ORDER BY mission_id LIMIT 1');
  const doc = first(
    'SELECT source_doc FROM citations GROUP BY source_doc ORDER BY count(*) DESC, source_doc LIMIT 1',
  );
  const table = (query: string) => ({
    state: 'table',
    query: `?${query}`,
    ready: '[data-tab="table"]:not([hidden]) table',
  });
  const detail = (query: string) => ({
    state: 'detail',
    query: `?${encodeURI(query)}`,
    ready: '.detail h3',
  });
  const states: Record<string, PageStates['states']> = {
    '': [table('figures=table&timeline=table'), detail(`event=${event}`)],
    'register/': [table('reporting=table&participation=table')],
    // The missions list opens on its table; its other state is the map.
    'missions/': [
      { state: 'map', query: '?missions=map', ready: '[data-tab="map"]:not([hidden]) svg' },
      detail(`mission=${mission}`),
    ],
    'trade/': [table('trade=table&harm=table')],
    'centres/': [table('activities=table&centres=table')],
    'sources/': [table('network=table&embargoes=table'), detail(`doc=${doc}`)],
  };
  // Every page of the site's one list; pages without tabs or items have their default only.
  // Pages reached from the list, not listed in it: a country with much data, one with a
  // chart, and the indicator the site has no values for.
  const more = ['countries/cod/', 'countries/gbr/', 'indicators/16-4-1/'];
  return [...sitePages.map((page) => page.path.slice(1)), ...more].map((path) => ({
    path,
    states: states[path] ?? [],
  }));
}

/** Waits until the page's views are re-computed in the browser (the workbench: its catalogue). */
const settled = waitForPageReady;

/** Opens `url` and waits until the page is hydrated and its views are re-computed in the browser. */
async function open(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await waitForPageReady(page);
}

/**
 * What the page at `where` shows in its current state that a reader would not want: axe-core's
 * serious and critical violations (every <details> opened first, as a reader opens them), a
 * wrong `<html lang>`, and text not in the page's language.
 */
async function problemsAt(page: Page, locale: Locale, path: string, where: string) {
  await page.evaluate(() =>
    document.querySelectorAll('details').forEach((each) => (each.open = true)),
  );
  const found = (await seriousViolations(page)).map((each) => `${where} ${each}`);
  const lang = (await page.locator('html').getAttribute('lang')) ?? '';
  if (lang.split('-')[0] !== locale) found.push(`${where} <html lang="${lang}">`);
  // dir="" is no direction at all (HTML ignores it): a component meant to leave it out.
  const noDirection = await page.locator('[dir=""]').count();
  if (noDirection > 0) found.push(`${where} ${noDirection} elements with dir=""`);
  const sideways = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  if (sideways > 0) found.push(`${where} scrolls sideways by ${sideways} px`);
  for (const each of await languageCheck(locale)(page, path)) found.push(`${where} ${each}`);
  return found;
}

/**
 * `check` run with the system's setting light, then dark, on the page as it is: the theme is CSS
 * alone (light-dark() follows the setting), so one page serves both without a second load.
 * Fails if the page's colours did not change with the setting.
 */
async function inEachTheme<T>(page: Page, check: () => Promise<T>): Promise<Record<Theme, T>> {
  const found = {} as Record<Theme, T>;
  const backgrounds = new Set<string>();
  for (const colorScheme of THEMES) {
    await page.emulateMedia({ colorScheme });
    backgrounds.add(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    );
    found[colorScheme] = await check();
  }
  expect(backgrounds.size).toBe(THEMES.length);
  return found;
}

describe('every page in every language: no serious or critical axe-core violation, and the page speaks its language', () => {
  it('the sampled walks cover every language, and every theme with every device among English and Chinese and among the other four', () => {
    const combinations = (walks: typeof WALKS) =>
      new Set(walks.map((walk) => `${walk.theme} ${walk.viewport.name}`)).size;
    expect(new Set(WALKS.map((walk) => walk.locale))).toEqual(new Set(locales));
    const [first, others] = [['en', 'zh'], locales.filter((l) => l !== 'en' && l !== 'zh')];
    for (const group of [first, others]) {
      const walks = WALKS.filter((walk) => group.includes(walk.locale));
      expect(combinations(walks), group.join(', ')).toBe(THEMES.length * VIEWPORTS.length);
    }
    for (const locale of first) {
      expect(combinations(WALKS.filter((walk) => walk.locale === locale))).toBe(2);
    }
    // The French and Spanish check has English to look for.
    for (const locale of ['fr', 'es']) expect(replacedEnglish(locale).size).toBeGreaterThan(350);
  });

  for (const { locale, theme, viewport } of WALKS) {
    // One walk at a time: walks side by side took twice the CPU of the same walks in turn
    // (issue 24), and the other test files use the other core meanwhile.
    it(
      `${locale} · ${theme} · ${viewport.name}: every page, as it opens, with its tables shown and with an item selected`,
      async () => {
        const context = await browser.newContext({
          colorScheme: theme,
          viewport: { width: viewport.width, height: viewport.height },
        });
        const page = await context.newPage();
        const prefix = locale === 'en' ? '' : `${locale}/`;
        const found: string[] = [];
        try {
          // One page load; every other page is reached by a link, as a reader moves on.
          await open(page, `${site.url}${prefix}`);
          for (const { path, states } of pageStates()) {
            await followLink(page, `${site.url}${prefix}${path}`, 'main h1');
            await settled(page);
            found.push(...(await problemsAt(page, locale, path, `/${prefix}${path} [default]`)));
            // From one state straight to the next: each link carries a whole query, so a state
            // is the same whichever state it was reached from.
            for (const { state, query, ready } of states) {
              await followLink(page, query, ready);
              const where = `/${prefix}${path}${query} [${state}]`;
              found.push(...(await problemsAt(page, locale, path, where)));
            }
          }
        } finally {
          await context.close();
        }
        expect(found).toEqual([]);
      },
      // A limit that stops a hung walk: alone on a quiet machine a walk takes 20-35 s; five
      // side by side on a loaded one took over 180 s (load 14).
      420_000,
    );
  }
});

describe('reflow: the header on a phone', () => {
  it('regression: the site title fits 390 px in every language (the Chinese one, with no space to break at, ran past the right edge)', async () => {
    const context = await browser.newContext({
      viewport: { width: phone.width, height: phone.height },
    });
    const page = await context.newPage();
    const cut: string[] = [];
    try {
      for (const locale of locales) {
        await page.goto(`${site.url}${locale === 'en' ? '' : `${locale}/`}trade/`);
        const { right, wider } = await page.locator('header .brand').evaluate((brand) => ({
          right: Math.max(...[...brand.getClientRects()].map((rect) => rect.right)),
          wider: document.documentElement.scrollWidth - window.innerWidth,
        }));
        if (right > phone.width || wider > 0)
          cut.push(`${locale}: right edge ${right}, page ${wider} px wider`);
      }
    } finally {
      await context.close();
    }
    expect(cut).toEqual([]);
  }, 120_000);
});

describe('the workbench with a result shown', () => {
  it('light and dark: its result grid reads with enough contrast, and Tab reaches the grid to scroll it', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await openWorkbench(page, site.url);
      await runSql(page, 'SELECT * FROM missions');
      await page.locator('[data-testid="result-grid"] [role="gridcell"]').first().waitFor();
      expect(await inEachTheme(page, () => seriousViolations(page))).toEqual({
        light: [],
        dark: [],
      });
      // The editor keeps Tab for indenting: Escape, then Tab moves on, as its help says.
      await page.keyboard.press('Escape');
      await tabTo(page, '[data-testid="result-grid"]');
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('the notice that DuckDB stopped and started again', () => {
  it('light and dark: reads with enough contrast and has no other serious violation', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    try {
      await open(page, `${site.url}register/`);
      await crashDuckDbWorker(page, 'dashboard');
      await page
        .locator('[data-testid="database-alert"][data-phase="ready"]')
        .waitFor({ timeout: 60_000 });
      expect(await inEachTheme(page, () => seriousViolations(page))).toEqual({
        light: [],
        dark: [],
      });
    } finally {
      await context.close();
    }
  }, 120_000);
});

describe('keyboard', () => {
  let context: BrowserContext;
  // The tests after the first share a tab, each page reached by a link as a reader moves on
  // (a load costs DuckDB's start; issue 24). The first needs a page as it loads.
  let tab: ReturnType<typeof sharedTabs>;
  let shown: Page | undefined;
  const reach = async (address: string) => (shown = await tab(address, phone));
  beforeAll(async () => {
    context = await browser.newContext({ viewport: { width: phone.width, height: phone.height } });
    tab = sharedTabs(browser, site);
  });
  afterAll(async () => {
    await context.close();
    await shown?.context().close();
  });

  it('the first Tab reaches "Skip to content", which moves focus to the main content', async () => {
    const page = await context.newPage();
    await open(page, `${site.url}register/`);
    await page.keyboard.press('Tab');
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent?.trim(),
      visible: document.activeElement?.getBoundingClientRect().top ?? -1,
    }));
    expect(first.text).toBe('Skip to content');
    expect(first.visible).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.activeElement?.id === 'main');
    // The next Tab goes to the first control of the page's content, not to the navigation.
    await page.keyboard.press('Tab');
    expect(
      await page.evaluate(() => document.activeElement?.closest('main, header')?.tagName),
    ).toBe('MAIN');
    await page.close();
  });

  it('a table wider than a phone is a named region that Tab reaches and arrow keys scroll', async () => {
    const page = await reach('sources/');
    const region = page.locator('#seeds [role="region"]');
    await expect.poll(() => region.getAttribute('aria-label')).toMatch(/documents/i);
    await tabTo(page, '#seeds [role="region"]');
    expect(await region.evaluate((box) => box.scrollLeft)).toBe(0);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => region.evaluate((box) => box.scrollLeft)).toBeGreaterThan(0);
  });

  it('a mission opened from the list takes focus in view, and closing it gives focus back to its link', async () => {
    const [{ id }] = db.query('SELECT mission_id AS id FROM missions ORDER BY mission_id LIMIT 1');
    const page = await reach('missions/');
    const link = `#missions table a[href*="mission=${id}"]`;
    await tabTo(page, link);
    await page.keyboard.press('Enter');
    const heading = page.locator('[data-testid="mission-detail"] h3');
    await expect.poll(() => heading.evaluate((h3) => h3 === document.activeElement)).toBe(true);
    const box = await heading.evaluate((h3) => {
      const { top, bottom } = h3.getBoundingClientRect();
      return { top, bottom, height: window.innerHeight };
    });
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.bottom).toBeLessThanOrEqual(box.height);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.classList.contains('close'))).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    await expect
      .poll(() =>
        page.evaluate(() =>
          new URL(
            (document.activeElement as HTMLAnchorElement).href ?? '',
            location.href,
          ).searchParams.get('mission'),
        ),
      )
      .toBe(String(id));
  });

  it('the SQL editor keeps Tab for indenting, says how to leave it, and Escape then Tab leaves', async () => {
    const page = await reach('workbench/');
    const content = page.locator('.cm-content');
    const help = await content.evaluate(
      (element) =>
        document.getElementById(element.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
    );
    expect(help).toContain('Escape, then Tab');
    await content.click();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') !== null)).toBe(
      true,
    );
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('.cm-editor') === null)).toBe(
      true,
    );
  });
});

describe('languages inside a page', () => {
  it('Chinese names and titles in an English page are marked lang="zh-Hans", cell by cell', async () => {
    const [{ names }] = db.query(
      "SELECT count(*)::INTEGER AS names FROM regional_centre_partners WHERE coalesce(organisation_zh, '') <> ''",
    );
    const [{ titles }] = db.query(
      "SELECT count(*)::INTEGER AS titles FROM documents WHERE role = 'seed' AND coalesce(title_zh, '') <> ''",
    );
    expect(Number(names) * Number(titles)).toBeGreaterThan(0);
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page, `${site.url}centres/`);
    const marked = (panel: string) =>
      page
        .$$eval(`#${panel}-panel-table td[lang="zh-Hans"]`, (cells) =>
          cells.filter((cell) => /[\u4e00-\u9fff]/.test(cell.textContent ?? '')),
        )
        .then((cells) => cells.length);
    expect(await marked('partners')).toBe(Number(names));
    await goByLink(page, `${site.url}sources/`);
    expect(await marked('seeds')).toBe(Number(titles));
    // The page itself stays English.
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });
});

describe('languages inside a Chinese page', () => {
  it('English names and titles in a Chinese page are marked lang="en", and Chinese ones are not marked', async () => {
    const [{ names }] = db.query(
      "SELECT count(*)::INTEGER AS names FROM regional_centre_partners WHERE coalesce(organisation_en, '') <> ''",
    );
    expect(Number(names)).toBeGreaterThan(0);
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page, `${site.url}zh/centres/`);
    expect(await page.locator('html').getAttribute('lang')).toMatch(/^zh/);
    // The organisation column (the third); the acronyms beside it are marked English too where
    // Chinese has none of its own (ECOWAS), and are not names.
    const english = await page.$$eval('#partners-panel-table td:nth-child(3)[lang="en"]', (cells) =>
      cells.filter((cell) => /[A-Za-z]{3,}/.test(cell.textContent ?? '')),
    );
    expect(english.length).toBe(Number(names));
    expect(await page.locator('#partners-panel-table td[lang="zh-Hans"]').count()).toBe(0);
    await context.close();
  });
});

describe('titles and theme', () => {
  it('a selected mission puts its name in the page title, which names the page otherwise and is announced after a link', async () => {
    const [mission] = db.query(
      'SELECT mission_id, name_en FROM missions ORDER BY mission_id LIMIT 1',
    );
    const context = await browser.newContext();
    const page = await context.newPage();
    await open(page, `${site.url}missions/`);
    const plain = await page.title();
    expect(plain).toContain('Missions');
    await followLink(page, `?mission=${mission.mission_id}`, '[data-testid="mission-detail"] h3');
    await expect.poll(() => page.title()).toContain(String(mission.name_en));
    // SvelteKit's announcer reads the new title to screen readers after a client navigation.
    await page.locator('header nav a', { hasText: 'Sources' }).click();
    await expect.poll(() => page.locator('#svelte-announcer').textContent()).toContain('Sources');
    expect(await page.locator('#svelte-announcer').textContent()).toBe(await page.title());
    await context.close();
  });

  it('the theme chosen with the switch is applied on the next visit before the first paint', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await open(page, `${site.url}trade/`);
    await page.selectOption('[data-testid="theme-switch"]', 'dark');
    const lightPage = 'rgb(245, 246, 248)';
    // The theme as the document is parsed, before the app's modules run (they are deferred).
    await page.addInitScript(() => {
      document.addEventListener('readystatechange', () => {
        if (document.readyState !== 'interactive') return;
        (window as unknown as { firstTheme: string }).firstTheme =
          document.documentElement.dataset.theme ?? 'none';
      });
    });
    await page.reload();
    await page.waitForFunction(() => 'firstTheme' in window);
    expect(
      await page.evaluate(() => (window as unknown as { firstTheme: string }).firstTheme),
    ).toBe('dark');
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).not.toBe(lightPage);
    await page.selectOption('[data-testid="theme-switch"]', 'system');
    await page.reload();
    expect(await page.locator('html').getAttribute('data-theme')).toBeNull();
    expect(
      await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor),
    ).toBe(lightPage);
    await context.close();
  });
});
