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

/**
 * `text` without the characters that only lay it out on the page: word joiners (U+2060), which
 * keep an Arabic month pair or range on one line, and the direction marks and isolates
 * (U+200E, U+200F, U+061C, U+2066–U+2069) around an Arabic percentage or a path. In a file they
 * only get in the way of a search, a split or a spreadsheet reading "93%" as a number.
 */
export function withoutLayoutMarks(text: string): string {
  return text.replace(/[\u2060\u200e\u200f\u061c\u2066-\u2069]/gu, '');
}

/** The text a table cell shows for `row` in `column`, as a file holds it (`withoutLayoutMarks`). */
export function shownText(row: Row, column: DownloadColumn): string {
  return withoutLayoutMarks(column.shown ? column.shown(row) : String(row[column.key] ?? ''));
}

/**
 * The table as the page shows it, as CSV for a spreadsheet: headers are the columns' labels in
 * the page's language and each cell is the text on screen ("38%", not 0.3846…), a text cell
 * that a spreadsheet would run as a formula made safe (see `spreadsheetField`). It starts with
 * a byte order mark, so spreadsheet programs read its Chinese as UTF-8.
 */
export function toShownCsv(rows: Row[], columns: DownloadColumn[]): string {
  const lines = [columns.map((column) => spreadsheetField(withoutLayoutMarks(column.title)))];
  for (const row of rows) {
    lines.push(
      columns.map((column) =>
        spreadsheetField(shownText(row, column), typeof row[column.key] === 'number'),
      ),
    );
  }
  return '\ufeff' + lines.map((fields) => fields.join(',')).join('\r\n') + '\r\n';
}

/** One CSV field: quoted when it holds a quote, comma or line break; null is empty. */
export function csvField(value: Value): string {
  if (value === null) return '';
  const text = typeof value === 'object' ? JSON.stringify(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * Text a spreadsheet would run as a formula: OWASP's CSV Injection list (=, +, -, @, tab,
 * carriage return, line feed) and the NUL of ASVS 1.2.10 at the start; and the same after
 * spaces (a spreadsheet may trim them, and \s includes the ideographic space) or after a `;` or
 * tab (where a spreadsheet splits on them, the list separator in much of Europe).
 */
const FORMULA = /(?:^|[;\t])\s*[=+\-@]|^[\t\r\n\0]/;

/** A number as a spreadsheet reads one: a sign, digits (grouped or not), a fraction, an exponent, %. */
const PLAIN_NUMBER = /^[+-]?(\d[\d,]*(\.\d*)?|\.\d+)(e[+-]?\d+)?%?$/i;

/**
 * One CSV field for a file meant to be opened in a spreadsheet, as OWASP's "CSV Injection"
 * says: text that starts with a formula character (or hides one, see `FORMULA`) is quoted and
 * starts with `'`, so a spreadsheet reads it as text, never as a formula. `numeric` says the cell holds a number:
 * then `-5` or `-1.5e-7` stays as it is and the spreadsheet reads a number, while a number's
 * text that is not a plain number (`-US$6 billion`, `-Infinity`) is neutralised. Text that
 * only looks like a number ("-5", "+1" in a text column) is neutralised too, as OWASP says;
 * the spreadsheet then keeps it as the text it is (a phone number "+41 22 917 1234" is not
 * turned into a number).
 */
export function spreadsheetField(text: string, numeric = false): string {
  const formula = FORMULA.test(text) && !(numeric && PLAIN_NUMBER.test(text));
  const field = formula ? `'${text}` : text;
  // Quoted also when it holds a ; or tab, so a spreadsheet splitting on them keeps it whole.
  return formula || /[",;\t\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;
}
