import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import * as duckdb from '@duckdb/duckdb-wasm';
import { emittedWorkerSource } from '../../../scripts/duckdb-worker-without-eval.js';

const require = createRequire(import.meta.url);
export const wasmFile = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm');
/** DuckDB's browser worker as the package ships it. */
export const workerSource = readFileSync(
  require.resolve('@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js'),
  'utf8',
);
/** The same worker as the build emits it (scripts/duckdb-worker-without-eval.js). */
export const emittedWorker = emittedWorkerSource(workerSource);

/**
 * What runs in the node worker thread before the browser worker's source: the few parts of a
 * browser's worker scope it uses (postMessage and onmessage, importScripts to say it is a
 * worker, fetch of its wasm as a Response), and a count of the WebAssembly.Globals it makes.
 */
const scope = `
const { parentPort, workerData } = require('node:worker_threads');
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
// Walks of an object of 10,000 keys or more through Object.entries or Object.assign: the
// engine's exports are the only such objects it has.
let walks = 0;
const big = (object) => object !== null && typeof object === 'object' && Object.keys(object).length >= 10000;
const { entries, assign } = Object;
Object.entries = (object) => { if (big(object)) walks++; return entries(object); };
Object.assign = (target, ...sources) => { if (sources.some(big)) walks++; return assign(target, ...sources); };
let globals = 0;
const Global = WebAssembly.Global;
WebAssembly.Global = new Proxy(Global, { construct: (target, args) => (globals++, new target(...args)) });
globalThis.importScripts = () => {};
globalThis.postMessage = (message, transfer) => parentPort.postMessage(message, transfer);
globalThis.fetch = async (request) => new Response(readFileSync(workerData.wasmFile), {
  headers: { 'content-type': 'application/wasm' },
});
parentPort.on('message', (data) => {
  if (data === 'count-walks') parentPort.postMessage({ walks, globals });
  else globalThis.onmessage({ data });
});
// Without node's process and require in its scope, as in a browser: its bundled js-sha256 and
// Emscripten would otherwise take the node paths.
vm.runInThisContext(\`(function (process, require) {\${workerData.source}\n})\`, {
  filename: 'duckdb-browser-eh.worker.js',
})(undefined, undefined);
`;

/**
 * DuckDB's browser worker (`source`, as the build emits it) started in a node worker thread,
 * behind the AsyncDuckDB the site uses; and how many times it has copied or listed the
 * engine's exports whole (Object.entries, Object.assign).
 */
export async function startBrowserWorker(source: string) {
  const thread = new Worker(scope, { eval: true, workerData: { source, wasmFile } });
  const listeners = new Set<(event: { data: unknown }) => void>();
  type Counts = { walks: number; globals: number };
  let counted: ((counts: Counts) => void) | undefined;
  thread.on('message', (data) => {
    if (data && typeof data === 'object' && 'walks' in data) counted?.(data as Counts);
    else for (const listener of listeners) listener({ data });
  });
  // The part of a browser Worker that AsyncDuckDB calls.
  const worker = {
    addEventListener: (type: string, listener: (event: { data: unknown }) => void) => {
      if (type === 'message') listeners.add(listener);
    },
    removeEventListener: (type: string, listener: (event: { data: unknown }) => void) =>
      listeners.delete(listener),
    postMessage: (message: unknown, transfer?: Transferable[]) =>
      thread.postMessage(message, transfer as never),
    terminate: () => void thread.terminate(),
  };
  const db = new duckdb.AsyncDuckDB(
    new duckdb.VoidLogger(),
    worker as unknown as globalThis.Worker,
  );
  // Any absolute address: the scope's fetch answers with the wasm file.
  await db.instantiate('http://localhost/duckdb-eh.wasm');
  const counts = () =>
    new Promise<Counts>((done) => {
      counted = done;
      thread.postMessage('count-walks');
    });
  const exportWalks = async () => (await counts()).walks;
  /** How many WebAssembly.Globals the worker has made (GOT entries among them). */
  const globalsMade = async () => (await counts()).globals;
  return { db, exportWalks, globalsMade, stop: () => thread.terminate() };
}
