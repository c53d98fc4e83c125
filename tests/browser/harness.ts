import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser, BrowserContextOptions, Page } from 'playwright-core';
import type { NodeDatabase } from '$lib/db/node.server';
import { dataDb } from '../data-db';
import { launchChromium as launch } from '../../scripts/ensure-chromium.js';
import { serve, stopServer } from '../../scripts/serve.js';
import { locales } from '$lib/paraglide/runtime.js';

/**
 * Chromium for the tests. V8 compiles DuckDB's wasm with its baseline compiler only: the tests
 * open about 240 pages, each compiling the 34 MB module, and the optimising tier it starts on
 * every load cost about 1.2 s of CPU a page (8.6 → 7.5 core-seconds for /register/ until its
 * views are re-computed, measured in issue 24); what a test checks does not depend on it. The
 * bench and the second-visit test launch Chromium as users run it.
 */
export const launchChromium = () => launch({ jsFlags: ['--liftoff-only'] });

/**
 * The built site (npm run build) served on a free port, as `npm start` serves it; or the build
 * in `dir` served under `base` (e.g. '/sdg'). `url` is the site's address, ending in a slash.
 */
export async function startSite({ dir = 'build', base = '' } = {}): Promise<{
  url: string;
  stop: () => Promise<void>;
}> {
  const { server, url } = await serve(path.resolve(dir), { port: 0, base });
  return { url, stop: () => stopServer(server) };
}

export type Site = Awaited<ReturnType<typeof startSite>>;
export type Suite = { browser: Browser; site: Site; db: NodeDatabase };

/**
 * What a browser test file needs: Chromium, the built site served as `npm start` serves it,
 * and DuckDB in node over data/ for the values pages must show (`data: false` for a file that
 * reads no values: writing and opening that database costs 2-7 s of CPU).
 */
export async function openSuite(options?: { data?: true }): Promise<Suite>;
export async function openSuite(options: { data: false }): Promise<Omit<Suite, 'db'>>;
export async function openSuite({ data = true } = {}): Promise<Partial<Suite>> {
  const [browser, site, db] = await Promise.all([
    sharedChromium(),
    startSite(),
    data ? dataDb() : undefined,
  ]);
  return { browser, site, db };
}

let shared: Browser | undefined;

/**
 * One Chromium for the test files one vitest worker runs in turn (they share modules: see
 * vite.config.ts), each file in contexts of its own, closed when it ends: a launch and close
 * cost about 1.5 s of CPU (10 launches took 23 CPU-s, 10 contexts in one Chromium 9; issue 24).
 * It is not closed: it exits a moment after its worker does, when the pipe to it closes (vitest
 * kills a worker 500 ms after asking it to stop). A Chromium that crashed is launched again for
 * the next file.
 */
async function sharedChromium(): Promise<Browser> {
  if (!shared?.isConnected()) shared = await launchChromium();
  return shared;
}

/** Ends a file's suite: the shared Chromium's contexts the file opened, or a Chromium of its own. */
export async function closeSuite(suite: Partial<Suite>): Promise<void> {
  if (suite.browser && suite.browser === shared) {
    await Promise.all(suite.browser.contexts().map((context) => context.close()));
  } else {
    await suite.browser?.close();
  }
  await suite.site?.stop();
}

/**
 * What a user would see of a page's state, in one line each: its address, DuckDB's phases, the
 * workbench's run, and any alert or error shown. Printed when a test fails, so a hang in CI
 * says where the page stood.
 */
export async function describePage(page: Page): Promise<string> {
  const shown = await page
    .evaluate(() => {
      const text = (selector: string) =>
        [...document.querySelectorAll<HTMLElement>(selector)].map((each) =>
          (each.innerText ?? '').trim().replace(/\s+/g, ' ').slice(0, 300),
        );
      const attributes = (selector: string, names: string[]) =>
        [...document.querySelectorAll(selector)].map((each) =>
          names.map((name) => `${name}=${each.getAttribute(name)}`).join(' '),
        );
      return {
        url: location.href.slice(0, 300),
        database: attributes('[data-testid="database-status"]', ['data-phase', 'data-crashes']),
        run: attributes('[data-testid="run-status"]', ['data-running']),
        runStatus: text('[data-testid="run-status"]'),
        runButton: [...document.querySelectorAll<HTMLButtonElement>('[data-testid="run"]')].map(
          (button) => (button.disabled ? 'disabled' : 'enabled'),
        ),
        linkNotice: text('[data-testid="link-notice"]'),
        errors: text('[data-testid="run-error"], [data-testid="database-alert"], [role="alert"]'),
      };
    })
    .catch((error: unknown) => ({ unreadable: String(error) }));
  return Object.entries(shown)
    .map(([name, value]) => `${name}: ${JSON.stringify(value)}`)
    .join('\n');
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
    // In the body, not in <main>: a chart-only page has none.
    const link = Object.assign(document.createElement('a'), { href });
    document.body.append(link);
    link.click();
    link.remove();
    return link.href;
  }, href);
  await page.waitForFunction((target) => {
    const [want, now] = [new URL(target), new URL(location.href)];
    want.searchParams.sort();
    now.searchParams.sort();
    // The navigation marks the page, or the section a page such as /countries/gbr/ is in
    // (the overview, /, /zh/…, is no section: every page would be in it).
    const current = document.querySelector<HTMLAnchorElement>('header nav a[aria-current="page"]');
    const marked = current ? new URL(current.href).pathname : null;
    const section = marked !== null && !/^\/(?:[a-z]{2}\/)?$/.test(marked);
    return (
      want.pathname === now.pathname &&
      want.search === now.search &&
      (marked === null || want.pathname === marked || (section && want.pathname.startsWith(marked)))
    );
  }, target);
  await page.locator(ready).first().waitFor();
  // Kit changes the address before it draws the new page: let it draw.
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/**
 * Reaches `url` (an address of the site) by a link, as a reader moves on (see `followLink`),
 * and waits until the new page's views are re-computed in the browser.
 */
