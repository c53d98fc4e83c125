import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { precompress } from './scripts/precompress.js';

// BASE_PATH=/repo builds the site for a host that serves it under a sub-path (GitHub Pages
// serves /<repo>/); BUILD_DIR and SVELTEKIT_OUT_DIR let such a build sit beside the default
// one without touching it (the base-path browser test builds into build-base/site, with
// Kit's own files in build-base/kit).
const trimmed = (process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '');
const base = /** @type {'' | `/${string}`} */ (trimmed ? `/${trimmed}` : '');
const pages = process.env.BUILD_DIR ?? 'build';
// PRERENDER_ENGLISH_ONLY=1 prerenders every page at its English address and no other: the
// pages are not crawled, so the links to the five other languages are written but not
// followed. For the base-path browser test, which opens English pages only and needs a sixth
// of the build's work; a site to publish is built without it.
const englishOnly = process.env.PRERENDER_ENGLISH_ONLY === '1';

/**
 * The Content-Security-Policy of every page. Prerendered pages carry it as a <meta> tag, so
 * only directives a meta tag may hold appear here (no frame-ancestors, no report-uri).
 * Scripts come from the site alone: Kit adds the hash of each page's inline start-up script,
 * and 'wasm-unsafe-eval' lets DuckDB and parquet-wasm compile their WebAssembly. DuckDB runs
 * in a worker from the site; a blob: worker is allowed for libraries that wrap one.
 * Styles allow 'unsafe-inline': CodeMirror injects <style> elements and Svelte sets style
 * attributes, neither of which can carry a hash.
 * @type {NonNullable<NonNullable<import('@sveltejs/kit').KitConfig['csp']>['directives']>}
 */
export const csp = {
  'default-src': ['self'],
  'script-src': ['self', 'wasm-unsafe-eval'],
  'worker-src': ['self', 'blob:'],
  'connect-src': ['self'],
  'img-src': ['self', 'data:', 'blob:'],
  'style-src': ['self', 'unsafe-inline'],
  'font-src': ['self'],
  'object-src': ['none'],
  'base-uri': ['self'],
  'form-action': ['self'],
};

// Every page is prerendered to its own index.html; 404.html lets static hosts that support it
// (GitHub Pages, Netlify) hand unknown deep links to the client router.
const staticSite = adapter({ pages, assets: pages, fallback: '404.html' });

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // Then every file gets a .br and a .gz beside it (scripts/precompress.js): adapter-static's
    // own `precompress` skips the database file and the CSV downloads.
    adapter: {
      ...staticSite,
      async adapt(builder) {
        await staticSite.adapt(builder);
        builder.log.minor('Compressing every file (.br, .gz)');
        const { files, bytes, br } = await precompress(pages);
        const mb = (/** @type {number} */ n) => (n / 1e6).toFixed(1);
        builder.log.minor(`${files} files, ${mb(bytes)} MB, ${mb(br)} MB as brotli`);
      },
    },
    paths: { base },
    outDir: process.env.SVELTEKIT_OUT_DIR ?? '.svelte-kit',
    csp: { mode: 'hash', directives: csp },
    prerender: { crawl: !englishOnly },
  },
};

export default config;
