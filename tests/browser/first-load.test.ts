import { readFileSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve, stopServer } from '../../scripts/serve.js';
import { launchChromium, waitForLiveViews } from './harness';
import { ar } from '$lib/i18n/ar';
import { readTranslations } from '$lib/i18n/data-text';
import { es } from '$lib/i18n/es';
import { fr } from '$lib/i18n/fr';
import { en } from '$lib/i18n/messages';
import { ru } from '$lib/i18n/ru';
import { zh } from '$lib/i18n/zh';

let browser: Browser;
let server: Server;
let url: string;
/** Every path the server was asked for, in order. */
const asked: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  ({ server, url } = await serve(path.resolve('build'), { port: 0 }));
  server.prependListener('request', (request) => asked.push(request.url ?? ''));
});
afterAll(async () => {
  await browser?.close();
  if (server) await stopServer(server);
});

describe('the first load of /', () => {
  it('comes compressed: the page, its scripts and styles, the wasm and the database file', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const encodings = new Map<string, string | undefined>();
    page.on('response', (response) => {
      encodings.set(new URL(response.url()).pathname, response.headers()['content-encoding']);
    });
    await page.goto(url);
    await waitForLiveViews(page);
    const of = (pattern: RegExp) => [...encodings].filter(([address]) => pattern.test(address));
    expect(encodings.get('/')).toBe('br');
    for (const pattern of [
      /\.js$/,
      /\.css$/,
      /duckdb-eh\.[^/]*\.wasm$/,
      /builtin\.[^/]*\.duckdb$/,
    ]) {
      const found = of(pattern);
      expect(found.length, String(pattern)).toBeGreaterThan(0);
      for (const [address, encoding] of found) {
        // A few bytes (Kit's 60-byte start.js) come out larger as brotli and are sent as they are.
        if (statSync(path.join('build', address)).size < 1024) continue;
        expect(encoding, address).toBe('br');
      }
    }
    await context.close();
  });

  it("starts the database file's download from the page's head, and fetches it and the wasm once each", async () => {
    asked.length = 0;
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(url);
    await waitForLiveViews(page);
    const preload = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('head link[rel="preload"]')].map((link) => ({
        href: new URL(link.href).pathname,
        as: link.getAttribute('as'),
        crossorigin: link.getAttribute('crossorigin'),
      })),
    );
    const database = preload.find((link) => /builtin\.[^/]*\.duckdb$/.test(link.href));
    expect(database).toMatchObject({ as: 'fetch', crossorigin: 'anonymous' });
    // The page's own record of the download: started by the <link>, not by a script.
    const started = await page.evaluate(
      (address) =>
        performance
          .getEntriesByType('resource')
          .filter((entry) => new URL(entry.name).pathname === address)
          .map((entry) => (entry as PerformanceResourceTiming).initiatorType),
      database!.href,
    );
    expect(started).toEqual(['link']);
    expect(asked.filter((address) => address === database!.href)).toHaveLength(1);
    expect(asked.filter((address) => /duckdb-eh\.[^/]*\.wasm$/.test(address))).toHaveLength(1);
    await context.close();
  });
});

describe("DuckDB's start", () => {
  it("starts DuckDB's worker and the download of its wasm while the app's own scripts are still on their way, and the app goes on with that worker (one worker, the wasm fetched once)", async () => {
    asked.length = 0;
    const context = await browser.newContext();
    const page = await context.newPage();
    // The app's entry scripts wait until the test lets them through.
    let release!: () => void;
    const released = new Promise<void>((done) => (release = done));
    await context.route(/\/_app\/immutable\/entry\//, async (route) => {
      await released;
      await route.continue();
    });
    const workerNames = async () =>
      Promise.all(page.workers().map((worker) => worker.evaluate(() => self.name).catch(() => '')));
    const wasm = (address: string) => /duckdb-eh\.[^/]*\.wasm$/.test(address);
    try {
      await page.goto(url, { waitUntil: 'commit' });
      await expect
        .poll(async () => (await workerNames()).includes('duckdb-dashboard'), { timeout: 30_000 })
        .toBe(true);
      await expect.poll(() => asked.some(wasm), { timeout: 30_000 }).toBe(true);
      // Nothing of the app has run yet: its entry scripts are held.
      expect(asked.some((address) => /\/_app\/immutable\/entry\//.test(address))).toBe(false);
      release();
      await waitForLiveViews(page);
      expect((await workerNames()).filter((name) => name === 'duckdb-dashboard')).toHaveLength(1);
      expect(asked.filter(wasm)).toHaveLength(1);
    } finally {
      release();
      await context.close();
    }
  });
});

describe("DuckDB's start when its worker dies", () => {
  it('starts DuckDB again when the worker started as the page arrived dies before the app has taken it over (its script not served the first time), and the views are computed', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    let refused = 0;
    await context.route(/duckdb-browser-eh\.worker\.[^/]*\.js$/, async (route) => {
      if (refused++ === 0) await route.fulfill({ status: 503, body: 'unavailable' });
      else await route.continue();
    });
    try {
      await page.goto(url);
      await waitForLiveViews(page);
      expect(refused).toBeGreaterThan(1);
      const status = page.locator('[data-testid="database-status"]').first();
      expect(await status.getAttribute('data-phase')).toBe('ready');
      expect(await status.getAttribute('data-crashes')).toBe('1');
    } finally {
      await context.close();
    }
  });
});

describe('the first load of a page in one language', () => {
  it('fetches the words of that language and of no other: its messages and its data texts', async () => {
    const catalogues: Record<string, Record<string, string>> = { zh, ar, fr, ru, es };
    const translations = readTranslations(readFileSync('data/translations.csv', 'utf8'));
    // Texts a script carries as written (nothing in them a bundler would escape).
    const plain = (text: string | undefined) =>
      !!text && text.length > 20 && !/["'`\\$]/.test(text);
    const others = Object.keys(catalogues);
    const message = Object.keys(en).find((key) =>
      others.every((locale) => plain(catalogues[locale][key])),
    )!;
    const dataKey = [...translations.keys()].find((key) =>
      others.every((locale) => plain(translations.get(key)!.get(locale))),
    )!;
    expect(message).toBeDefined();
    expect(dataKey).toBeDefined();

    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: Promise<string>[] = [];
    page.on('response', (response) => {
      if (/\.js$/.test(new URL(response.url()).pathname)) scripts.push(response.text());
    });
    await page.goto(`${url}fr/register/`);
    await waitForLiveViews(page);
    const fetched = (await Promise.all(scripts)).join('\n');
    await context.close();

    expect(fetched).toContain(catalogues.fr[message]);
    expect(fetched).toContain(translations.get(dataKey)!.get('fr'));
    for (const locale of others.filter((each) => each !== 'fr')) {
      expect(fetched.includes(catalogues[locale][message]), `${locale} ${message}`).toBe(false);
      const text = translations.get(dataKey)!.get(locale)!;
      expect(fetched.includes(text), `${locale} ${dataKey}`).toBe(false);
    }
  });
});
