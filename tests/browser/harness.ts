import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { launchChromium } from '../../scripts/ensure-chromium.js';
import { serve } from '../../scripts/serve.js';

export { launchChromium };

/**
 * The built site (npm run build) served on a free port, as `npm start` serves it; or the build
 * in `dir` served under `base` (e.g. '/sdg'). `url` is the site's address, ending in a slash.
 */
export async function startSite({ dir = 'build', base = '' } = {}): Promise<{
  url: string;
  stop: () => Promise<void>;
}> {
  const { server, url } = await serve(path.resolve(dir), { port: 0, base });
  return { url, stop: () => close(server) };
}

export type Site = Awaited<ReturnType<typeof startSite>>;
export type Suite = { browser: Browser; site: Site; db: NodeDatabase };

/**
 * What a browser test file needs: Chromium, the built site served as `npm start` serves it,
 * and DuckDB in node over data/ for the values pages must show.
 */
export async function openSuite(): Promise<Suite> {
  const [browser, site, db] = await Promise.all([
    launchChromium(),
    startSite(),
    openNodeDb(path.resolve('data')),
  ]);
  return { browser, site, db };
}

export async function closeSuite(suite: Partial<Suite>): Promise<void> {
  await suite.browser?.close();
  await suite.site?.stop();
}

function close(server: Server): Promise<void> {
  return new Promise((done) => server.close(() => done()));
}

/** What a page did that a user would not want: console errors, uncaught errors, requests to other origins. */
export type PageWatch = { errors: string[]; requests: string[]; foreignRequests: string[] };

export function watchPage(page: Page, origin: string): PageWatch {
  const watch: PageWatch = { errors: [], requests: [], foreignRequests: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') watch.errors.push(message.text());
  });
  page.on('pageerror', (error) => watch.errors.push(error.message));
  // Requests of the page's workers (DuckDB fetches its wasm from one) arrive here too.
  page.on('request', (request) => {
    const url = request.url();
    watch.requests.push(url);
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      watch.foreignRequests.push(url);
    }
  });
  return watch;
}

/** Waits until every view on the page has been re-computed by DuckDB in the browser. */
export async function waitForLiveViews(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const statuses = [...document.querySelectorAll<HTMLElement>('[data-testid="live-status"]')];
      return statuses.length > 0 && statuses.every((each) => each.dataset.computedIn === 'browser');
    },
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Waits until the page is ready to look at: every view re-computed by DuckDB in the browser,
 * or, on the workbench (which has no prerendered views), its catalogue of tables listed, or, on
 * a page without views (the data page), DuckDB ready.
 */
export async function waitForPageReady(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const statuses = [...document.querySelectorAll<HTMLElement>('[data-testid="live-status"]')];
      const live = statuses.every((each) => each.dataset.computedIn === 'browser');
      const workbench = document.querySelector('[data-testid="schema"] details');
      // A page with no views to re-compute (the data page, an indicator with no values yet):
      // ready once DuckDB is up, since its table counts and links come from it.
      const databaseReady =
        document.querySelector('[data-testid="database-status"][data-phase="ready"]') !== null;
      return (
        (statuses.length > 0 && live) ||
        workbench !== null ||
        (statuses.length === 0 && databaseReady)
      );
    },
    undefined,
    { timeout: 60_000 },
  );
}

/**
 * Presses Tab until the focused element matches `selector`, as a keyboard user would reach it;
 * fails if it is not reached within `limit` presses.
 */
export async function tabTo(page: Page, selector: string, limit = 120): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (
      await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)
    ) {
      return;
    }
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} was not reached with ${limit} presses of Tab`);
}

/**
 * Follows a link to `href` (a query string, or a page's address) as a link on the page does:
 * the client router, no reload, so the page's DuckDB stays up. Then waits for `ready` and for
 * the next frame to be drawn.
 */
export async function followLink(page: Page, href: string, ready: string): Promise<void> {
  const target = await page.evaluate((href) => {
    const link = Object.assign(document.createElement('a'), { href });
    document.querySelector('main')!.append(link);
    link.click();
    link.remove();
    return link.href;
  }, href);
  await page.waitForFunction((target) => {
    const [want, now] = [new URL(target), new URL(location.href)];
    want.searchParams.sort();
    now.searchParams.sort();
    const current = document.querySelector('header nav a[aria-current="page"]');
    return (
      want.pathname === now.pathname &&
      want.search === now.search &&
      (current === null || new URL((current as HTMLAnchorElement).href).pathname === want.pathname)
    );
  }, target);
  await page.locator(ready).first().waitFor();
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}
