import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { withCacheableWasm } from '../../../scripts/duckdb-worker-cacheable-wasm.js';

const require = createRequire(import.meta.url);
const worker = readFileSync(
  require.resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'),
  'utf8',
);

describe('withCacheableWasm(workerSource)', () => {
  const patched = withCacheableWasm(worker);

  it('compiles the wasm from the fetched response itself, not through a progress stream, and still parses', () => {
    expect(worker).toContain('pipeThrough(');
    expect(patched).not.toContain('typeof TransformStream=="function"');
    expect(patched).not.toMatch(/new Response\(\(\w+=\w+\.body\)==null\?void 0:\w+\.pipeThrough/);
    expect(patched).toMatch(
      /let (\w+)=new Request\(this\.mainModuleURL\);WebAssembly\.instantiateStreaming\(fetch\(\1\),\w+\)/,
    );
    expect(patched.match(/WebAssembly\.instantiateStreaming\(/g)!.length).toBe(
      worker.match(/WebAssembly\.instantiateStreaming\(/g)!.length - 1,
    );
    expect(() => new vm.Script(patched)).not.toThrow();
  });

  it('stops the build when the worker no longer has the stream it removes', () => {
    expect(() => withCacheableWasm('self.onmessage = () => {}')).toThrow(
      /was @duckdb\/duckdb-wasm upgraded/,
    );
  });
});
