import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EMBEDDABLE, embedPath } from '$lib/share/embed';
import {
  closeSuite,
  goByLink,
  openSuite,
  seriousViolations,
  tabTo,
  waitForLiveViews,
  watchPage,
  type PageWatch,
  type Site,
} from './harness';

// Embed and cite (issue 23, item 4): a chart panel's Embed button gives an <iframe> of a
// chart-only page under /embed/, which another site can frame and which draws the chart alone,
// under the site's CSP. The other site is a server of its own on another origin (127.0.0.1 and
// another port; a page Chromium is handed by a route counts as a public site, which Chromium's
// local network checks forbid to frame localhost).

let browser: Browser;
let site: Site;
let context: BrowserContext;
let embedder: Server;
let embedderUrl = '';
/** What the other site's page holds. */
let hostHtml = '';

beforeAll(async () => {
  ({ browser, site } = await openSuite({ data: false }));
  context = await openContext();
  embedder = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(
      `<!doctype html><html lang="en"><title>A report</title><h1>A report</h1>${hostHtml}</html>`,
    );
  });
  await new Promise<void>((done) => embedder.listen(0, '127.0.0.1', done));
  embedderUrl = `http://127.0.0.1:${(embedder.address() as AddressInfo).port}/`;
});

afterAll(async () => {
  await context.close();
  await closeSuite({ browser, site });
  await new Promise((done) => embedder.close(done));
});

type Recorder = { cspViolations: string[] };

/** axe-core's serious and critical violations on `page`, in its light and its dark theme. */
async function axeInBothThemes(page: Page): Promise<string[]> {
  const found: string[] = [];
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    found.push(...(await seriousViolations(page)).map((each) => `${colorScheme}: ${each}`));
  }
  await page.emulateMedia({ colorScheme: 'light' });
  return found;
}

/** The file's one context, whose every document and frame records the CSP violations it sees. */
async function openContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(() => {
    const seen: string[] = [];
    (globalThis as unknown as Recorder).cspViolations = seen;
    addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} blocked ${event.blockedURI}`),
    );
  });
  return context;
}

/** The embed code the panel `panel` of `page` offers, read from its box after pressing Embed. */
async function embedCodeOf(page: Page, panel: string): Promise<string> {
  const button = page.locator(`#${panel} [data-share="embed"]`);
  await button.click();
  expect(await button.getAttribute('aria-expanded')).toBe('true');
  const field = page.locator(`#${panel} [data-testid="embed-code"]`);
  await expect.poll(() => field.inputValue()).toMatch(/^<iframe /);
  return field.inputValue();
}

/** Another site's page holding `html`, and the frame of the chart-only page in it. */
async function embedIn(html: string): Promise<{ host: Page; frame: Frame }> {
  hostHtml = html;
  const host = await context.newPage();
  await host.goto(embedderUrl);
  await host.waitForSelector('iframe');
  let frame: Frame | undefined;
  await expect
    .poll(() => (frame = host.frames().find((each) => each.url().includes('/embed/'))))
    .toBeDefined();
  return { host, frame: frame! };
}

/** Every chart-only page, with the parameters of a page that holds its panel. */
const CHART_ONLY = Object.entries(EMBEDDABLE).flatMap(([route, panels]) =>
  panels.map((panel) => embedPath(route, { code: '16-4-2' }, panel)!.slice(1)),
);

describe('every chart-only page', () => {
  // One tab: the first page is loaded, the others reached by a link (DuckDB stays up), so
  // errors and CSP violations add up over all of them.
  let page: Page;
  let watch: PageWatch;
  afterAll(() => page?.close());

  for (const [index, address] of CHART_ONLY.entries()) {
    it(`/${address} draws its panel alone, under the CSP`, async () => {
      if (index === 0) {
        page = await context.newPage();
        watch = watchPage(page, site.url);
        await page.goto(`${site.url}${address}`);
      } else {
        await goByLink(page, `${site.url}${address}`);
      }
      await waitForLiveViews(page);
      expect(await page.locator('[data-panel]').count()).toBe(1);
      expect(await page.locator('[data-embedded] svg[data-chart]').count()).toBeGreaterThan(0);
      expect(await page.locator('h1:visible').count()).toBe(1);
      expect(await page.locator('nav, header, footer').count()).toBe(0);
      expect(await page.evaluate(() => (globalThis as unknown as Recorder).cspViolations)).toEqual(
        [],
      );
      expect(await axeInBothThemes(page)).toEqual([]);
      expect(watch.errors).toEqual([]);
    });
  }
});

