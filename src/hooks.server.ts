import type { Handle } from '@sveltejs/kit';
import { paraglideMiddleware } from '$lib/paraglide/server.js';
import { dir, htmlLang } from '$lib/i18n/routing';

/**
 * Each page is rendered (and prerendered) in the language of its address, and app.html's
 * `%lang%` and `%dir%` become that language and its direction: "zh-Hans" and "ltr", "ar" and "rtl".
 */
export const handle: Handle = ({ event, resolve }) =>
  paraglideMiddleware(event.request, ({ request, locale }) => {
    event.request = request;
    return resolve(event, {
      transformPageChunk: ({ html }) =>
        html.replace('%lang%', htmlLang[locale]).replace('%dir%', dir[locale]),
    });
  });
