import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import builtInUrl from './generated/builtin.duckdb?url';

// Addresses only (`?url`): a module the server renders may import this without duckdb-wasm.
// The eh bundle: the mvp bundle turns every SQL error into "_setThrew is not defined".
export { builtInUrl, wasmUrl, workerUrl };

/**
 * What the page fetches for DuckDB as it starts, for `<link rel="preload" as="fetch"
 * crossorigin>` in every page's head: the database file, which `duckdb.ts` fetches with the
 * same URL and CORS mode, so the preloaded response is the one it gets. Not the wasm: the
 * worker fetches that, and a worker cannot take its page's preload; Chromium then fetched
 * the 34 MB twice whenever the preload was still under way (seen uncompressed).
 */
export const databasePreloads = [builtInUrl];