describe('Embed', () => {
  it('on /register/, gives an <iframe> under /embed/ that another site shows: the chart alone, its title, sources and a link back, under the CSP', async () => {
    const page = await context.newPage();
    const watch = watchPage(page, site.url);
    await page.goto(`${site.url}register/?year=2003`);
    await waitForLiveViews(page);
    const title = await page.locator('#reporting-title').textContent();
    expect(title).toContain('2003');

    const code = await embedCodeOf(page, 'reporting');
    const src = new URL(/src="([^"]+)"/.exec(code)![1].replaceAll('&amp;', '&'));
    expect(src.origin).toBe(new URL(site.url).origin);
    expect(src.pathname).toBe('/embed/register/reporting/');
    expect(src.searchParams.get('year')).toBe('2003');
    expect(watch.errors).toEqual([]);

    const { host, frame } = await embedIn(code);
    const frameWatch = watchPage(host, site.url);
    await frame.waitForSelector('[data-testid="live-status"][data-computed-in="browser"]', {
      timeout: 60_000,
    });
    // The chart, drawn for the year in the link, and nothing of the site around it.
    expect(await frame.locator('svg[data-chart]').count()).toBe(1);
    expect(await frame.locator('svg[data-chart] rect').count()).toBeGreaterThan(0);
    expect(
      (await frame.locator('h1:visible').allTextContents()).map((each) => each.trim()),
    ).toEqual([title!.trim()]);
    expect(await frame.locator('nav, header, footer, .skip-link').count()).toBe(0);
    expect(await frame.locator('[data-panel]').count()).toBe(1);
    // What the register page draws beside its panels is not shown.
    expect(
      await frame
        .locator('main *:visible')
        .evaluateAll(
          (all) => all.filter((each) => each.matches('h1:not(.embed-title), .page-title')).length,
        ),
    ).toBe(0);
    expect(await frame.getByTestId('embed-sources').textContent()).toMatch(/Sources?: \S/);
    const back = new URL((await frame.getByTestId('embed-back').getAttribute('href'))!);
    expect(back.pathname).toBe('/register/');
    expect(back.searchParams.get('year')).toBe('2003');
    expect(await frame.getByTestId('embed-back').getAttribute('target')).toBe('_blank');
    // Under the policy its response sends, which lets another site frame it.
    const response = await context.request.get(src.href);
    expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors \*/);
    expect(await frame.evaluate(() => (globalThis as unknown as Recorder).cspViolations)).toEqual(
      [],
    );
    expect(frameWatch.errors).toEqual([]);
    await host.close();
    await page.close();
  });

  it('in Chinese, the code leads to /zh/embed/ and the chart-only page is in Chinese', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}zh/register/`);
    await waitForLiveViews(page);
    const code = await embedCodeOf(page, 'trend');
    expect(new URL(/src="([^"]+)"/.exec(code)![1]).pathname).toBe('/zh/embed/register/trend/');
    const { host, frame } = await embedIn(code);
    await frame.waitForSelector('svg[data-chart]');
    expect(await frame.locator('html').getAttribute('lang')).toBe('zh-Hans');
    expect(await frame.getByTestId('embed-back').textContent()).toContain('查看完整视图');
    await host.close();
    await page.close();
  });

  it('another page of the site cannot be framed by another site (frame-ancestors self)', async () => {
    const response = await context.request.get(`${site.url}register/`);
    expect(response.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'/);
  });

  it('opens and closes by keyboard, focus back on its button; Cite gives the title, site, address and sources', async () => {
    const page = await context.newPage();
    await page.goto(`${site.url}indicators/16-4-2/`);
    await waitForLiveViews(page);
    await tabTo(page, '#indicator [data-share="embed"]', 200);
    await page.keyboard.press('Enter');
    const box = page.locator('#indicator [data-testid="share-embed"]');
    await box.waitFor({ state: 'visible' });
    expect(await box.locator('textarea').inputValue()).toContain(
      '/embed/indicators/16-4-2/indicator/',
    );
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await box.waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-share'))).toBe(
      'embed',
    );

    await page.locator('#indicator [data-share="cite"]').click();
    expect(await axeInBothThemes(page)).toEqual([]);
    const cited = (await page.locator('#indicator [data-testid="cite-text"]').textContent())!;
    expect(cited).toContain('SDG 16.4 Arms Flows Dashboard');
    expect(cited).toContain(`${site.url}indicators/16-4-2/`);
    expect(cited).toMatch(/\(accessed \d{1,2} \w+ \d{4}\)\. Sources: \S/);
    await page.close();
  });
});
