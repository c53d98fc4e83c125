// DuckDB-WASM's engine is built as an Emscripten main module that could load side modules
// (extensions) at run time, so on every start its worker offers all 75,011 of its exports to
// them, walking them through Object.entries three times (an array for each export, and a
// closure for each in one walk; the third walk is over the GOT, an entry for each export) and
// copying them once more to wrap a few of them. These
// rewrites do the same walks with for…in and wrap the few in place: the same keys, the same
// values, in the same order, without over 200,000 short-lived objects (issue 24).
//
// The GOT (global offset table: a WebAssembly.Global per symbol, holding its address, which a
// side module imports by name) was filled on every start for each of the 64,119 exports, each
// exported function also given a slot in the function table: 220-315 ms of every start in
// Chromium 156 on a 2-core machine, for entries that nothing asks for unless a side module
// is loaded. Now an export's entry is made when it is first read (by a module that imports it,
// or by a later module that exports the same symbol), from the value it would have had. An
// entry that already exists (the engine's own imports) is filled at once as before, and a later
// module that exports a symbol the engine exports still finds the engine's entry, and keeps it
// unless it replaces symbols (orig$): the same binding as before. Filling only the entries a
// module imports, with no such reading, was tried first and left: a later module would then
// bind to its own copy of a symbol the engine has (two copies of a C++ typeinfo or static).
// Each pattern is that of the pinned @duckdb/duckdb-wasm 1.32.0; if one is missing the build
// stops, so an upgrade cannot silently change what is rewritten.

/** @typedef {readonly [what: string, from: string, to: string]} Rewrite */

/** @type {Rewrite} */
const LAZY_GOT = [
  'keeps the exports of a module whose GOT entries do not exist yet, to make each when read',
  'var GOT={},',
  // `!GOTEntries[t]` as the worker's own `GOT[t]||` tests it (inherited names included). The
  // value is worked out first: if the table cannot grow, the export stays pending, not 0.
  'var GOTEntries={},pendingGOT=new Map,GOT=new Proxy(GOTEntries,{get:(e,t)=>{if(typeof t=="string"&&!e[t]&&pendingGOT.has(t)){var r=pendingGOT.get(t),a=typeof r=="function"?addFunction(r):r;pendingGOT.delete(t);var n=e[t]=new WebAssembly.Global({value:"i32",mutable:!0});n.value=a}return e[t]}}),',
];

/** @type {Rewrite} */
const WRAP_IN_PLACE = [
  // Its argument is the object relocateExports just built, which nothing else keeps: the
  // walks above have already taken the unwrapped functions.
  'wraps the pointer-returning exports in place, not in a copy of all of them',
  'function applySignatureConversions(e){e=Object.assign({},e);',
  'function applySignatureConversions(e){',
];

/**
 * The browser worker's rewrites: [what it does, the pinned worker's text, the rewrite].
 * @type {readonly Rewrite[]}
 */
const REWRITES = [
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
    'fills in the GOT entries left empty without an array per entry',
    'reportUndefinedSymbols=()=>{for(var[e,t]of Object.entries(GOT))if(t.value==0){var r=resolveGlobalSymbol(e,!0).sym;if(!r&&!t.required)continue;if(typeof r=="function")t.value=addFunction(r,r.sig);else if(typeof r=="number")t.value=r;else throw new Error("bad export type for \'".concat(e,"\': ").concat(typeof r))}}',
    'reportUndefinedSymbols=()=>{for(var e in GOT){var t=GOT[e];if(t.value==0){var r=resolveGlobalSymbol(e,!0).sym;if(!r&&!t.required)continue;if(typeof r=="function")t.value=addFunction(r,r.sig);else if(typeof r=="number")t.value=r;else throw new Error("bad export type for \'".concat(e,"\': ").concat(typeof r))}}}',
  ],
  LAZY_GOT,
  [
    'makes no GOT entry for an export until it is read',
    'updateGOT=(e,t)=>{for(var r in e)if(!isInternalSym(r)){var n=e[r];r.startsWith("orig$")&&(r=r.split("$")[1],t=!0),GOT[r]||',
    // The first module to export a name keeps it, as the first to fill an empty entry did,
    // unless a later one replaces symbols (from its first orig$ export on, as before).
    'updateGOT=(e,t)=>{for(var r in e)if(!isInternalSym(r)){var n=e[r];r.startsWith("orig$")&&(r=r.split("$")[1],t=!0);if(!GOTEntries[r]&&(typeof n=="function"||typeof n=="number"&&n!==0)){(t||!pendingGOT.has(r))&&pendingGOT.set(r,n);continue}GOT[r]||',
  ],
  WRAP_IN_PLACE,
];

