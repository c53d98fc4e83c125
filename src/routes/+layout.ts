import { loadLanguage } from '$lib/i18n/language';
import { baseLocale, extractLocaleFromUrl } from '$lib/paraglide/runtime.js';
import type { LayoutLoad } from './$types';

// A static site: every page is rendered when the site is built, each to its own
// folder/index.html, so deep links work from any static host.
export const prerender = true;
export const trailingSlash = 'always';

/** A page reached by a link is drawn in its language: its words are loaded first. */
export const load: LayoutLoad = async ({ url }) => {
  await loadLanguage(extractLocaleFromUrl(url) ?? baseLocale);
};
