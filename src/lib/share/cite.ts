import { formatDate, listSeparator } from '$lib/i18n/format';
import { t } from '$lib/i18n/messages';
import type { Locale } from '$lib/paraglide/runtime.js';
import { getLocale } from '$lib/paraglide/runtime.js';

export type CitationInput = {
  /** The chart's title, as its panel shows it. */
  title: string;
  /**
   * What the view is of, when it is of some countries (the country of a country page, the
   * countries compared), by their names in the citation's language: they follow the title.
   */
  names?: string[];
  /** The address of the view cited, query string included (the view is in it). */
  url: string;
  /** When the reader looked: the day is written in the reader's own calendar day. */
  accessed: Date;
  /** The source documents and places, one line each ("S/2017/1025 (para. 6; para. 8)"). */
  sources: string[];
};

/**
 * The address that identifies a view: its path and the query that carries its state (tabs,
 * filters, countries: src/lib/state/ keeps all of it there). The #fragment is left out: on
 * these pages it only points the browser at a part of the page (#main, a panel's id), and the
 * workbench, whose shared query is in the fragment, offers no citation.
 */
export function citedUrl(url: URL): string {
  return `${url.origin}${url.pathname}${url.search}`;
}

/** `date` as its local calendar day, "2026-12-04". */
export function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/**
 * A citation of one chart in the page's language (or `locale`): its title, the site, the
 * address of the view, the day it was read, and the documents its figures come from.
 */
export function citation(input: CitationInput, locale: Locale = getLocale()): string {
  const params = {
    title: input.names?.length
      ? t(
          'share.titleNames',
          { title: input.title, names: input.names.join(listSeparator(locale)) },
          locale,
        )
      : input.title,
    app: t('app.title', {}, locale),
    url: input.url,
    date: formatDate(localDay(input.accessed), locale),
  };
  if (input.sources.length === 0) return t('share.citationNoSources', params, locale);
  const separator = locale === 'zh' ? '；' : '; ';
  return t('share.citation', { ...params, sources: input.sources.join(separator) }, locale);
}
