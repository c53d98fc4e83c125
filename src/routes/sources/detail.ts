import { langAttr } from '$lib/components/lang';
import type { Row } from '$lib/db/rows';
import { codeText } from '$lib/i18n/data-text';
import { codeLabel, formatDate } from '$lib/i18n/format';
import { translatedCell } from '$lib/i18n/names';
import { localPlace, placePunctuation } from '$lib/i18n/places';
import type { Locale } from '$lib/paraglide/runtime.js';

/**
 * A piece of a text: a document's name, in the page's language or marked as the English it is
 * left in (`lang`), or the words and punctuation between names, in the page's language.
 */
export type Piece = { text: string; lang?: string };

/** A document by its short name in the page's language (《武器贸易条约》), else its id, in English. */
export function docName(id: unknown, locale: string): Piece {
  return codeText('documents.doc_id', id, locale);
}

/**
 * What a document cites, each with the place that cites it, in the page's language:
 * "S/PRST/2010/6 (preamble); …", "S/PRST/2010/6 (préambule); …", "S/PRST/2010/6（序言部分）；…".
 */
export function citesPieces(rows: Row[], locale: Locale): Piece[] {
  const mark = placePunctuation(locale);
  return rows.flatMap((row, index) => [
    ...(index > 0 ? [{ text: mark.semicolon }] : []),
    docName(row.cited_doc, locale),
    { text: `${mark.open}${localPlace(String(row.source_ref), locale)}${mark.close}` },
  ]);
}

/** The documents that cite this one, each with its place: "S/RES/2117 (2013), preamble; …". */
export function citedByPieces(rows: Row[], locale: Locale): Piece[] {
  const mark = placePunctuation(locale);
  return rows.flatMap((row, index) => [
    ...(index > 0 ? [{ text: mark.semicolon }] : []),
    docName(row.citing_doc, locale),
    { text: `${mark.comma}${localPlace(String(row.source_ref), locale)}` },
  ]);
}

/** A title as the data gives it: Chinese from the row (title_zh), the others from translations.csv. */
const ownTitle = translatedCell('documents', 'title');

/**
 * A document's title in the page's language, else its English title marked as English; a
 * document known by its title alone (its doc_id is its English title, "2005 World Summit
 * Outcome") takes its name's translation.
 */
export function documentTitle(row: Row, locale: string): Piece {
  const own = ownTitle(row, locale);
  return own.lang === 'en' && row.title_en === row.doc_id
    ? codeText('documents.doc_id', row.doc_id, locale)
    : own;
}

/** A piece as a page in `locale` marks it: a `lang` only where it is not the page's language. */
const onPage = (piece: Piece, locale: string): Piece => {
  const lang = langAttr(piece.lang, locale);
  return lang ? { text: piece.text, lang } : { text: piece.text };
};

/**
 * The heading of a selected document: its name in the page's language (《武器贸易条约》, the
 * symbol S/2017/1025), then its title where that says more; a document whose name is its title
 * is named once. A name or title left in English is marked so.
 */
export function documentHeading(row: Row, locale: Locale): Piece[] {
  const name = onPage(docName(row.doc_id, locale), locale);
  const title = onPage(documentTitle(row, locale), locale);
  if (!title.text || title.text === name.text) return [name];
  return [name, { text: placePunctuation(locale).colon }, title];
}

/**
 * What the detail says a document is: its kind, the body that issued it and its date, those it
 * has, joined by " · " ("国际文书 · 联合国" for a treaty the data gives no date).
 */
export function documentFacts(row: Row, locale: Locale): Piece[] {
  const facts: Piece[] = [
    { text: codeLabel('kind', row.kind, locale) },
    onPage(codeText('documents.body', row.body, locale), locale),
    { text: row.date ? formatDate(String(row.date), locale) : '' },
  ].filter((piece) => piece.text !== '');
  return facts.flatMap((piece, index) => (index > 0 ? [{ text: ' · ' }, piece] : [piece]));
}
