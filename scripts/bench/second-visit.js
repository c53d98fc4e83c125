// Second visits: one person's browser coming back. A Chromium profile of its own (HTTP cache
// and code cache on disk) visits the same page three times, each in a new tab once the one
// before has closed.
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { launchChromiumProfile } from '../ensure-chromium.js';
import { loadRecorder } from './page-hooks.js';

/** Where Chromium keeps the compiled code of wasm modules in a profile. */
export function wasmCodeCacheDir(/** @type {string} */ userDataDir) {
  return path.join(userDataDir, 'Default', 'Code Cache', 'wasm');
}

/** Bytes of compiled wasm code the profile in `userDataDir` holds (0 when none; the index is not counted). */
export async function wasmCodeCacheBytes(/** @type {string} */ userDataDir) {
  const dir = wasmCodeCacheDir(userDataDir);
  let names;
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let bytes = 0;
  for (const name of names) {
    if (name === 'index') continue;
    const info = await stat(path.join(dir, name)).catch(() => undefined);
    if (info?.isFile()) bytes += info.size;
  }
  return bytes;
}

/**
 * Waits until the profile holds more than `atLeast` bytes of compiled wasm code, up to
 * `timeout` ms; resolves to the bytes it holds then. Chromium writes the code once V8 has
 * optimised enough of the module's hot functions (1 MB of optimised code by default, then 2 s),
 * so a short visit may leave none.
 */
export async function waitForWasmCodeCache(
  /** @type {string} */ userDataDir,
  { atLeast = 0, timeout = 5_000 } = {},
) {
  const until = Date.now() + timeout;
  let bytes = await wasmCodeCacheBytes(userDataDir);
  while (bytes <= atLeast && Date.now() < until) {
    await new Promise((done) => setTimeout(done, 250));
    bytes = await wasmCodeCacheBytes(userDataDir);
  }
  return bytes;
}

/**
 * Three visits to `path` in one new profile: when DuckDB was ready on each (ms from
 * navigation), and how much compiled wasm code the profile held after the first. Before the
 * second visit the first tab stays open until Chromium has written compiled code (or 5 s): a
 * person's second visit comes later than a script's.
 * @param {string} url  the site, ending in a slash
 * @param {string} [pagePath]
 */
export async function secondVisitSample(url, pagePath = '') {
  const userDataDir = await mkdtemp(path.join(os.tmpdir(), 'sdg-bench-profile-'));
  const context = await launchChromiumProfile(userDataDir, {
    viewport: { width: 1280, height: 800 },
  });
  try {
    /** @type {number[]} */
    const ready = [];
    let codeCacheBytes = 0;
    for (let visit = 0; visit < 3; visit++) {
      const page = await context.newPage();
      await page.addInitScript(loadRecorder);
      await page.goto(`${url}${pagePath}`);
      await page.waitForFunction(
        () => /** @type {any} */ (window).__bench.ready !== undefined,
        undefined,
        { timeout: 90_000 },
      );
      ready.push(await page.evaluate(() => /** @type {any} */ (window).__bench.ready));
      if (visit === 0) codeCacheBytes = await waitForWasmCodeCache(userDataDir);
      await page.close();
    }
    return { first: ready[0], second: ready[1], third: ready[2], codeCacheBytes };
  } finally {
    await context.close();
    await rm(userDataDir, { recursive: true, force: true });
  }
}
