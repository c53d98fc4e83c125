import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitePages } from '$lib/pages';
import { closeSuite, openSuite, waitForLiveViews, watchPage, type Site } from './harness';

/** Every page, and the missions page with its world map shown. */
const PAGES = [...sitePages.map((page) => page.path.slice(1)), 'missions/?missions=map'];

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ browser, site } = await openSuite({ data: false }));
});

afterAll(() => closeSuite({ browser, site }));

type Violation = { directive: string; blocked: string; source: string; sample: string };
type Watched = {
  page: Page;
  violations: () => Promise<string[]>;
  /** From now on: what the console reports, and the documents' and workers' own records. */
  since: () => () => Promise<string[]>;
  errors: string[];
};
type Recorder = { cspViolations: Violation[] };

/** Records the `securitypolicyviolation` events of a window or a worker into `cspViolations`. */
const recordViolations = () => {
  const scope = globalThis as unknown as Recorder & EventTarget;
  const seen: Violation[] = [];
  scope.cspViolations = seen;
  scope.addEventListener('securitypolicyviolation', (event) => {
    const each = event as SecurityPolicyViolationEvent;
    seen.push({
      directive: each.violatedDirective,
      blocked: each.blockedURI,
      source: `${each.sourceFile}:${each.lineNumber}`,
      sample: each.sample,
    });
  });
};

const described = () =>
  (globalThis as unknown as Recorder).cspViolations.map(
    (each) => `${each.directive} blocked ${each.blocked} in ${each.source}: ${each.sample}`,
  );

/**
 * A page that records every CSP violation: the `securitypolicyviolation` events of its
 * document (from before its first script runs) and of its workers (from when each starts),
 * and the browser's console reports of refused content.
 */
async function watchedPage(context: BrowserContext): Promise<Watched> {
  const page = await context.newPage();
  const reported: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) reported.push(message.text());
  });
  const workers: Worker[] = [];
  page.on('worker', (worker) => {
    workers.push(worker);
    void worker.evaluate(recordViolations).catch(() => {});
  });
  const { errors } = watchPage(page, site.url);
  const violations = async () => [
    ...reported,
    ...(await page.evaluate(described)),
    ...(
      await Promise.all(workers.map((worker) => worker.evaluate(described).catch(() => [])))
    ).flat(),
  ];
  const since = () => {
    const [reportedBefore, workersBefore] = [reported.length, workers.length];
    return async () => [
      ...reported.slice(reportedBefore),
      ...(await page.evaluate(described)),
      ...(
        await Promise.all(
          workers.slice(workersBefore).map((worker) => worker.evaluate(described).catch(() => [])),
        )
      ).flat(),
    ];
  };
  return { page, violations, since, errors };
}

async function newContext(): Promise<BrowserContext> {
  const context = await browser.newContext({ acceptDownloads: true });
  await context.addInitScript(recordViolations);
  return context;
}

/** The policy the page is under: its <meta> tag, which Kit writes into every prerendered page. */
async function metaPolicy(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      document
        .querySelector('meta[http-equiv="content-security-policy" i]')
        ?.getAttribute('content') ?? '',
  );
}

function expectStrict(policy: string) {
  const directives = new Map(
    policy
      .split(';')
      .map((each) => each.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );
  const scripts = directives.get('script-src') ?? [];
  expect(scripts).toContain("'self'");
  expect(scripts).not.toContain("'unsafe-inline'");
  expect(scripts).not.toContain("'unsafe-eval'");
  expect(scripts.some((value) => value.startsWith("'sha256-"))).toBe(true);
  expect(directives.get('default-src')).toEqual(["'self'"]);
  expect(directives.get('connect-src')).toEqual(["'self'"]);
  expect(directives.get('object-src')).toEqual(["'none'"]);
}

/** Waits for `work`, but fails at once, naming what was refused, if the CSP refuses anything first. */
async function unlessRefused(violations: Watched['violations'], work: Promise<unknown>) {
  let finished = false;
  const refused = (async () => {
    while (!finished) {
      const seen = await violations();
      if (seen.length > 0) throw new Error(`refused by the CSP:\n${seen.join('\n')}`);
      await new Promise((tick) => setTimeout(tick, 200));
    }
  })();
  try {
    await Promise.race([work, refused]);
  } finally {
    finished = true;
  }
}

async function download(page: Page, selector: string): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  return readFileSync((await file.path())!);
}

