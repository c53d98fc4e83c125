import type { Row } from '$lib/db/rows';
import { codeText } from '$lib/i18n/data-text';
import { formatPeriod, formatQualified } from '$lib/i18n/format';
import { t } from '$lib/i18n/messages';
import { translatedCell } from '$lib/i18n/names';
import { localPlace, placePunctuation } from '$lib/i18n/places';
import type { Locale } from '$lib/paraglide/runtime.js';
import type { Column } from './DataTable.svelte';
import { latinRuns, nonLatinPage, type Run } from './lang';

/** A `key_figures` row's label in the page's language (label_zh, or data/translations.csv). */
export const figureLabel = translatedCell('key_figures', 'label');

/** A `key_figures` row's value as the document qualifies it: "at least US$6 billion". */
export function qualifiedFigure(row: Row): string {
  return formatQualified(Number(row.value), row.unit as string, row.qualifier as string);
}

/** A `key_figures` row's period: "2010–2015", "since 2004". */
export function figurePeriod(row: Row): string {
  return formatPeriod(row.period_start as string | null, row.period_end as string | null);
}

/**
 * A row's source as a table shows it: the document, by its name in the page's language where it
 * has one (《武器贸易条约》), and the place in it, in the page's language where the place is one of
 * the forms its UN documents use ("S/2017/1025，第6段"), otherwise as written. `runs` marks what
 * stays in English: on a Chinese, Russian or Arabic page a name or symbol left as published
 * ("UN press release DC/3814，第一段和第二段"), on a French or Spanish page an English name; and
 * a place left in English.
 */
export function sourceCell(
  row: Row,
  locale: string,
): { text: string; lang?: string; runs?: Run[] } {
  const [doc, place] = [row.source_doc, row.source_ref].map((value) => String(value ?? ''));
  if (!doc) return { text: String(row.source ?? '') };
  if (locale === 'en') return { text: place ? `${doc}, ${place}` : doc };
  const name = codeText('documents.doc_id', doc, locale);
  const kept = name.lang === 'en' && (nonLatinPage(locale) || /[A-Za-z][a-z]{2,}/.test(name.text));
  const runs: Run[] = [kept ? { text: name.text, lang: 'en' } : { text: name.text }];
  const local = localPlace(place, locale as Locale);
  // An Arabic place may keep a file name or a symbol ("صف هذه الجهة في embargo.csv"), English and
  // marked so; a Russian or Chinese one has Latin letters that are not ("п. 34 c) v)").
  const inPage = `${placePunctuation(locale).comma}${local}`;
  if (place && local !== place)
    runs.push(...(locale === 'ar' ? latinRuns(inPage, locale) : [{ text: inPage }]));
  else if (place)
    runs.push(
      { text: ', ' },
      /[A-Za-z]{2,}/.test(place) ? { text: place, lang: 'en' } : { text: place },
    );
  return { text: runs.map((run) => run.text).join(''), runs };
}

/** The table (and download) columns of `key_figures` rows, as every page shows them. */
export function figureColumns(): Column<Row>[] {
  return [
    { key: 'label_en', label: t('figures.col.label'), cell: figureLabel },
    { key: 'value', label: t('figures.col.value'), numeric: true, format: qualifiedFigure },
    { key: 'qualifier', label: t('figures.col.qualifier'), code: 'key_figures.qualifier' },
    { key: 'unit', label: t('figures.col.unit'), code: 'key_figures.unit' },
    { key: 'period_start', label: t('figures.col.period'), format: figurePeriod },
    { key: 'period_end', label: t('figures.col.periodEnd'), downloadOnly: true },
    { key: 'derived_from', label: t('figures.col.derivedFrom'), lang: 'en' },
    { key: 'source', label: t('figures.col.source'), cell: sourceCell },
  ];
}
