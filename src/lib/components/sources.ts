import type { Row } from '$lib/db/rows';
import { codeText } from '$lib/i18n/data-text';
import { localPlace, placePunctuation } from '$lib/i18n/places';
import type { Locale } from '$lib/paraglide/runtime.js';

/**
 * One figure's source: a document and place ("A/67/…, para. 20"), the passage it was read
 * from when the source is a seed, and what that passage says, in English.
 */
export type Source = {
  citation: string | null;
  quoteZh?: string | null;
  meaningEn?: string | null;
  /** The document and the place in it, when known apart (for a compact list by document). */
  doc?: string | null;
  place?: string | null;
  /** `doc` as the page names it, where that differs (《武器贸易条约》): set by `localSources`. */
  docName?: string;
};

/** One document of a summary line, its places in brackets after it ("(para. 6; para. 8)"). */
export type SourceSummary = { doc: string; places: string };

/** A passage of a seed document and its meaning in English (a summary, not a translation). */
export type Passage = { zh: string; en: string | null };

/** A cited place with every passage quoted from it, in first-seen order. */
export type Citation = { citation: string; quotes: Passage[] };

/** Collapses per-figure sources into distinct citations, each with its distinct passages. */
export function groupSources(sources: Source[]): Citation[] {
  const byCitation = new Map<string, Citation>();
  for (const { citation, quoteZh, meaningEn } of sources) {
    if (!citation) continue;
    let entry = byCitation.get(citation);
    if (!entry) byCitation.set(citation, (entry = { citation, quotes: [] }));
    if (quoteZh && !entry.quotes.some((quote) => quote.zh === quoteZh)) {
      entry.quotes.push({ zh: quoteZh, en: meaningEn ?? null });
    }
  }
  return [...byCitation.values()];
}

/**
 * The sources of rows that follow the views' convention: a `source` column
 * ("document, place") and a `source_quote_zh` column; `meaning` says in English what each
 * row's passage supports.
 */
export function rowSources(rows: Row[], meaning: (row: Row) => string): Source[] {
  return rows.map((row) => ({
    citation: (row.source as string | null) ?? null,
    doc: (row.source_doc as string | null) ?? null,
    place: (row.source_ref as string | null) ?? null,
    quoteZh: (row.source_quote_zh as string | null) ?? null,
    meaningEn: meaning(row),
  }));
}

/**
 * The sources as one line, each document once with its places:
 * "S/2017/1025 (para. 6; para. 8); A/67/… (para. 20)". Sources without a separate document
 * and place are listed whole; past `limit` places a document's list ends with `more(n)`
 * (the table and the downloads have them all).
 */
export function summarizeSources(
  sources: Source[],
  more: (count: number) => string = (count) => `+${count}`,
  limit = 8,
  locale = 'en',
): string[] {
  return summarizeSourceParts(sources, more, limit, locale).map(
    ({ doc, places }) => `${doc}${places}`,
  );
}

/** `summarizeSources`, each document apart from its places. */
export function summarizeSourceParts(
  sources: Source[],
  more: (count: number) => string = (count) => `+${count}`,
  limit = 8,
  locale = 'en',
): SourceSummary[] {
  // Chinese text takes full-width brackets and semicolons: "S/2017/1025（第6段；第8段）",
  // Arabic its own semicolon.
  const { open, semicolon: join, close } = placePunctuation(locale);
  const places = new Map<string, string[]>();
  for (const { citation, doc, place, docName } of sources) {
    if (!citation) continue;
    const key = doc && place ? (docName ?? doc) : citation;
    let list = places.get(key);
    if (!list) places.set(key, (list = []));
    if (doc && place && !list.includes(place)) list.push(place);
  }
  return [...places].map(([doc, list]) => {
    if (list.length === 0) return { doc, places: '' };
    const shown = list.length > limit ? [...list.slice(0, limit), more(list.length - limit)] : list;
    return { doc, places: `${open}${shown.join(join)}${close}` };
  });
}

/**
 * Whether the seeds' passages lead the source note as its text: on a Chinese page, where they
 * are in the reader's language; on an English page they follow, behind a disclosure, with
 * what each says in English.
 */
export function passagesLeadIn(locale: string): boolean {
  return locale.toLowerCase().split('-')[0] === 'zh';
}

/**
 * The sources with each place in the page's language ("第20段" on a Chinese page); the
 * document's symbol stays as it is. A source known only as "document, place" is read at the
 * first ", " after which the rest is a place that can be written in that language.
 */
export function localSources(sources: Source[], locale: Locale): Source[] {
  const separator = placePunctuation(locale).comma;
  return sources.map((source) => {
    if (source.doc && source.place) {
      const place = localPlace(source.place, locale);
      // A document with a name in the reader's language is cited by it (《武器贸易条约》).
      const doc = codeText('documents.doc_id', source.doc, locale).text;
      if (place === source.place && doc === source.doc) return source;
      const docName = doc === source.doc ? undefined : doc;
      return { ...source, place, docName, citation: `${doc}${separator}${place}` };
    }
    const citation = source.citation ?? '';
    const splits: number[] = [];
    for (let at = citation.indexOf(', '); at > 0; at = citation.indexOf(', ', at + 2)) {
      splits.push(at);
    }
    // A document the page names in its language ("UN Disarmament Yearbook 2011, Part II" is
    // an « Annuaire … » in French) is read as the document, whatever commas its name holds.
    for (const at of splits) {
      const doc = citation.slice(0, at);
      if (codeText('documents.doc_id', doc, locale).text !== doc) {
        const [named] = localSources([{ ...source, doc, place: citation.slice(at + 2) }], locale);
        return { ...source, citation: named.citation };
      }
    }
    for (const at of splits) {
      const place = localPlace(citation.slice(at + 2), locale);
      if (place !== citation.slice(at + 2)) {
        return { ...source, citation: `${citation.slice(0, at)}${separator}${place}` };
      }
    }
    return source;
  });
}

/**
 * One citation known only as "document, place" in the page's language: "S/2017/1025, Annex II,
 * para. 3" is "S/2017/1025，附件二，第3段" on a Chinese page (a chart's tooltip cites so).
 */
export function localCitation(citation: string, locale: Locale): string {
  return localSources([{ citation }], locale)[0].citation ?? citation;
}
