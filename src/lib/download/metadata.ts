import type { Citation } from '$lib/components/sources';
import type { Param } from '$lib/db/result';
import type { Row } from '$lib/db/rows';
import { withoutLayoutMarks, type DownloadColumn } from './csv';

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

/** A Table Schema type for a column, read from its values (exact big numbers come as text). */
export function fieldType(rows: Row[], key: string): string {
  const values = rows
    .map((row) => row[key])
    .filter((value) => value !== null && value !== undefined);
  if (values.length === 0) return 'any';
  const numeric = (value: unknown) =>
    typeof value === 'number' || (typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value));
  if (values.every((value) => typeof value === 'boolean')) return 'boolean';
  if (values.every(numeric)) {
    return values.every((value) => Number.isInteger(Number(value)) && !String(value).includes('.'))
      ? 'integer'
      : 'number';
  }
  if (values.every((value) => typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value))) {
    return 'date';
  }
  if (values.every((value) => typeof value === 'string')) return 'string';
  return 'any';
}

/**
 * A Frictionless Data Resource for a downloaded CSV, `{name}.csv`: its title, the documents
 * and paragraphs behind it (with the Chinese passages), each column's meaning, and the SQL
 * over the project's data/ that produced it. `rows`, when given, types each column.
 */
export function dataResource(meta: DownloadMetadata, created: Date, rows?: Row[]) {
  return {
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
        ...(rows ? { type: fieldType(rows, key) } : {}),
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
}

/** The resource descriptor of a downloaded CSV (see `dataResource`), as JSON text. */
export function metadataJson(meta: DownloadMetadata, created: Date): string {
  return withoutLayoutMarks(JSON.stringify(dataResource(meta, created), null, 2)) + '\n';
}
