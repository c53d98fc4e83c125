import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitePages } from '$lib/pages';
import { t } from '$lib/i18n/messages';
import {
  launchChromium,
  sharedTabs,
  startSite,
  waitForLiveViews,
  watchPage,
  type Site,
} from './harness';

// The site built as GitHub Pages serves a project: under /<repo>/. Built here, once, into
// build-base/ (Kit's own files too), so the default build in build/ stays as it is. Only the
// English pages are prerendered (PRERENDER_ENGLISH_ONLY): the tests below open English pages
// alone, and their links to the other languages are written all the same, so they are still
// checked to stay under the base.
const BASE = '/sdg';
const OUT = path.resolve('build-base');
const PAGES = sitePages.filter((page) => page.charts).map((page) => page.path.slice(1));

let browser: Browser;
let site: Site;

beforeAll(async () => {
  await promisify(execFile)(
    process.execPath,
    [path.resolve('node_modules/vite/bin/vite.js'), 'build'],
    {
      env: {
        ...process.env,
        BASE_PATH: BASE,
        PRERENDER_ENGLISH_ONLY: '1',
        BUILD_DIR: path.join(OUT, 'site'),
        SVELTEKIT_OUT_DIR: path.join(OUT, 'kit'),
      },
      maxBuffer: 64 * 1024 * 1024,
    },
  );
  [browser, site] = await Promise.all([
    launchChromium(),
    startSite({ dir: path.join(OUT, 'site'), base: BASE }),
  ]);
  // The build of the English pages alone: a sixth of the prerendering and compression of the
  // whole site's (which took up to 180 s on a loaded machine).
}, 420_000);

afterAll(async () => {
  await browser?.close();
  await site?.stop();
});

/** Every link on the page that leads within this site, as absolute URLs. */
async function internalLinks(page: Page): Promise<string[]> {
  const origin = new URL(site.url).origin;
  const links = await page.$$eval('a[href]', (anchors) =>
    anchors.map((anchor) => (anchor as HTMLAnchorElement).href),
  );
  return links.filter((link) => new URL(link).origin === origin);
}

function expectUnderBase(urls: string[]) {
  expect(urls.length).toBeGreaterThan(0);
  for (const url of urls) expect(url.startsWith(site.url), url).toBe(true);
}

describe(`the site built with BASE_PATH=${BASE}`, () => {
  // One tab for the pages: the first is loaded, the others are reached by a link (DuckDB stays
  // up, issue 24); each is also fetched, so every address is still served under the base.
  const open = () => sharedTabs(browser, site);
  let tab: ReturnType<typeof open>;
  beforeAll(() => {
    tab = open();
  });

  it('is served under the base', () => {
    expect(new URL(site.url).pathname).toBe(`${BASE}/`);
  });

  for (const address of PAGES) {
    const name = address.replace('/', '') || 'overview';
    it(`${name}: is served under the base, draws its charts, re-computes them with DuckDB, and links only within the base`, async () => {
      const response = await fetch(`${site.url}${address}`);
      expect(response.status).toBe(200);
      expect(await response.text()).toContain(`${BASE}/_app/`);
      const page = await tab(address);
      await waitForLiveViews(page);
      expect(await page.locator('svg[data-chart]').count()).toBeGreaterThan(0);
      expectUnderBase(await internalLinks(page));
      // The navigation marks where the reader is, under the base as at the root.
      const current = page.locator('nav a[aria-current="page"]');
      expect(await current.count()).toBe(1);
      expect(await current.evaluate((anchor) => (anchor as HTMLAnchorElement).href)).toBe(
        `${site.url}${address}`,
      );
      const watch = tab.watchOf(page);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });
  }

  it('workbench: DuckDB starts from the base and runs a query', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page, site.url);
    await page.goto(`${site.url}workbench/`);
    await page.locator('[data-testid="schema"] details').first().waitFor({ timeout: 60_000 });
    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText('SELECT count(*) AS n FROM missions');
    await page.keyboard.press('Control+Enter');
    await page.locator('[data-testid="result-grid"][data-rows="1"]').waitFor();
    expectUnderBase(await internalLinks(page));
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
    expect(watch.requests.some((url) => /duckdb.*\.wasm$/.test(url))).toBe(true);
    await page.close();
  });

  it('follows the navigation from page to page without leaving the base', async () => {
    const page = await tab('');
    const watch = tab.watchOf(page);
    await page
      .getByRole('navigation')
      .getByRole('link', { name: t('nav.missions') })
      .click();
    await page.waitForURL(`${site.url}missions/`);
    await waitForLiveViews(page);
    await page.getByRole('link', { name: t('app.title') }).click();
    await page.waitForURL(site.url);
    await waitForLiveViews(page);
    expect(watch.errors).toEqual([]);
    expect(watch.foreignRequests).toEqual([]);
  });

  it('answers an unknown deep link with the app’s own 404 page, drawn from the base', async () => {
    const page = await browser.newPage();
    const watch = watchPage(page, site.url);
    const response = await page.goto(`${site.url}nope/deeper`);
    expect(response?.status()).toBe(404);
    await page.getByRole('heading', { name: t('notFound.title') }).waitFor();
    const home = page.getByRole('link', { name: t('notFound.home') });
    expect(await home.evaluate((anchor) => (anchor as HTMLAnchorElement).href)).toBe(site.url);
    expectUnderBase(await internalLinks(page));
    expect(watch.requests.some((url) => url.includes(`${BASE}/_app/`))).toBe(true);
    // What a 404 logs by design: the browser notes the document's status, and Kit's default
    // client error handler reports the route it did not find. Nothing else may appear.
    const expected = [
      'Failed to load resource: the server responded with a status of 404 (Not Found)',
      `Not found: ${BASE}/nope/deeper`,
    ];
    expect(watch.errors.filter((error) => !expected.some((each) => error.includes(each)))).toEqual(
      [],
    );
    expect(watch.foreignRequests).toEqual([]);

    await home.click();
    await page.waitForURL(site.url);
    // The overview drawn from the base (its views were re-computed under the base above).
    await page.locator('main h1').waitFor();
    await page.close();
  });
});
