import type { Server } from 'node:http';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from '../../scripts/ensure-chromium.js';
import { serve } from '../../scripts/serve.js';

/** The built site (npm run build) served on a free port, as `npm start` serves it. */
export async function startSite(): Promise<{ url: string; stop: () => Promise<void> }> {
  const { server, url } = await serve(path.resolve('build'), { port: 0 });
  return { url, stop: () => close(server) };
}

function close(server: Server): Promise<void> {
  return new Promise((done) => server.close(() => done()));
}

/** Debian's Chromium, headless, without the background traffic a closed network refuses. */
export function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.js`.');
  return chromium.launch({
    executablePath,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
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
