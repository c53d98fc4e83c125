/** One figure's source: a document and place ("A/67/…, para. 20"), and the passage it was read from when the source is a seed. */
export type Source = { citation: string | null; quoteZh?: string | null };

/** A cited place with every passage quoted from it, in first-seen order. */
export type Citation = { citation: string; quotes: string[] };

/** Collapses per-figure sources into distinct citations, each with its distinct quotes. */
export function groupSources(sources: Source[]): Citation[] {
  const byCitation = new Map<string, Citation>();
  for (const { citation, quoteZh } of sources) {
    if (!citation) continue;
    let entry = byCitation.get(citation);
    if (!entry) byCitation.set(citation, (entry = { citation, quotes: [] }));
    if (quoteZh && !entry.quotes.includes(quoteZh)) entry.quotes.push(quoteZh);
  }
  return [...byCitation.values()];
}
