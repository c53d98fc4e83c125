// Builds the bare page (bare-page.js and DuckDB-WASM's own JavaScript API, bundled by Vite,
// with the app's upload modules in a chunk of their own for `?read=upload`) into the built
// site, beside the worker and wasm the site serves, so the same server serves both and the two
// sides fetch the very same files.
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const here = path.dirname(fileURLToPath(import.meta.url));

/** Every file under `dir`, as paths relative to it. */
function filesUnder(/** @type {string} */ dir) {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)));
}

/**
 * Writes the bare page into `<site>/_bench/` and returns its path on the site (with the
 * worker and wasm of the build as parameters) and a function that removes it again.
 * @param {string} site  the built site (build/)
 */
export async function buildBarePage(site) {
  const files = filesUnder(site).map((file) => file.split(path.sep).join('/'));
  const worker = files.find((file) => /duckdb-browser-eh\.worker[^/]*\.js$/.test(file));
  const wasm = files.find((file) => /duckdb-eh[^/]*\.wasm$/.test(file));
  if (!worker || !wasm) throw new Error(`no DuckDB eh worker or wasm found in ${site}/`);
  const outDir = path.join(site, '_bench');
  rmSync(outDir, { recursive: true, force: true });
  await build({
    configFile: false,
    logLevel: 'warn',
    // The upload's statement is made by the app's own modules (`?read=upload`).
    resolve: { alias: { $lib: path.resolve(here, '../../src/lib') } },
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      lib: { entry: path.join(here, 'bare-page.js'), formats: ['es'], fileName: () => 'bare.js' },
    },
  });
  mkdirSync(outDir, { recursive: true });
  writeFileSync(
    path.join(outDir, 'index.html'),
    '<!doctype html><meta charset="utf-8"><title>DuckDB-WASM alone</title>' +
      '<input type="file" id="file"><script type="module" src="./bare.js"></script>\n',
  );
  const query = new URLSearchParams({ worker: `/${worker}`, wasm: `/${wasm}` });
  return {
    path: `_bench/?${query}`,
    worker,
    wasm,
    remove: () => rmSync(outDir, { recursive: true, force: true }),
  };
}