describe('the Content-Security-Policy', () => {
  // One tab loads every page in turn: each load is a new document with its own policy, and
  // what a load reports is counted from that load on (a new tab in a new context for each
  // page cost twice the CPU of a load in a tab already open).
  let tab: (Watched & { context: BrowserContext }) | undefined;
  afterAll(() => tab?.context.close());

  for (const address of PAGES) {
    it(`/${address}: is strict, and the page, DuckDB and its charts run under it with no violation`, async () => {
      if (!tab) {
        const context = await newContext();
        tab = { ...(await watchedPage(context)), context };
      }
      const { page, errors } = tab;
      errors.length = 0;
      const violations = tab.since();
      const response = await page.goto(`${site.url}${address}`);
      expectStrict(await metaPolicy(page));
      expectStrict(response?.headers()['content-security-policy'] ?? '');
      if (address === 'workbench/') {
        await page.locator('[data-testid="schema"] details').first().waitFor({ timeout: 60_000 });
      } else if (address === 'data/') {
        // No charts: DuckDB's list of its tables is what runs there.
        await page
          .locator('[data-testid="database-status"][data-phase="ready"] li[data-table]')
          .first()
          .waitFor({ timeout: 60_000 });
      } else {
        await waitForLiveViews(page);
        // A page without charts (the countries index) shows its re-computed view as a table.
        const charts = sitePages.find((each) => each.path === `/${address.split('?')[0]}`)?.charts;
        const drawn = charts === false ? 'main table tbody tr' : 'svg[data-chart]';
        expect(await page.locator(drawn).count()).toBeGreaterThan(0);
      }
      if (address.includes('missions=map')) {
        expect(await page.locator('#missions-panel-map path.country').count()).toBeGreaterThan(100);
      }
      expect(await violations()).toEqual([]);
      expect(errors).toEqual([]);
    });
  }

  it('holds in the DuckDB worker too: the worker refuses what its policy forbids yet compiles and runs its wasm', async () => {
    const context = await newContext();
    const { page, violations } = await watchedPage(context);
    const workerResponse = page.waitForResponse((response) => /worker/.test(response.url()));
    await page.goto(`${site.url}register/`);
    await waitForLiveViews(page);
    // A worker does not inherit its page's <meta> policy: it runs under its own response's.
    const policy = (await workerResponse).headers()['content-security-policy'] ?? '';
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
    expect(policy).toContain("connect-src 'self'");
    expect(await violations()).toEqual([]);

    // The views above were computed by DuckDB's wasm in this worker; and the worker's policy is
    // in force: a request to another origin is refused and reported.
    const [worker] = page.workers();
    expect(worker, 'the DuckDB worker').toBeDefined();
    const refused = await worker.evaluate(async () => {
      const seen = new Promise<string>((done) =>
        globalThis.addEventListener('securitypolicyviolation', (event) =>
          done((event as SecurityPolicyViolationEvent).effectiveDirective),
        ),
      );
      await fetch('http://127.0.0.1:9/elsewhere').catch(() => {});
      return seen;
    });
    expect(refused).toBe('connect-src');
    await context.close();
  });

  it('the workbench loads a file, runs a query, exports CSV and Parquet and saves its chart as SVG and PNG with no violation', async () => {
    const context = await newContext();
    const { page, violations, errors } = await watchedPage(context);
    await page.goto(`${site.url}workbench/`);
    expectStrict(await metaPolicy(page));
    await page.locator('[data-testid="schema"] details').first().waitFor({ timeout: 60_000 });

    const csv = path.join(mkdtempSync(path.join(tmpdir(), 'csp-')), 'seized.csv');
    writeFileSync(csv, 'country,year,weapons\nMali,2020,3\nNiger,2020,5\nChad,2021,2\n');
    await page.setInputFiles('[data-testid="file-input"]', [csv]);
    const preview = page.locator('[data-testid="file-preview"][data-file="seized.csv"]');
    await preview.locator('button.primary').click();
    await unlessRefused(
      violations,
      page.locator('[data-testid="uploaded-tables"] [data-table="seized"]').waitFor(),
    );

    await page.locator('.cm-content').click();
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Delete');
    await page.keyboard.insertText(
      'SELECT country, sum(weapons) AS weapons FROM seized GROUP BY country ORDER BY country',
    );
    await page.keyboard.press('Control+Enter');
    await unlessRefused(
      violations,
      page.locator('[data-testid="result-grid"][data-rows="3"]').waitFor(),
    );

    expect((await download(page, '[data-export="csv"]')).toString('utf8')).toContain('Mali');
    const parquet = await download(page, '[data-export="parquet"]');
    expect(parquet.subarray(0, 4).toString('latin1')).toBe('PAR1');

    await page.locator('[data-testid="chart-builder"] input[value="bar"]').check();
    await page.locator('[data-testid="chart-builder"] svg[data-chart] .bar').first().waitFor();
    const svg = await download(page, '[data-testid="chart-builder"] [data-download="svg"]');
    expect(svg.toString('utf8').startsWith('<svg')).toBe(true);
    const png = await download(page, '[data-testid="chart-builder"] [data-download="png"]');
    expect([...png.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);

    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
