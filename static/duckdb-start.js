// Starts the dashboard's DuckDB while the page is still being read: its worker and the wasm
// download and compile begin here, about a second before the page's own JavaScript has loaded
// (a blocking script at the end of <head>, so it always runs before the page's start-up script;
// the CSP allows scripts from the site). src/lib/db/duckdb.ts takes this
// worker over when the page asks for DuckDB (`window.sdgDuckDB`), and the page goes on as if it
// had sent the same first request itself (duckdb-wasm's INSTANTIATE, with the same wasm).
// The workbench starts its own DuckDB first, so it is left out; a page without the <meta> tag
// that names the files (the layout writes it) starts nothing.
(function () {
  var files = document.querySelector('meta[name="sdg-duckdb"]');
  // Set by duckdb.ts when the page got there first: one dashboard worker per page.
  if (!files || 'sdgDuckDB' in window || /\/workbench\/?$/.test(location.pathname)) return;
  var request = 'early-instantiate';
  var worker;
  try {
    worker = new Worker(files.getAttribute('data-worker'), { name: 'duckdb-dashboard' });
  } catch {
    return; // the page starts DuckDB itself
  }
  var instantiated = new Promise(function (resolve, reject) {
    worker.addEventListener('message', function (event) {
      var answer = event.data;
      if (!answer || answer.requestId !== request) return;
      // Only this script asked: duckdb-wasm's own listener would warn of an answer it never sought.
      event.stopImmediatePropagation();
      if (answer.type === 'OK') resolve();
      else reject(new Error((answer.data && answer.data.message) || String(answer.type)));
    });
    worker.addEventListener('error', function (event) {
      var error = new Error(event.message || 'DuckDB worker error');
      error.name = 'WorkerError';
      reject(error);
    });
  });
  instantiated.catch(function () {}); // the page reports it
  var wasm = new URL(files.getAttribute('data-wasm'), location.href).href;
  worker.postMessage({ messageId: request, type: 'INSTANTIATE', data: [wasm, null] });
  window.sdgDuckDB = {
    worker: worker,
    workerUrl: new URL(files.getAttribute('data-worker'), location.href).href,
    wasmUrl: wasm,
    instantiated: instantiated,
  };
})();
