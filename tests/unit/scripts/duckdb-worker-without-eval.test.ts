import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { withCacheableWasm } from '../../../scripts/duckdb-worker-cacheable-wasm.js';
import { withLeanLinking } from '../../../scripts/duckdb-worker-lean-linking.js';
import {
  duckdbWorkerWithoutEval,
  withoutEval,
} from '../../../scripts/duckdb-worker-without-eval.js';

const require = createRequire(import.meta.url);
const worker = readFileSync(
  require.resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'),
  'utf8',
);

describe('withoutEval(workerSource)', () => {
  const patched = withoutEval(worker);

  it('removes the method-caller and null-value builders that evaluate strings, and still parses', () => {
    expect(worker).toContain('newFunc(Function,_)');
    expect(worker).toContain('new Function("x"');
    expect(patched).not.toContain('newFunc(Function,_)');
    expect(patched).not.toContain('new Function("x"');
    expect(() => new vm.Script(patched)).not.toThrow();
  });

  it('stops the build when the worker no longer has what it rewrites', () => {
    expect(() => withoutEval('self.onmessage = () => {}')).toThrow(
      /was @duckdb\/duckdb-wasm upgraded/,
    );
  });

  it("gives the same null-value test as apache-arrow's: strict equality, NaN included", () => {
    const name =
      /function (\w+)\(o\)\{if\(!o\|\|o\.length<=0\)return function\(n\)\{return!0\};var s=/.exec(
        patched,
      )![1];
    const start = patched.indexOf(`function ${name}(o){`);
    const source = patched.slice(start, patched.indexOf('}}', start) + 2);
    const isValid = new vm.Script(`(${source})`).runInNewContext() as (
      nulls: unknown[],
    ) => (x: unknown) => boolean;
    const test = isValid([null, Number.NaN, 0n, '']);
    expect([null, Number.NaN, 0n, '', 0, 'x', undefined, 1n].map(test)).toEqual([
      false,
      false,
      false,
      false,
      true,
      true,
      true,
      true,
    ]);
    expect(isValid([])(null)).toBe(true);
  });
});

describe('duckdbWorkerWithoutEval()', () => {
  const file = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js');

  it('emits the rewritten worker as the asset a `?url` import names, so its hashed name follows the bytes served', () => {
    const emitted: { type: string; name: string; source: string }[] = [];
    const context = {
      emitFile(asset: { type: string; name: string; source: string }) {
        emitted.push(asset);
        return 'ref0000000000000000000';
      },
    };
    const code = duckdbWorkerWithoutEval().load.call(context, `${file}?url`);
    expect(code).toBe('export default "__VITE_ASSET__ref0000000000000000000__";');
    expect(emitted).toEqual([
      {
        type: 'asset',
        name: 'duckdb-browser-eh.worker.js',
        source: withLeanLinking(withCacheableWasm(withoutEval(worker))),
      },
    ]);
  });

  it('leaves other imports to Vite, and stops the build if a worker was emitted without the rewrites', () => {
    const context = { emitFile: () => 'never' };
    expect(duckdbWorkerWithoutEval().load.call(context, file)).toBeUndefined();
    expect(duckdbWorkerWithoutEval().load.call(context, '/src/app.ts?url')).toBeUndefined();
    const bundle = {
      'w.js': {
        type: 'asset',
        fileName: '_app/immutable/assets/duckdb-browser-eh.worker.abc.js',
        source: worker,
      },
    };
    expect(() => duckdbWorkerWithoutEval().generateBundle(undefined, bundle)).toThrow(
      /emitted without the rewrites/,
    );
  });
});
