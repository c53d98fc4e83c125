#!/usr/bin/env node
// npm run bench: the app beside the same work done by its engine alone, in one run. Each run
// takes one sample of every measure, in fresh browser contexts (cold caches, empty storage),
// in an order that flips every run (interleaved pairs); the table gives medians and the median
// of the pairs' ratios, with PASS/FAIL against the budgets of issues 14 and 24. It reports and
// exits 0 whatever the verdicts: machines are shared and noisy, so ratios within one run are
// the measure and absolute times are context. BENCH_RUNS sets the number of runs (at least 5).
// BENCH_ONLY=second-visit (a comma-separated list of step names) takes only those steps and
// reports only their rows.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildBarePage } from './bench/bare.js';
import { writeBenchCsv } from './bench/csv.js';
import { bareSample, coldLoad, facetSample, uploadSample } from './bench/measures.js';
import { nativeReadCsv } from './bench/native.js';
import { secondVisitSample } from './bench/second-visit.js';
import { markdownTable, row } from './bench/report.js';
import { interleave } from './bench/stats.js';
import { decodedBytes, wireBytes } from './bench/wire.js';
import { launchChromium } from './ensure-chromium.js';
import { serve, stopServer } from './serve.js';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 5));
const ONLY = process.env.BENCH_ONLY ? process.env.BENCH_ONLY.split(',') : undefined;
const site = path.resolve('build');
const began = performance.now();
const log = (/** @type {string} */ line) =>
  console.log(`[bench ${((performance.now() - began) / 1000).toFixed(0).padStart(4)} s] ${line}`);

// BENCH_ROWS: a smaller file for a quick try of the bench itself (the budgets are for 1M).
// The second visit needs neither the CSV nor the bare page: a run of it alone skips them.
const onlyVisits = ONLY?.every((name) => name === 'second-visit') ?? false;
const csv = await writeBenchCsv(onlyVisits ? 10 : Number(process.env.BENCH_ROWS ?? 1_000_000));
log(`wrote ${csv.file}: ${csv.rows.toLocaleString('en')} rows, ${(csv.bytes / 1e6).toFixed(1)} MB`);
const bare = await buildBarePage(site);
log(`bare page: /${bare.path.split('?')[0]} with ${bare.worker} and ${bare.wasm}`);
const { server, url } = await serve(site, { port: 0 });
const browser = await launchChromium();

/** @type {Record<string, any[]>} */
const samples = {
  home: [],
  register: [],
  bare: [],
  bareUpload: [],
  upload: [],
  facet: [],
  secondVisit: [],
  native1: [],
  nativeAll: [],
};
/** @type {{ run: number, step: string, error: string }[]} */
const failures = [];
try {
  for (let run = 0; run < RUNS; run++) {
    /** @type {[string, () => Promise<void>][]} */
    const steps = [
      [
        'bare page',
        async () => void samples.bare.push(await bareSample(browser, url, bare.path, csv.file)),
      ],
      [
        "bare page, the upload's read",
        async () =>
          void samples.bareUpload.push(
            await bareSample(browser, url, `${bare.path}&read=upload`, csv.file),
          ),
      ],
      [
        'native DuckDB',
        async () => {
          samples.native1.push(await nativeReadCsv(csv.file, 1));
          samples.nativeAll.push(await nativeReadCsv(csv.file, undefined));
        },
      ],
      [
        'cold /',
        async () => void samples.home.push(await coldLoad(browser, url, '', { bytes: run === 0 })),
      ],
      [
        'cold /register/',
        async () => void samples.register.push(await coldLoad(browser, url, 'register/')),
      ],
      [
        'upload',
        async () => void samples.upload.push(await uploadSample(browser, url, csv.file, csv.rows)),
      ],
      ['missions facet', async () => void samples.facet.push(await facetSample(browser, url))],
      ['second visit', async () => void samples.secondVisit.push(await secondVisitSample(url))],
    ];
    const chosen = steps.filter(([name]) => !ONLY || ONLY.includes(name.replaceAll(' ', '-')));
    for (const [name, step] of interleave(run, chosen)) {
      const started = performance.now();
      try {
        await step();
      } catch (error) {
        // One sample that times out on a loaded machine should not lose the whole run: say so
        // and take it again (a second failure ends the bench, with the error).
        log(`run ${run + 1}/${RUNS}: ${name} failed (${String(error).split('\n')[0]}); again`);
        failures.push({ run: run + 1, step: name, error: String(error).split('\n')[0] });
        await step();
      }
      log(
        `run ${run + 1}/${RUNS}: ${name} (${((performance.now() - started) / 1000).toFixed(1)} s)`,
      );
    }
  }
} finally {
  await browser.close();
  await stopServer(server);
  bare.remove();
  rmSync(csv.dir, { recursive: true, force: true });
}

