#!/usr/bin/env node
// npm run bench: how soon the first chart is on screen compared with how long DuckDB-WASM
// takes to start and re-compute it, over several cold page loads in Chromium. Reports
// ratios within one run (machines are shared and noisy, so absolute times are context only).
import { mkdirSync, writeFileSync } from 'node:fs';
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
