// DuckDB-WASM's engine is built as an Emscripten main module that could load side modules
// (extensions) at run time, so on every start its worker registers all 75,011 exports for
// them: a WebAssembly.Global for each (64,119 made), a function-table slot for each exported
// function, and the exports copied through Object.entries three times. The site never loads a side module
// (extensions are off, and the CSP would stop their download), yet this took a quarter of
// DuckDB's start: 1.78 → 1.35 s from the worker's start to the database open, in fresh
// Chromium contexts on these 2-core machines (issue 24).
//
// These rewrites keep what linking does for symbols a module actually asks for, and stop it
// for the others:
// - a GOT entry (the address of a symbol, imported through "GOT.mem" / "GOT.func") is filled
//   in only when a module imports it: the engine imports 268, and a side module's imports
//   would create theirs and be resolved as before (reportUndefinedSymbols, from wasmImports);
// - the exports are walked with for…in instead of Object.entries (the same own keys, without
//   an array per export), and not copied before the few wrapped for unsigned pointers.
// Each pattern is that of the pinned @duckdb/duckdb-wasm 1.32.0; if one is missing the build
// stops, so an upgrade cannot silently change what is rewritten.

/** [what it does, the pinned worker's text, the rewrite] */
const REWRITES = /** @type {const} */ ([
  [
    'fills in a GOT entry only for a symbol some module imports',
    'GOT[r]||(GOT[r]=new WebAssembly.Global({value:"i32",mutable:!0})),(t||GOT[r].value==0)&&(',
    'GOT[r]&&(t||GOT[r].value==0)&&(',
  ],
  [
    'registers the dynCall_ exports without an array per export',
    'registerDynCallSymbols=e=>{for(var[t,r]of Object.entries(e))t.startsWith("dynCall_")&&!Module.hasOwnProperty(t)&&(Module[t]=r)}',
    'registerDynCallSymbols=e=>{for(var t in e)t.startsWith("dynCall_")&&!Module.hasOwnProperty(t)&&(Module[t]=e[t])}',
  ],
  [
    'offers the exports to later modules without an array and a closure per export',
    'mergeLibSymbols=(e,t)=>{registerDynCallSymbols(e);for(var[r,n]of Object.entries(e))(l=>{isSymbolDefined(l)||(wasmImports[l]=n)})(r)}',
    'mergeLibSymbols=(e,t)=>{registerDynCallSymbols(e);for(var r in e)isSymbolDefined(r)||(wasmImports[r]=e[r])}',
  ],
  [
    // Its argument is the object relocateExports just built, which nothing else keeps.
    'wraps the pointer-returning exports in place, not in a copy of all of them',
    'function applySignatureConversions(e){e=Object.assign({},e);',
    'function applySignatureConversions(e){',
  ],
]);

/** The worker's source with lean linking; throws if a rewritten pattern is not found exactly once. */
export function withLeanLinking(/** @type {string} */ source) {
  let rewritten = source;
  for (const [what, from, to] of REWRITES) {
    const found = rewritten.split(from).length - 1;
    if (found !== 1) {
      throw new Error(
        `duckdb-worker-lean-linking: the DuckDB worker has ${found} copies of the code that ` +
          `${what}, not 1 (was @duckdb/duckdb-wasm upgraded?); check ` +
          'scripts/duckdb-worker-lean-linking.js',
      );
    }
    rewritten = rewritten.replace(from, () => to);
  }
  return rewritten;
}
