import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type * as DuckDBBlocking from '@duckdb/duckdb-wasm/blocking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockingDuckDB } from '$lib/db/node.server';
import { withCacheableWasm } from '../../../scripts/duckdb-worker-cacheable-wasm.js';
import {
  withLeanLinking,
  withLeanNodeLinking,
} from '../../../scripts/duckdb-worker-lean-linking.js';
import { withoutEval } from '../../../scripts/duckdb-worker-without-eval.js';
import {
  emittedWorker as emitted,
  startBrowserWorker,
  wasmFile,
  workerSource,
} from './browser-worker';

/** The worker the build emitted before lean linking, and the one it emits now. */
const before = withCacheableWasm(withoutEval(workerSource));

/** What the tests ask both workers: the engine's own catalogue, sorting, patterns, a CSV read. */
const QUERIES = [
  'SELECT count(*)::INTEGER AS functions FROM duckdb_functions()',
  "SELECT list_sort([3, 1, 2]) AS sorted, regexp_replace('a-b-c', '-', '+', 'g') AS replaced",
  "SELECT sum(i)::DOUBLE AS total, string_agg(DISTINCT (i % 3)::VARCHAR, ',' ORDER BY (i % 3)::VARCHAR) AS rests FROM range(100000) t(i)",
  "SELECT * FROM read_csv('seen.csv') ORDER BY name",
];

type Started = Awaited<ReturnType<typeof startBrowserWorker>>;

async function answers({ db }: Started) {
  await db.open({});
  await db.registerFileText('seen.csv', 'name,year\nUNIFIL,1978\nMONUSCO,2010\n');
  const conn = await db.connect();
  const rows = [];
  for (const sql of QUERIES) {
    const result = (await conn.query(sql)).toArray();
    rows.push(
      result.map((row) =>
        JSON.stringify(row.toJSON(), (_, value: unknown) =>
          typeof value === 'bigint' ? String(value) : value,
        ),
      ),
    );
  }
  return rows;
}

describe("withLeanLinking(workerSource): DuckDB's browser worker run in node, as the build emits it", () => {
  let lean: Started;
  let plain: Started;
  beforeAll(async () => {
    [lean, plain] = await Promise.all([startBrowserWorker(emitted), startBrowserWorker(before)]);
  }, 60_000);
  afterAll(async () => {
    await Promise.all([lean?.stop(), plain?.stop()]);
  });

  it("walks the engine's exports without an array or a copy of all of them", async () => {
    // The independent count: the exports of the engine's own wasm.
    const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(wasmFile)));
    expect(exports.length).toBeGreaterThan(10_000);
    expect(await lean.exportWalks()).toBe(0);
    // The worker as published: Object.entries three times (the GOT once) and Object.assign once.
    expect(await plain.exportWalks()).toBe(4);
  });

  it('makes a GOT entry for an export only when one is read, not one for each export', async () => {
    const exports = WebAssembly.Module.exports(new WebAssembly.Module(readFileSync(wasmFile)));
    // The published worker: an entry for each export (but a few internal ones) at every start.
    expect(await plain.globalsMade()).toBeGreaterThan(exports.length * 0.8);
    // The engine's own imports of GOT entries, and what a start reads: a few thousand at most.
    expect(await lean.globalsMade()).toBeLessThan(exports.length * 0.1);
  });

  it('answers every query as the worker without the rewrites does', async () => {
    const [fromLean, fromPlain] = await Promise.all([answers(lean), answers(plain)]);
    expect(fromLean).toEqual(fromPlain);
    expect(fromLean[3]).toEqual([
      '{"name":"MONUSCO","year":"2010"}',
      '{"name":"UNIFIL","year":"1978"}',
    ]);
  });

  it('stops the build when the worker no longer has a pattern it rewrites', () => {
    expect(() => withLeanLinking('self.onmessage = () => {}')).toThrow(
      /has 0 copies of the code that registers the dynCall_ exports .*was @duckdb\/duckdb-wasm upgraded/,
    );
    // Rewritten once already: the patterns are gone, so a second pass stops too.
    expect(() => withLeanLinking(emitted)).toThrow(/was @duckdb\/duckdb-wasm upgraded/);
  });
});

describe("withLeanNodeLinking: DuckDB's blocking node build, as the site's build and the tests open it", () => {
  const require = createRequire(import.meta.url);
  const published = () => require('@duckdb/duckdb-wasm/blocking') as typeof DuckDBBlocking;

  /** `start()` with every WebAssembly.Global it makes counted. */
  async function countingGlobals<T>(start: () => Promise<T>): Promise<[T, number]> {
    const Global = WebAssembly.Global;
    let made = 0;
    WebAssembly.Global = new Proxy(Global, {
      construct: (target, args: ConstructorParameters<typeof Global>) => (
        made++,
        new target(...args)
      ),
    });
    try {
      return [await start(), made];
    } finally {
      WebAssembly.Global = Global;
    }
  }

  function answers(db: DuckDBBlocking.DuckDBBindings) {
    db.open({});
    db.registerFileText('seen.csv', 'name,year\nUNIFIL,1978\nMONUSCO,2010\n');
    const conn = db.connect();
    return QUERIES.map((sql) =>
      conn
        .query(sql)
        .toArray()
        .map((row) =>
          JSON.stringify(row.toJSON(), (_, value: unknown) =>
            typeof value === 'bigint' ? String(value) : value,
          ),
        ),
    );
  }

  it('makes a GOT entry for an export only when one is read, and answers every query as the published build', async () => {
    const [lean, leanGlobals] = await countingGlobals(() => blockingDuckDB());
    const [plain, plainGlobals] = await countingGlobals(() => blockingDuckDB(published()));
    const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
    const exports = WebAssembly.Module.exports(
      new WebAssembly.Module(readFileSync(path.join(dist, 'duckdb-eh.wasm'))),
    );
    expect(plainGlobals).toBeGreaterThan(exports.length * 0.8);
    expect(leanGlobals).toBeLessThan(exports.length * 0.1);
    const fromLean = answers(lean);
    expect(fromLean).toEqual(answers(plain));
    expect(fromLean[3]).toEqual([
      '{"name":"MONUSCO","year":"2010"}',
      '{"name":"UNIFIL","year":"1978"}',
    ]);
  }, 60_000);

  it('stops when the build no longer has each pattern twice', () => {
    const source = readFileSync(require.resolve('@duckdb/duckdb-wasm/blocking'), 'utf8');
    const [mvp] = source.split('function applySignatureConversions(e){e=Object.assign');
    expect(() => withLeanNodeLinking(mvp)).toThrow(
      /blocking node build has 1 copies of the code that registers the dynCall_ exports .*not 2/,
    );
    expect(() => withLeanNodeLinking(withLeanNodeLinking(source))).toThrow(/has 0 copies/);
  });
});
