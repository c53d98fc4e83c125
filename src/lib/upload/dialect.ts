import Papa from 'papaparse';
import type { Encoding } from './encoding';
import { valueType } from './types';

/** How a CSV file is read: what the user sees in the preview and can correct before loading. */
export type CsvOptions = {
  encoding: Encoding;
  delimiter: string;
  /** Whether the first row after `skip` names the columns. */
  header: boolean;
  /** Lines before the header (or the first row): titles and notes such as SIPRI's. */
  skip: number;
};

/**
 * Delimiters offered, in the order a tie is broken. A space is offered, never guessed: a list
 * of names ("Costa Rica", "Sri Lanka") would split on it.
 */
export const delimiters = [',', ';', '\t', '|', ' '] as const;

export type ParsedRow = { fields: string[]; line: number };
type ParseError = { code: 'unclosedQuote' | 'strayQuote'; line: number; column: number };

/** Parses CSV text with the line on which each row starts, for messages that name lines. */
export function parseRows(
  text: string,
  delimiter: string,
  limit: number,
): { rows: ParsedRow[]; errors: ParseError[] } {
  const rows: ParsedRow[] = [];
  const errors: ParseError[] = [];
  let line = 1;
  let counted = 0; // characters of `text` whose newlines are already in `line`
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    preview: limit,
    skipEmptyLines: false,
    step(result) {
      const start = counted;
      const end = result.meta.cursor;
      const row = { fields: result.data, line: line + countNewlines(text, counted, start) };
      line = row.line;
      for (const error of result.errors) {
        const code = error.code === 'MissingQuotes' ? 'unclosedQuote' : 'strayQuote';
        if (error.type === 'Quotes')
          errors.push({ code, line: row.line, column: result.data.length });
      }
      line += countNewlines(text, start, end);
      counted = end;
      const blank = result.data.length === 1 && result.data[0] === '';
      if (!blank) rows.push(row);
    },
  });
  return { rows, errors };
}

export function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const char = text.charCodeAt(index);
    if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) count++;
  }
  return count;
}

export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastNewline = before.lastIndexOf('\n');
  return { line: countNewlines(before, 0, before.length) + 1, column: offset - lastNewline };
}

/** The delimiter that splits most lines into the same number of fields (more than one). */
export function guessDelimiter(text: string): string {
  let best: string = delimiters[0];
  let bestScore = 0;
  for (const delimiter of delimiters.filter((each) => each !== ' ')) {
    const { rows } = parseRows(text, delimiter, 100);
    const count = modalCount(rows);
    if (count < 2) continue;
    const score = rows.filter((row) => row.fields.length === count).length;
    if (score > bestScore) {
      best = delimiter;
      bestScore = score;
    }
  }
  return best;
}

function modalCount(rows: ParsedRow[]): number {
  const counts = new Map<number, number>();
  for (const row of rows) counts.set(row.fields.length, (counts.get(row.fields.length) ?? 0) + 1);
  let modal = 0;
  let most = 0;
  for (const [count, times] of counts) {
    if (times > most || (times === most && count > modal)) [modal, most] = [count, times];
  }
  return modal;
}

/** Lines before the first row that has the table's usual number of fields (notes, titles). */
export function guessSkip(rows: ParsedRow[]): number {
  const count = modalCount(rows);
  const first = rows.find((row) => row.fields.length === count);
  return first && count > 1 ? first.line - 1 : 0;
}

/** A first row of names: no cell in it is a number or a date. */
export function guessHeader(rows: ParsedRow[]): boolean {
  const first = rows[0];
  if (!first) return true;
  return !first.fields.some((cell) => valueType(cell) !== 'text' && valueType(cell) !== 'empty');
}
