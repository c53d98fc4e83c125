import { statSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../scripts/serve.js';
import { launchChromium, waitForLiveViews } from './harness';

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
  await new Promise<void>((done) => server.close(() => done()));
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