const of = (/** @type {any[]} */ list, /** @type {string} */ key) => list.map((each) => each[key]);
const visits = samples.secondVisit;
const secondVisitRows = [
  row('second visit to `/`, DuckDB ready (same profile)', of(visits, 'second'), {
    engine: of(visits, 'first'),
    engineLabel: 'first visit',
    budget: { limit: 0.5, of: 'ratio', text: '≤ 0.5x' },
  }),
  row('third visit to `/`, DuckDB ready (same profile)', of(visits, 'third'), {
    engine: of(visits, 'first'),
    engineLabel: 'first visit',
    budget: { limit: 0.5, of: 'ratio', text: '≤ 0.5x' },
  }),
  row(
    'compiled wasm code in the profile after the first visit',
    of(visits, 'codeCacheBytes').map((bytes) => bytes / 1e6),
    { unit: 'MB' },
  ),
];
/**
 * A page's DuckDB ready and its views re-computed, against the bare page.
 * @param {string} name
 * @param {any[]} page
 */
const pageRows = (name, page) => [
  row(`${name} DuckDB ready`, of(page, 'ready'), {
    engine: of(samples.bare, 'ready'),
    engineLabel: 'bare page',
  }),
  row(`${name} views re-computed by DuckDB`, of(page, 'views'), {
    engine: of(samples.bare, 'ready'),
    engineLabel: 'bare page',
    budget: { limit: 1.2, of: 'ratio', text: '≤ 1.2x' },
  }),
];
if (ONLY) {
  // The steps taken, with what each is measured against: the pages need the bare page's.
  const withBare = samples.bare.length > 0;
  const chosenRows = [
    ...(withBare && samples.home.length > 0 ? pageRows('`/`', samples.home) : []),
    ...(withBare && samples.register.length > 0 ? pageRows('`/register/`', samples.register) : []),
    ...(ONLY.includes('second-visit') ? secondVisitRows : []),
  ];
  const table = markdownTable(chosenRows);
  mkdirSync('bench-results', { recursive: true });
  // Step names hold slashes (cold-/register/): the file is named without them.
  const out = path.resolve(`bench-results/bench-${ONLY.join('+').replace(/[^\w+-]+/g, '')}.json`);
  writeFileSync(
    out,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        runs: RUNS,
        only: ONLY,
        failures,
        rows: chosenRows,
        table,
        samples,
      },
      null,
      2,
    ),
  );
  console.log('');
  console.log(table);
  console.log('');
  console.log(
    `${RUNS} runs of ${ONLY.join(', ')} only, medians; ratio = median of the pairs' ratios. Chromium ${browser.version()}, load average at the end ${os
      .loadavg()
      .map((each) => each.toFixed(2))
      .join(' ')}. Written: ${out}`,
  );
  log('done');
  process.exit(0);
}
const { home, register, upload, facet, native1, nativeAll } = samples;
const bareCsv = of(samples.bare, 'readCsvMs');
// What a page that re-reads the CSV would take after a reload: start DuckDB, then read_csv.
const bareStartAndCsv = samples.bare.map((each) => each.ready + each.readCsvMs);
const transfers = /** @type {import('./bench/measures.js').Transfer[]} */ (home[0].transfers);
const scripts = transfers.filter((each) => each.type === 'script');
const sum = (/** @type {number[]} */ values) => values.reduce((total, value) => total + value, 0);
const wireMB = sum(transfers.map((each) => wireBytes(site, each))) / 1e6;
const decodedMB = sum(transfers.map((each) => decodedBytes(site, each))) / 1e6;
const scriptWireMB = sum(scripts.map((each) => wireBytes(site, each))) / 1e6;
const scriptDecodedMB = sum(scripts.map((each) => decodedBytes(site, each))) / 1e6;
const wasm = transfers.find((each) => each.url.endsWith('.wasm'));
const acceptEncoding = transfers.find((each) => each.acceptEncoding)?.acceptEncoding ?? '';
const encodings = [...new Set(transfers.map((each) => each.encoding))].join(', ');
const megabytes = (csv.bytes / 1e6).toFixed(1);
const threadsAll = nativeAll[0]?.threads;

