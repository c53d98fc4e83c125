import type { Row, Value } from '$lib/db/rows';

/** A column of a download: the row key it reads and what it means. */
export type DownloadColumn = { key: string; title: string; description?: string };

/** RFC 4180 CSV of `rows`, one column per `columns` entry, header first, CRLF line ends. */
export function toCsv(rows: Row[], columns: DownloadColumn[]): string {
  const lines = [columns.map((column) => csvField(column.key))];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column.key] ?? null)));
  return lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

/** One CSV field: quoted when it holds a quote, comma or line break; null is empty. */
export function csvField(value: Value): string {
  if (value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
