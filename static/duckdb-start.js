// Starts the page's DuckDB while the page is still arriving: the worker, and the compiling of
// its wasm. Without this the worker started only once the app's JavaScript had loaded and run
// (about 0.6 s into a load on these 2-core machines, the wasm's compiling the longest part of
// DuckDB's start). An async script at the top of <head>, so its request goes before the app's
// own; app.html gives it the worker's and the wasm's addresses (hashed by the build, written
// in by src/hooks.server.ts). src/lib/db/early.ts hands what it started to
// src/lib/db/duckdb.ts, which goes on from there.
// The same choice of engine as src/hooks.client.ts: the workbench's on /workbench/, the
// dashboard's on every other page. A page about to be replaced by the reader's language
// starts one all the same: the page it goes to starts its own.
(function () {
  var script = document.currentScript;
  var workerUrl = script && script.getAttribute('data-worker');
  var wasmUrl = script && script.getAttribute('data-wasm');
  // A page rendered without the addresses (app.html's placeholders left as they are): the app
  // starts DuckDB itself.
  if (!workerUrl || !wasmUrl || /%/.test(workerUrl + wasmUrl)) return;
  if (typeof Worker !== 'function') return;
  var kind = /\/workbench\/?$/.test(location.pathname) ? 'workbench' : 'dashboard';
  var worker;
  try {
    worker = new Worker(workerUrl, { name: 'duckdb-' + kind });
  } catch {
    return; // the app starts its own
  }
  // duckdb-wasm numbers its own requests from 0: this one cannot be mistaken for one of them.
  var request = -1;
  var instantiated = new Promise(function (resolve, reject) {
    worker.addEventListener('message', function answer(event) {
      var data = event.data;
      // The answer, not a report of the wasm's download on the way (INSTANTIATE_PROGRESS).
      if (!data || data.requestId !== request || (data.type !== 'OK' && data.type !== 'ERROR')) {
        return;
      }
      // Heard first and only here: duckdb-wasm would warn of an answer it did not ask for.
      event.stopImmediatePropagation();
      worker.removeEventListener('message', answer);
      if (data.type === 'ERROR') reject(new Error(data.data.message));
      else resolve();
    });
    // The worker died (its script not served, say): the app restarts DuckDB as for any crash.
    worker.addEventListener('error', function (event) {
      var crash = new Error(event.message || '');
      crash.name = 'WorkerCrash';
      reject(crash);
    });
  });
  instantiated.catch(function () {}); // the app reports it
  // The wasm's address as an absolute one: the worker reads it relative to its own.
  var wasm = new URL(wasmUrl, location.href).href;
  worker.postMessage({ messageId: request, type: 'INSTANTIATE', data: [wasm, null] });
  window.__sdgDuckDbStart = { kind: kind, worker: worker, instantiated: instantiated };
})();