export async function goByLink(page: Page, url: string): Promise<void> {
  await followLink(page, url, 'body');
  await waitForPageReady(page);
}

type Viewport = { width: number; height: number };

/**
 * A test file's tabs, one per language and screen size. `open(address)` loads the address the
 * first time, and after that reaches it by a link in the tab that already shows a page of the
 * site in that language (DuckDB stays up: a page load costs 2-5 s of DuckDB start-up, a link
 * 0.3-0.9 s). An address the tab already shows is loaded again, so nothing a test left on the
 * page (an open detail, focus) carries over. A test that closes its tab gets a new one.
 */
export function sharedTabs(browser: Browser, site: Site, options: BrowserContextOptions = {}) {
  const tabs = new Map<string, Page>();
  // What each tab did since it opened (errors, requests), over every test that used it.
  const watches = new WeakMap<Page, PageWatch>();
  async function open(
    address: string,
    viewport: Viewport = { width: 1280, height: 800 },
  ): Promise<Page> {
    const locale =
      locales.find((each) => each !== 'en' && new RegExp(`^${each}(/|\\?|#|$)`).test(address)) ??
      'en';
    const key = `${locale} ${viewport.width}x${viewport.height}`;
    const url = `${site.url}${address}`;
    const tab = tabs.get(key);
    const same = (a: string, b: string) => a.split('#')[0] === b.split('#')[0];
    if (tab && !tab.isClosed() && !same(tab.url(), url)) {
      await goByLink(tab, url);
      return tab;
    }
    const fresh = tab && !tab.isClosed() ? tab : await browser.newPage({ ...options, viewport });
    if (!watches.has(fresh)) watches.set(fresh, watchPage(fresh, site.url));
    tabs.set(key, fresh);
    await fresh.goto(url);
    await waitForPageReady(fresh);
    return fresh;
  }
  return Object.assign(open, { watchOf: (page: Page) => watches.get(page)! });
}

const requireHere = createRequire(import.meta.url);
const axeSource = readFileSync(requireHere.resolve('axe-core/axe.min.js'), 'utf8');

/**
 * The axe-core rules whose impact axe fixes at moderate or minor: axe gives every finding of
 * such a rule the rule's own impact, so they never report a serious or critical violation, and
 * running them took 15-35 % of a run on a page with large tables. (Rules without a fixed
 * impact, and all of them if axe's rule list is not where it was, still run.)
 */
export const rulesBelowSerious: string[] = (
  (requireHere('axe-core') as { _audit?: { rules?: { id: string; impact?: string }[] } })._audit
    ?.rules ?? []
)
  .filter((rule) => rule.impact === 'moderate' || rule.impact === 'minor')
  .map((rule) => rule.id);
type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };

/**
 * Runs axe-core in the page (added once per document: a link keeps it); the serious and
 * critical violations, each with its elements.
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const violations = await page.evaluate(async (skipped) => {
    const axe = (window as unknown as { axe: { run: (...args: unknown[]) => Promise<unknown> } })
      .axe;
    const rules = Object.fromEntries(skipped.map((id) => [id, { enabled: false }]));
    const result = (await axe.run(document, { resultTypes: ['violations'], rules })) as {
      violations: Violation[];
    };
    return result.violations.map(({ id, impact, help, nodes }) => ({
      id,
      impact,
      help,
      nodes: nodes.map((node) => ({ target: node.target })),
    }));
  }, rulesBelowSerious);
  return violations
    .filter((each) => each.impact === 'serious' || each.impact === 'critical')
    .map(
      (each) =>
        `${each.impact} ${each.id} (${each.help}): ${each.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
}
