// DuckDB-WASM's worker compiles its wasm from a Response it builds around the fetched one, to
// count the bytes as they arrive (a TransformStream). Chromium keeps the compiled code of a
// wasm module only when WebAssembly.instantiateStreaming is given the response fetch returned,
// as the HTTP cache delivered it: through the stream, every visit compiles the 34 MB again.
// This makes the worker asset the build emits take its own plain branch (the one it uses where
// TransformStream is missing). The site never asked for the byte counts: the page shows the
// stage ("Starting DuckDB…"). The pattern is that of the pinned @duckdb/duckdb-wasm 1.32.0:
// if it is not found the build stops, so an upgrade cannot silently bring the stream back.

/** The streaming branch of `instantiateWasm`; group 1 is its plain fallback, kept as the whole. */
const PROGRESS_STREAM =
  /if\(typeof TransformStream=="function"\)\{let \w+=\(async\(\)=>\{.*?pipeThrough\(\w+\),\w+\)\}\)\(\);WebAssembly\.instantiateStreaming\(\w+,\w+\)\.then\(\w+=>\{\w+\(\w+\.instance,\w+\.module\)\}\)\}else\{console\.warn\("instantiating without progress handler since transform streams are unavailable"\);(let \w+=new Request\(this\.mainModuleURL\);WebAssembly\.instantiateStreaming\(fetch\(\w+\),\w+\)\.then\(\w+=>\{\w+\(\w+\.instance,\w+\.module\)\}\))\}/s;

/** The worker's source compiling its wasm from the plain fetched response; throws if the branch is missing. */
export function withCacheableWasm(/** @type {string} */ source) {
  const branch = PROGRESS_STREAM.exec(source);
  if (!branch) {
    throw new Error(
      'duckdb-worker-cacheable-wasm: the DuckDB worker no longer wraps its wasm in a progress ' +
        'stream as this build expects (was @duckdb/duckdb-wasm upgraded?); check ' +
        'scripts/duckdb-worker-cacheable-wasm.js',
    );
  }
  return source.replace(PROGRESS_STREAM, () => `{${branch[1]}}`);
}
