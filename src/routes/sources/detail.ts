import type { Row } from '$lib/db/rows';
import { localPlace, placePunctuation } from '$lib/i18n/places';
import type { Locale } from '$lib/paraglide/runtime.js';

/**
 * What a document cites, each with the place that cites it, in the page's language:
 * "S/PRST/2010/6 (preamble); …", "S/PRST/2010/6 (préambule); …", "S/PRST/2010/6（序言部分）；…".
 */
export function citesText(rows: Row[], locale: Locale): string {
  const mark = placePunctuation(locale);
  return rows
    .map(
      (row) =>
        `${row.cited_doc}${mark.open}${localPlace(String(row.source_ref), locale)}${mark.close}`,
    )
    .join(mark.semicolon);
}

/** The documents that cite this one, each with its place: "S/RES/2117 (2013), preamble; …". */
export function citedByText(rows: Row[], locale: Locale): string {
  const mark = placePunctuation(locale);
  return rows
    .map((row) => `${row.citing_doc}${mark.comma}${localPlace(String(row.source_ref), locale)}`)
    .join(mark.semicolon);
}
