import type { Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForWasmCodeCache } from '../../scripts/bench/second-visit.js';
import { launchChromiumProfile } from '../../scripts/ensure-chromium.js';
import { serve, stopServer } from '../../scripts/serve.js';

// A second visit needs neither DuckDB's wasm nor the database file from the server, and
// Chromium keeps the wasm's compiled code: it does so only for a module compiled from the
// response fetch() gave, not one wrapped in a stream (issue 24). V8 writes compiled code once
// enough of it is optimised (1 MB by default), which depends on how much a visit runs; the
// flags make it write whatever is optimised, so the test asks whether Chromium can cache the
// module, not whether one visit ran enough.
const jsFlags = ['--wasm-caching-threshold=1', '--wasm-caching-timeout-ms=10'];

let server: Server;
let url: string;
let userDataDir: string;
let context: BrowserContext;
const requested: string[] = [];

beforeAll(async () => {
  ({ server, url } = await serve(path.resolve('build'), { port: 0 }));
  server.on('request', (request) => requested.push(request.url ?? ''));
  userDataDir = await mkdtemp(path.join(os.tmpdir(), 'sdg-second-visit-'));
  context = await launchChromiumProfile(userDataDir, {}, { jsFlags });
});

afterAll(async () => {
  await context?.close();
  if (server) await stopServer(server);
  if (userDataDir) await rm(userDataDir, { recursive: true, force: true });
});

async function visit(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(url);
  await page
    .locator('[data-testid="database-status"][data-phase="ready"]')
    .waitFor({ state: 'attached', timeout: 60_000 });
  return page;
}

describe('a second visit in the same browser profile', () => {
  it("keeps DuckDB's compiled wasm after the first visit, and fetches neither the wasm, the database file nor the worker again", async () => {
    const first = await visit();
    const firstRequests = requested.splice(0);
    expect(firstRequests.some((each) => each.endsWith('.wasm'))).toBe(true);
    expect(firstRequests.some((each) => each.endsWith('.duckdb'))).toBe(true);
    expect(firstRequests.some((each) => /\.worker\.[^/]*\.js$/.test(each))).toBe(true);
    // Chromium writes the code a moment after the module has run.
    const codeCacheBytes = await waitForWasmCodeCache(userDataDir, { timeout: 20_000 });
    await first.close();
    expect(codeCacheBytes, 'bytes of compiled wasm code in the profile').toBeGreaterThan(0);

    const second = await visit();
    const again = requested.splice(0);
    // Nor DuckDB's worker: all three have names that follow their bytes, served immutable.
    expect(again.filter((each) => /\.(wasm|duckdb)$|\.worker\.[^/]*\.js$/.test(each))).toEqual([]);
    await second.close();
  });
});
