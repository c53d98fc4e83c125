import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server.js';
import { dir, htmlLang } from '$lib/i18n/routing';
import { wasmUrl, workerUrl } from '$lib/db/assets';

/**
 * Each page is rendered (and prerendered) in the language of its address, and app.html's
 * `%lang%` and `%dir%` become that language and its direction: "zh-Hans" and "ltr", "ar" and "rtl".
 * `%duckdb.worker%` and `%duckdb.wasm%` become the addresses the build gave DuckDB's worker and
 * wasm, for static/duckdb-start.js.
 */
export const handle: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    return resolve(event, {
      transformPageChunk: ({ html }) =>
        html
          .replace('%lang%', htmlLang[locale])
          .replace('%dir%', dir[locale])
          .replace('%duckdb.worker%', workerUrl)
          .replace('%duckdb.wasm%', wasmUrl),
    });
  });
