import { resolve } from '$app/paths';
import type { Pathname, ResolvedPathname } from '$app/types';
import {
  baseLocale,
  extractLocaleFromUrl,
  getLocale,
  locales,
  localizeHref,
  localStorageKey,
  type Locale,
} from '$lib/paraglide/runtime.js';

/**
 * Where each language lives: English at /…, the other five UN languages at /zh/…, /ar/…,
 * /fr/…, /ru/…, /es/… (under the base path, see scripts/messages.js), and how the page names it.
 */
export { getLocale, locales, type Locale };

/** The `lang` of a page: Chinese is written in simplified characters. */
export const htmlLang: Record<Locale, string> = {
  en: 'en',
  zh: 'zh-Hans',
  ar: 'ar',
  fr: 'fr',
  ru: 'ru',
  es: 'es',
};

/** The writing direction of a page: Arabic runs right to left. */
export const dir: Record<Locale, 'ltr' | 'rtl'> = {
  en: 'ltr',
  zh: 'ltr',
  ar: 'rtl',
  fr: 'ltr',
  ru: 'ltr',
  es: 'ltr',
};

/** Each language by its own name, as the language switch shows it. */
export const endonym: Record<Locale, string> = {
  en: 'English',
  zh: '中文',
  ar: 'العربية',
  fr: 'Français',
  ru: 'Русский',
  es: 'Español',
};

/**
 * A link to a page of this site in the page's language (or `locale`): `href('/missions/')` is
 * `/missions/` on an English page and `/zh/missions/` on a Chinese one, under the base path.
 */
export function href(path: Pathname, locale: Locale = getLocale()): ResolvedPathname {
  // Kit's resolve() adds the base path, relative in prerendered pages, so the prefix goes first.
  const prefix = locale === baseLocale ? '' : `/${locale}`;
  // Kit types resolve() as one overload per route; past some two dozen routes TypeScript no
  // longer matches a union of paths against them, so it is called by its plain signature.
  const resolvePath = resolve as (path: Pathname) => ResolvedPathname;
  return resolvePath(`${prefix}${path}` as Pathname);
}

/**
 * The address of the page at `url` in `locale`, query string and fragment kept (the view
 * state lives there). `url` is the page's own, localized address.
 */
export function inLocale(url: URL, locale: Locale): ResolvedPathname {
  // Repeated slashes collapsed: the English of "/ar//evil.example/" was "//evil.example/", an
  // address on another host, in the language switch of the 404 page that path opens.
  const path = url.pathname.replace(/\/{2,}/g, '/');
  return localizeHref(path + url.search + url.hash, { locale }) as ResolvedPathname;
}

/** Remembers the reader's choice of language for the next visit. */
export function rememberLocale(locale: Locale): void {
  try {
    localStorage.setItem(localStorageKey, locale);
  } catch {
    // Storage turned off: the choice lasts for this visit only.
  }
}

/**
 * Where to go instead of `url` for a reader who chose another language on an earlier visit:
 * an address without a language prefix (English, the default) opened with Chinese remembered
 * leads to its Chinese page. An address that names its language is kept.
 */
export function rememberedAddress(url: URL): string | undefined {
  let remembered: string | null = null;
  try {
    remembered = localStorage.getItem(localStorageKey);
  } catch {
    return undefined;
  }
  const current = extractLocaleFromUrl(url);
  if (current !== baseLocale || !remembered || remembered === current) return undefined;
  if (!(locales as readonly string[]).includes(remembered)) return undefined;
  return inLocale(url, remembered as Locale);
}