/**
 * The same rewrites for the build of the engine node runs (`@duckdb/duckdb-wasm/blocking`, which
 * the site's build and the tests open DuckDB with): its glue was minified with other names, and
 * holds two copies of it (the mvp and the eh engine). An instantiation there took 2.0-2.5 s of
 * CPU, about 0.8 s of it in these walks and the GOT (CPU profile, node 20).
 * @type {readonly Rewrite[]}
 */
const NODE_REWRITES = [
  [
    'registers the dynCall_ exports without an array per export',
    'registerDynCallSymbols=e=>{for(var[r,t]of Object.entries(e))r.startsWith("dynCall_")&&!Module.hasOwnProperty(r)&&(Module[r]=t)}',
    'registerDynCallSymbols=e=>{for(var r in e)r.startsWith("dynCall_")&&!Module.hasOwnProperty(r)&&(Module[r]=e[r])}',
  ],
  [
    'offers the exports to later modules without an array and a closure per export',
    'mergeLibSymbols=(e,r)=>{registerDynCallSymbols(e);for(var[t,n]of Object.entries(e))(o=>{isSymbolDefined(o)||(wasmImports[o]=n)})(t)}',
    'mergeLibSymbols=(e,r)=>{registerDynCallSymbols(e);for(var t in e)isSymbolDefined(t)||(wasmImports[t]=e[t])}',
  ],
  [
    'fills in the GOT entries left empty without an array per entry',
    'reportUndefinedSymbols=()=>{for(var[e,r]of Object.entries(GOT))if(r.value==0){var t=resolveGlobalSymbol(e,!0).sym;if(!t&&!r.required)continue;if(typeof t=="function")r.value=addFunction(t,t.sig);else if(typeof t=="number")r.value=t;else throw new Error(`bad export type for \'${e}\': ${typeof t}`)}}',
    'reportUndefinedSymbols=()=>{for(var e in GOT){var r=GOT[e];if(r.value==0){var t=resolveGlobalSymbol(e,!0).sym;if(!t&&!r.required)continue;if(typeof t=="function")r.value=addFunction(t,t.sig);else if(typeof t=="number")r.value=t;else throw new Error(`bad export type for \'${e}\': ${typeof t}`)}}}',
  ],
  LAZY_GOT,
  [
    'makes no GOT entry for an export until it is read',
    'updateGOT=(e,r)=>{for(var t in e)if(!isInternalSym(t)){var n=e[t];t.startsWith("orig$")&&(t=t.split("$")[1],r=!0),GOT[t]||',
    'updateGOT=(e,r)=>{for(var t in e)if(!isInternalSym(t)){var n=e[t];t.startsWith("orig$")&&(t=t.split("$")[1],r=!0);if(!GOTEntries[t]&&(typeof n=="function"||typeof n=="number"&&n!==0)){(r||!pendingGOT.has(t))&&pendingGOT.set(t,n);continue}GOT[t]||',
  ],
  WRAP_IN_PLACE,
];

/**
 * `source` with `rewrites` made; throws if a pattern is not found `copies` times exactly (each
 * copy is rewritten).
 * @param {string} source
 * @param {readonly Rewrite[]} rewrites
 * @param {number} copies
 * @param {string} where
 */
function rewritten(source, rewrites, copies, where) {
  let result = source;
  for (const [what, from, to] of rewrites) {
    const found = result.split(from).length - 1;
    if (found !== copies) {
      throw new Error(
        `duckdb-worker-lean-linking: ${where} has ${found} copies of the code that ` +
          `${what}, not ${copies} (was @duckdb/duckdb-wasm upgraded?); check ` +
          'scripts/duckdb-worker-lean-linking.js',
      );
    }
    result = result.replaceAll(from, () => to);
  }
  return result;
}

/** The worker's source with lean linking; throws if a rewritten pattern is not found exactly once. */
export function withLeanLinking(/** @type {string} */ source) {
  return rewritten(source, REWRITES, 1, 'the DuckDB worker');
}

/**
 * The blocking node build's source (`dist/duckdb-node-blocking.cjs`) with lean linking; throws
 * if a rewritten pattern is not found exactly twice.
 */
export function withLeanNodeLinking(/** @type {string} */ source) {
  return rewritten(source, NODE_REWRITES, 2, "DuckDB's blocking node build");
}
