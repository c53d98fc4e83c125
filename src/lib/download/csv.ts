import type { Row, Value } from '$lib/db/rows';

/**
 * A column of a download: the row key it reads, its label in the page's language, what it
 * means, and the text the page shows for a row (a rate as a percentage, a code as its name).
 */
export type DownloadColumn = {
  key: string;
  title: string;
  description?: string;
  shown?: (row: Row) => string;
};

/** RFC 4180 CSV of `rows`, one column per `columns` entry, header first, CRLF line ends. */
export function toCsv(rows: Row[], columns: DownloadColumn[]): string {
  const lines = [columns.map((column) => csvField(column.key))];
  for (const row of rows) lines.push(columns.map((column) => csvField(row[column.key] ?? null)));
  return lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

/** The text a table cell shows for `row` in `column`. */
export function shownText(row: Row, column: DownloadColumn): string {
  return column.shown ? column.shown(row) : String(row[column.key] ?? '');
}

/**
 * The table as the page shows it, as CSV: headers are the columns' labels in the page's
 * language and each cell is the text on screen ("38%", not 0.3846…). It starts with a byte
 * order mark, so spreadsheet programs read its Chinese as UTF-8.
 */
export function toShownCsv(rows: Row[], columns: DownloadColumn[]): string {
  const lines = [columns.map((column) => csvField(column.title))];
  for (const row of rows) lines.push(columns.map((column) => csvField(shownText(row, column))));
  return '\ufeff' + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

/** One CSV field: quoted when it holds a quote, comma or line break; null is empty. */
export function csvField(value: Value): string {
  if (value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
