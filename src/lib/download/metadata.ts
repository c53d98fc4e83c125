import type { Citation } from '$lib/components/sources';
import type { Param } from '$lib/db/result';
import type { DownloadColumn } from './csv';

/** What a downloaded CSV is: enough to cite it and re-compute it without the site. */
export type DownloadMetadata = {
  name: string;
  title: string;
  description: string;
  notes: string[];
  sources: Citation[];
  columns: DownloadColumn[];
  sql: string;
  params: Param[];
  rows: number;
  /** The language of the titles, descriptions and notes (the page's), as a BCP 47 tag. */
  language?: string;
  /** What the SQL runs over, in that language. */
  tables?: string;
};

/**
 * A Frictionless-style descriptor for a downloaded CSV: its title, the documents and
 * paragraphs behind it (with the Chinese passages), each column's meaning, and the SQL over
 * the project's data/ that produced it.
 */
export function metadataJson(meta: DownloadMetadata, created: Date): string {
  const descriptor = {
    profile: 'tabular-data-resource',
    name: meta.name,
    path: `${meta.name}.csv`,
    ...(meta.language ? { language: meta.language } : {}),
    title: meta.title,
    description: meta.description,
    notes: meta.notes,
    created: created.toISOString(),
    format: 'csv',
    encoding: 'utf-8',
    rows: meta.rows,
    schema: {
      fields: meta.columns.map(({ key, title, description }) => ({
        name: key,
        title,
        ...(description ? { description } : {}),
      })),
    },
    sources: meta.sources.map(({ citation, quotes }) => ({
      title: citation,
      ...(quotes.length > 0 ? { passages: quotes } : {}),
    })),
    computed_by: {
      engine: 'DuckDB',
      tables:
        meta.tables ??
        'data/*.csv of the SDG 16.4 Arms Flows Dashboard (see data/datapackage.json)',
      sql: meta.sql.trim(),
      params: meta.params,
    },
  };
  return JSON.stringify(descriptor, null, 2) + '\n';
}
