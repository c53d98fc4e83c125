#!/usr/bin/env node
// npm run bench: how soon the first chart is on screen compared with how long DuckDB-WASM
// takes to start and re-compute it, over several cold page loads in Chromium. Reports
// ratios within one run (machines are shared and noisy, so absolute times are context only).
import { createWriteStream, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchChromium } from './ensure-chromium.js';
import { serve } from './serve.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 7);

// Runs in the page before its HTML is parsed: records when the first bar exists and when
// the note under the chart says it was re-computed in the browser.
const recorder = () => {
  const times = /** @type {Record<string, number>} */ ({});
  Object.defineProperty(window, '__bench', { value: times });
  new MutationObserver(() => {
    if (!times.firstMark && document.querySelector('#reporting svg[role="img"] rect.mark')) {
      times.firstMark = performance.now();
    }
    const live = document.querySelector('#reporting [data-testid="live-status"]');
    if (!times.browserChart && live?.getAttribute('data-computed-in') === 'browser') {
      times.browserChart = performance.now();
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
};

const median = (/** @type {number[]} */ values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

const { server, url } = await serve(path.resolve('build'), { port: 0 });
const browser = await launchChromium();

const runs = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } }); // cold cache
  const page = await context.newPage();
  await page.addInitScript(recorder);
  await page.goto(`${url}register/`); // the regional reporting chart
  await page
    .locator('#reporting [data-testid="live-status"][data-computed-in="browser"]')
    .waitFor({ timeout: 60_000 });
  const sample = await page.evaluate(() => {
    const times = /** @type {Record<string, number>} */ (/** @type {any} */ (window).__bench);
    const paint = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      firstPaint: paint?.startTime ?? NaN,
      firstMark: times.firstMark,
      browserChart: times.browserChart,
    };
  });
  runs.push(sample);
  await context.close();
}
const upload = await benchUpload(browser, url);
await browser.close();
server.close();

const firstPaint = median(runs.map((r) => r.firstPaint));
const firstMark = median(runs.map((r) => r.firstMark));
const browserChart = median(runs.map((r) => r.browserChart));
const result = {
  runs: RUNS,
  medianMs: { firstPaint, firstMark, browserChart },
  // Below 1 means the chart is on screen before DuckDB-WASM could have drawn it.
  firstPaintOverBrowserChart: firstPaint / browserChart,
  samples: runs,
  upload,
};
mkdirSync('bench-results', { recursive: true });
writeFileSync('bench-results/bench.json', JSON.stringify(result, null, 2));
const ms = (/** @type {number} */ value) => `${Math.round(value)} ms`;
console.log(`cold loads: ${RUNS} (medians; absolute times depend on the machine)`);
console.log(`  first paint (chart included)          ${ms(firstPaint)}`);
console.log(`  first chart mark in the DOM           ${ms(firstMark)}`);
console.log(`  chart re-computed by DuckDB-WASM      ${ms(browserChart)}`);
console.log(
  `  ratio first paint / DuckDB chart      ${result.firstPaintOverBrowserChart.toFixed(3)}`,
);
console.log(
  `upload of a ${upload.megabytes.toFixed(1)} MB CSV, ${upload.rows.toLocaleString('en')} rows`,
);
console.log(`  file chosen -> table listed           ${ms(upload.loadMs)}`);
console.log(`  longest gap between frames meanwhile   ${ms(upload.longestFrameGapMs)}`);
console.log(
  `  ratio longest frame gap / load         ${upload.longestFrameGapOverLoad.toFixed(3)}`,
);

/**
 * The upload of a million-row CSV on the workbench: how long until the table is listed, and
 * the longest gap between animation frames meanwhile (the page must stay responsive while
 * DuckDB reads the file in its worker). Their ratio is the measure.
 * @param {import('playwright-core').Browser} browser
 * @param {string} url
 */
async function benchUpload(browser, url) {
  const rows = 1_000_000;
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'bench-')), 'bench_upload.csv');
  const out = createWriteStream(file);
  out.write('id,code,year,value,label\n');
  for (let start = 0; start < rows; start += 10_000) {
    let lines = '';
    for (let id = start; id < start + 10_000; id++) {
      lines += `${id},${String((id % 900) + 4).padStart(3, '0')},${2000 + (id % 25)},${(id * 0.37).toFixed(2)},label ${id} sample\n`;
    }
    if (!out.write(lines)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  const megabytes = out.bytesWritten / 1e6;

  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.goto(`${url}workbench/`);
  await page.locator('[data-testid="schema"] details').first().waitFor({ timeout: 60_000 });
  await page.setInputFiles('[data-testid="file-input"]', file);
  await page.locator('[data-testid="file-preview"] button.primary').waitFor();
  // The longest gap between animation frames: how long the page could not respond.
  await page.evaluate(() => {
    const state = { longest: 0, started: performance.now(), last: performance.now() };
    Object.defineProperty(window, '__upload', { value: state });
    const frame = (/** @type {number} */ now) => {
      state.longest = Math.max(state.longest, now - state.last);
      state.last = now;
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
  });
  await page.locator('[data-testid="file-preview"] button.primary').click();
  await page
    .locator('[data-testid="uploaded-tables"] tr[data-table="bench_upload"]')
    .waitFor({ timeout: 180_000 });
  const measured = await page.evaluate(() => {
    const state = /** @type {any} */ (window).__upload;
    return { loadMs: performance.now() - state.started, longestFrameGapMs: state.longest };
  });
  await context.close();
  return {
    rows,
    megabytes,
    ...measured,
    longestFrameGapOverLoad: measured.longestFrameGapMs / measured.loadMs,
  };
}