const rows = [
  row('`/` first paint', of(home, 'firstPaint')),
  row('`/` first chart mark (vs its DuckDB-computed views)', of(home, 'firstMark'), {
    engine: of(home, 'views'),
    engineLabel: 'views re-computed',
    budget: { limit: 0.1, of: 'ratio', text: '≤ 0.1x' },
  }),
  row('`/register/` first paint', of(register, 'firstPaint')),
  row('`/register/` first chart mark (vs its DuckDB-computed views)', of(register, 'firstMark'), {
    engine: of(register, 'views'),
    engineLabel: 'views re-computed',
    budget: { limit: 0.1, of: 'ratio', text: '≤ 0.1x' },
  }),
  ...pageRows('`/`', home),
  ...pageRows('`/register/`', register),
  row(`upload ${megabytes} MB, click Load → table listed`, of(upload, 'listedMs'), {
    engine: bareCsv,
    engineLabel: 'WASM read_csv',
  }),
  row('upload, click Load → listed and queryable', of(upload, 'queryableMs'), {
    engine: bareCsv,
    engineLabel: 'WASM read_csv',
    budget: { limit: 1.25, of: 'ratio', text: '≤ 1.25x' },
  }),
  row('same', of(upload, 'queryableMs'), {
    engine: of(native1, 'readCsvMs'),
    engineLabel: 'native, 1 thread',
    budget: { limit: 2.5, of: 'ratio', text: '≤ 2.5x' },
  }),
  row('same', of(upload, 'queryableMs'), {
    engine: of(nativeAll, 'readCsvMs'),
    engineLabel: `native, ${threadsAll} threads`,
  }),
  // An upload reads with the dialect its preview found and types each column by all its
  // values (src/lib/upload/types.ts), which read_csv's defaults do not: the engine alone
  // running the upload's own statement, the first read in a fresh page as the app's is.
  row('same', of(upload, 'queryableMs'), {
    engine: of(samples.bareUpload, 'readCsvMs'),
    engineLabel: "WASM, the upload's own read_csv",
  }),
  row('kept table after a reload → queryable', of(upload, 'restoreQueryableMs'), {
    engine: bareStartAndCsv,
    engineLabel: 'bare page: start + read_csv',
    budget: { limit: 1.5, of: 'ratio', text: '≤ 1.5x' },
  }),
  row('kept table after a reload → named in the list', of(upload, 'restoreNamedMs')),
  row('kept table after a reload → listed, loaded', of(upload, 'restoreListedMs')),
  row(
    `GROUP BY chart over ${csv.rows.toLocaleString('en')} rows, Run → drawn`,
    of(upload, 'groupByChartMs'),
    {
      engine: of(samples.bare, 'groupByMs'),
      engineLabel: 'WASM query',
      budget: { limit: 1.5, of: 'ratio', text: '≤ 1.5x' },
    },
  ),
  row('missions facet click → redrawn', of(facet, 'facetMs')),
  ...secondVisitRows,
  row(
    'longest main-thread task during the upload (0: none of 50 ms or more)',
    of(upload, 'longestTaskMs'),
    {
      budget: { limit: 100, of: 'app', text: '≤ 100 ms' },
    },
  ),
  row('longest gap between frames during the upload', of(upload, 'longestFrameGapMs')),
  row('first load of `/`, bytes on the wire', [wireMB], {
    unit: 'MB',
    engine: [decodedMB],
    engineLabel: 'decoded',
    budget: { limit: 7, of: 'app', text: '≤ 7 MB' },
  }),
  row('JS of the first page, on the wire', [scriptWireMB], {
    unit: 'MB',
    engine: [scriptDecodedMB],
    engineLabel: 'decoded',
  }),
];

const machine = {
  cpus: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}`,
  memoryGB: Math.round(os.totalmem() / 2 ** 30),
  platform: `${os.type()} ${os.release()} ${os.arch()}`,
  node: process.version,
  chromium: browser.version(),
  duckdbNative: native1[0]?.version,
  loadAverage: os
    .loadavg()
    .map((each) => each.toFixed(2))
    .join(' '),
};
const table = markdownTable(rows);
const result = {
  date: new Date().toISOString(),
  runs: RUNS,
  machine,
  failures,
  csv: { rows: csv.rows, bytes: csv.bytes },
  wire: {
    acceptEncoding,
    encodings,
    requests: transfers.length,
    wasm: wasm && { url: wasm.url, wireBytes: wasm.wireBytes, encoding: wasm.encoding },
  },
  rows,
  table,
  samples: {
    ...samples,
    home: home.map((each) => ({ ...each, transfers: undefined })),
    transfers,
  },
};
mkdirSync('bench-results', { recursive: true });
const out = path.resolve('bench-results/bench.json');
writeFileSync(out, JSON.stringify(result, null, 2));

console.log('');
for (const each of failures)
  console.log(`taken again: run ${each.run}, ${each.step}: ${each.error}`);
console.log(table);
console.log('');
console.log(
  `${RUNS} interleaved runs, medians; ratio = median of the pairs' ratios. ` +
    `${machine.cpus}, ${machine.memoryGB} GB, ${machine.platform}; Chromium ${machine.chromium}; ` +
    `native ${machine.duckdbNative}; load average at the end ${machine.loadAverage}.`,
);
console.log(
  `First load of /: ${transfers.length} requests, Accept-Encoding "${acceptEncoding}", ` +
    `content encodings seen: ${encodings}; the wasm ${(wasm ? wireBytes(site, wasm) / 1e6 : NaN).toFixed(2)} MB (${wasm?.encoding}).`,
);
const failed = rows.filter((each) => each.verdict === 'FAIL').length;
console.log(`${failed} budget(s) failed (the bench reports; it does not fail). Written: ${out}`);
log('done');
