// DuckDB-WASM's worker builds two kinds of function from strings at run time: embind's
// method callers (DuckDB's progress bar calls JavaScript through one) and apache-arrow's
// null-value test. Under a CSP without 'unsafe-eval' both throw. This replaces each with a
// closure that does the same, in the worker asset the build emits. The patterns are those of
// the pinned @duckdb/duckdb-wasm 1.32.0: if one is not found the build stops, so an upgrade
// cannot silently bring eval back.

import { readFileSync } from 'node:fs';
import { withCacheableWasm } from './duckdb-worker-cacheable-wasm.js';
import { withLeanLinking } from './duckdb-worker-lean-linking.js';

/** The generated source of embind's `__emval_get_method_caller` (through `newFunc(Function, …)`). */
const METHOD_CALLER =
  /function __emval_get_method_caller\(e,t,r\)\{t>>>=0;var n=emval_lookupTypes\(e,t\),a=n\.shift\(\);e--;.*?var m=newFunc\(Function,_\)\(\.\.\.d\),g=("methodCaller<\("\.concat\(n\.map\(v=>v\.name\)\.join\(", "\),"\) => "\)\.concat\(a\.name,">"\));return emval_addMethodCaller\(createNamedFunction\(g,m\)\)\}/s;

/**
 * The same caller as a closure: read each argument from the wasm stack, call `func` as a
 * constructor (kind 1), a method of `obj` (kind 0) or a function whose first argument is
 * `this` (any other kind), and hand back its value unless the return type is void.
 */
const methodCallerWithoutEval = (/** @type {string} */ name) =>
  'function __emval_get_method_caller(e,t,r){t>>>=0;var n=emval_lookupTypes(e,t),a=n.shift();e--;' +
  'var o=[],c=0;for(var p=0;p<e;++p)o.push(c),c+=n[p].argPackAdvance;' +
  'var m=function(obj,func,destructorsRef,args){var v=[];for(var p=0;p<e;++p)v.push(n[p].readValueFromPointer(args+o[p]));' +
  'var rv=r===1?Reflect.construct(func,v):r===0?func.apply(obj,v):func.call(...v);' +
  'if(!a.isVoid)return emval_returnValue(a,destructorsRef,rv)},' +
  `g=${name};return emval_addMethodCaller(createNamedFunction(g,m))}`;

/** apache-arrow's `createIsValidFunction`, minified: a `switch` over the null values, through `new Function`. */
const IS_VALID =
  /function (\w+)\((\w)\)\{if\(!\2\|\|\2\.length<=0\)return function\(\w\)\{return!0\};let \w="",\w=\2\.filter\(\w=>\w===\w\);.{0,300}?new Function\("x",""\.concat\(\w,"\\nreturn true;"\)\)\}/s;

/** The same test as a closure: a value is valid unless it is one of the null values (NaN too). */
const isValidWithoutEval = (/** @type {string} */ name) =>
  `function ${name}(o){if(!o||o.length<=0)return function(n){return!0};` +
  'var s=o.filter(r=>r===r),nan=o.length!==s.length;' +
  'return function(x){if(nan&&x!==x)return!1;for(var i=0;i<s.length;i++)if(s[i]===x)return!1;return!0}}';

/** The worker's source with both string-built functions replaced; throws if either is missing. */
export function withoutEval(/** @type {string} */ source) {
  const caller = METHOD_CALLER.exec(source);
  const valid = IS_VALID.exec(source);
  if (!caller || !valid) {
    throw new Error(
      'duckdb-worker-without-eval: the DuckDB worker no longer has the functions this build ' +
        'rewrites (was @duckdb/duckdb-wasm upgraded?); check scripts/duckdb-worker-without-eval.js',
    );
  }
  return source
    .replace(METHOD_CALLER, () => methodCallerWithoutEval(caller[1]))
    .replace(IS_VALID, () => isValidWithoutEval(valid[1]));
}

/**
 * DuckDB's worker as the build emits it: without eval, compiling its wasm so that Chromium can
 * cache the code, and linking lean (each rewrite's file says why). The tests that run the
 * browser worker in node start from this, so they run what the site serves.
 */
export function emittedWorkerSource(/** @type {string} */ source) {
  return withLeanLinking(withCacheableWasm(withoutEval(source)));
}

const WORKER = /duckdb-browser-[a-z]+\.worker\.[^/]*js$/;

/** An import of a DuckDB worker's address (`…/duckdb-browser-eh.worker.js?url`). */
const WORKER_URL_IMPORT = /[/\\](duckdb-browser-[a-z]+\.worker\.js)\?url$/;

/**
 * Vite plugin: the DuckDB worker assets of the build, without run-time eval, compiling their
 * wasm so that Chromium caches the compiled code (scripts/duckdb-worker-cacheable-wasm.js).
 * The rewritten source is what the build emits and names: the asset's hash is that of the
 * bytes served, so a change to a rewrite gives the worker a new name (the server sends it
 * `immutable` for a year, and a browser would keep running the old one under the old name).
 */
export function duckdbWorkerWithoutEval() {
  return {
    name: 'sdg-duckdb-worker-without-eval',
    apply: /** @type {const} */ ('build'),
    // Before Vite's own asset plugin, which would emit the file as it is on disk.
    enforce: /** @type {const} */ ('pre'),
    load(/** @type {string} */ id) {
      const worker = WORKER_URL_IMPORT.exec(id);
      if (!worker) return undefined;
      const file = id.slice(0, -'?url'.length);
      const source = emittedWorkerSource(readFileSync(file, 'utf8'));
      const ref = /** @type {any} */ (this).emitFile({ type: 'asset', name: worker[1], source });
      // Vite's placeholder for an emitted asset's address: it writes the final URL (base and
      // relative paths included) when it renders the chunk, as for its own `?url` imports.
      return `export default "__VITE_ASSET__${ref}__";`;
    },
    generateBundle(
      /** @type {unknown} */ _options,
      /** @type {Record<string, { type: string; fileName: string; source?: string | Uint8Array }>} */ bundle,
    ) {
      // Every worker asset must have come through `load` above: one that did not would be
      // served with eval and a name that does not follow its content.
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset' || !WORKER.test(output.fileName)) continue;
        const source =
          typeof output.source === 'string'
            ? output.source
            : new TextDecoder().decode(output.source);
        if (source.includes('newFunc(Function,_)') || source.includes('new Function("x"')) {
          throw new Error(
            `duckdb-worker-without-eval: ${output.fileName} was emitted without the rewrites; ` +
              'import the worker as `@duckdb/duckdb-wasm/dist/duckdb-browser-<bundle>.worker.js?url`',
          );
        }
      }
    },
  };
}
