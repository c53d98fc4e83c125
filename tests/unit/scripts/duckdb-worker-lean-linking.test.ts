import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withCacheableWasm } from '../../../scripts/duckdb-worker-cacheable-wasm.js';
import { withLeanLinking } from '../../../scripts/duckdb-worker-lean-linking.js';
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
