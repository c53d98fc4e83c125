import Papa from 'papaparse';
import type { Encoding } from './encoding';
import { valueType } from './types';

/** How a CSV file is read: what the user sees in the preview and can correct before loading. */
export type CsvOptions = {
  encoding: Encoding;
  delimiter: string;
  /** Whether the first row after `skip` names the columns. */
  header: boolean;
  /**
   * Lines before the header (or the first row): titles and notes such as SIPRI's. Comment
   * lines are not counted, as DuckDB's `skip` does not count them.
   */
  skip: number;
  /** Whether lines starting with "#" are comments, skipped (DuckDB's `comment = '#'`). */
  comment?: boolean;
  /**
   * A character that ends every line as padding, not data: a spreadsheet that splits on ";"
   * re-saves a comma file with ";;;;" after each line (`guessPadding`). Left out before reading.
   */
  padding?: string;
};

/** The comment marker `guessComment` looks for, and the only one offered. */
export const commentMarker = '#';

/**
 * Delimiters offered, in the order a tie is broken. A space is offered, never guessed: a list
 * of names ("Costa Rica", "Sri Lanka") would split on it.
 */
export const delimiters = [',', ';', '\t', '|', ' '] as const;

export type ParsedRow = { fields: string[]; line: number };
type ParseError = { code: 'unclosedQuote' | 'strayQuote'; line: number; column: number };

/**
 * Parses CSV text with the line on which each row starts, for messages that name lines. With
 * `comment`, a line that starts a row with "#" is skipped, as DuckDB skips it, and listed in
 * `comments` by its line.
 */
export function parseRows(
  text: string,
  delimiter: string,
  limit: number,
  comment = false,
): { rows: ParsedRow[]; errors: ParseError[]; comments: number[] } {
  const rows: ParsedRow[] = [];
  const errors: ParseError[] = [];
  const comments: number[] = [];
  let line = 1;
  let counted = 0; // characters of `text` whose newlines are already in `line`
  let steps = 0;
  Papa.parse<string[]>(text, {
    delimiter,
    quoteChar: '"',
    escapeChar: '"',
    comments: comment ? commentMarker : false,
    preview: limit,
    skipEmptyLines: false,
    step(result) {
      const start = counted;
      const end = result.meta.cursor;
      // The comment lines Papa Parse passed over before this row.
      let from = start;
      while (comment && text.startsWith(commentMarker, from)) {
        const next = lineEnd(text, from);
        if (next > end) break;
        comments.push(line++);
        from = next;
      }
      const row = { fields: result.data, line };
      steps++;
      for (const error of result.errors) {
        const code = error.code === 'MissingQuotes' ? 'unclosedQuote' : 'strayQuote';
        if (error.type === 'Quotes')
          errors.push({ code, line: row.line, column: result.data.length });
      }
      line += countNewlines(text, from, end);
      counted = end;
      const blank = result.data.length === 1 && result.data[0] === '';
      if (!blank) rows.push(row);
    },
  });
  // Comment lines after the last row, which Papa Parse reports no step for.
  let from = counted;
  while (comment && steps < limit && from < text.length) {
    const next = lineEnd(text, from);
    if (text.startsWith(commentMarker, from)) comments.push(line);
    else if (text.slice(from, next).trim() !== '') break;
    line++;
    from = next;
  }
  return { rows, errors, comments };
}

/** Where the line starting at `from` ends, past its line break. */
function lineEnd(text: string, from: number): number {
  const newline = text.slice(from).search(/\r\n?|\n/);
  if (newline < 0) return text.length;
  const at = from + newline;
  return at + (text.startsWith('\r\n', at) ? 2 : 1);
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
export function guessDelimiter(text: string, comment = false): string {
  let best: string = delimiters[0];
  let bestScore = 0;
  for (const delimiter of delimiters.filter((each) => each !== ' ')) {
    const { rows } = parseRows(text, delimiter, 100, comment);
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

/**
 * Whether the lines starting with "#" are comments. Only when the evidence says so: the other
 * lines, two or more, share a delimiter and a number of fields that no "#" line has, and no
 * other line holds a "#" (DuckDB would cut that line there). A column of tags such as "#1"
 * fits the table, so it stays data.
 */
export function guessComment(text: string): boolean {
  const lines = text.split(/\r\n?|\n/).filter((line) => line.trim() !== '');
  const marked = lines.filter((line) => line.startsWith(commentMarker));
  const others = lines.filter((line) => !line.startsWith(commentMarker));
  if (marked.length === 0 || others.some((line) => line.includes(commentMarker))) return false;
  const rest = others.slice(0, 200).join('\n');
  const delimiter = guessDelimiter(rest);
  const { rows } = parseRows(rest, delimiter, 200);
  const count = modalCount(rows);
  if (count < 2 || rows.filter((row) => row.fields.length === count).length < 2) return false;
  return marked
    .slice(0, 200)
    .every((line) => parseRows(line, delimiter, 1).rows[0]?.fields.length !== count);
}

/** Lines before the first row that has the table's usual number of fields (notes, titles). */
export function guessSkip(rows: ParsedRow[]): number {
  const count = modalCount(rows);
  const first = rows.find((row) => row.fields.length === count);
  return first && count > 1 ? first.line - 1 : 0;
}

/**
 * A first row of names: no cell in it is a number or a date; or a row of years over the columns
 * of a table by year (SIPRI's TIV tables: `Recipient,1950,1951,…`), which the next row is not.
 */
export function guessHeader(rows: ParsedRow[]): boolean {
  const first = rows[0];
  if (!first) return true;
  const names = !first.fields.some(
    (cell) => valueType(cell) !== 'text' && valueType(cell) !== 'empty',
  );
  return names || (yearRow(first) && !(rows[1] && yearRow(rows[1])));
}

/** A row whose numbers are at least three years, rising from left to right, none repeated. */
function yearRow(row: ParsedRow): boolean {
  const numbers = row.fields.filter((cell) => valueType(cell) === 'integer').map(Number);
  if (numbers.length < 3 || row.fields.some((cell) => valueType(cell) === 'number')) return false;
  return numbers.every(
    (year, index) => year >= 1800 && year <= 2100 && (index === 0 || year > numbers[index - 1]),
  );
}

/** Characters a spreadsheet pads lines with: the delimiters it may save with. */
const paddings = [';', ',', '\t', '|'] as const;

function paddingPattern(padding: string): RegExp {
  const escaped = padding.replace(/[|\\^$.*+?()[\]{}]/g, '\\$&');
  return new RegExp(`${escaped}+(?=\\r\\n|\\r|\\n|$)`, 'g');
}

/** `text` without the run of `padding` at the end of each line. Lines keep their numbers. */
export function stripPadding(text: string, padding: string): string {
  return text.replace(paddingPattern(padding), '');
}

/**
 * The character lines end with as padding, if one does: nine lines in ten or more end with it
 * (a line the spreadsheet filled to its last cell has none left), and without it the lines
 * split on another delimiter into two or more fields. A column that is always empty ends
 * every line with the delimiter itself, so that is data.
 */
export function guessPadding(text: string, delimiter?: string): string | undefined {
  const lines = text
    .split(/\r\n?|\n/)
    .slice(0, 200)
    .filter((line) => line.trim() !== '');
  for (const padding of paddings) {
    const padded = lines.filter((line) => line.endsWith(padding)).length;
    if (padding === delimiter || padded < 2 || padded < lines.length * 0.9) continue;
    const stripped = stripPadding(lines.join('\n'), padding);
    const splitOn = delimiter ?? guessDelimiter(stripped);
    if (splitOn === padding) continue;
    if (modalCount(parseRows(stripped, splitOn, 200).rows) >= 2) return padding;
  }
  return undefined;
}

/** A record put together from `lines` lines that start at `line`. */
export type JoinedRecord = { line: number; lines: number; fields: string[] };

/**
 * Rows that are one record split by a line break inside an unquoted field, joined again.
 * SIPRI's trade register does this when a comment ends in a line break: "…in Mali" on one
 * line with 13 of 16 fields, ",3,9,9" (4 fields) on the next. A short row is joined with the
 * short rows after it (one line each, five at most) when their fields make exactly
 * `expected`; the line break stays in the joined field. Only where that is evidence: three
 * columns or more, the first and last parts hold two fields or more, so a ragged row of one
 * value is never glued to the next, and no piece holds a quote mark (quoting gone wrong). Undefined when some row that has not `expected`
 * fields cannot be explained so: those rows are errors to report, not to mend.
 */
export function joinSplitRows(
  rows: ParsedRow[],
  expected: number,
): { rows: ParsedRow[]; joined: JoinedRecord[] } | undefined {
  const out: ParsedRow[] = [];
  const joined: JoinedRecord[] = [];
  for (let index = 0; index < rows.length; index++) {
    const row = rows[index];
    if (row.fields.length === expected) {
      out.push(row);
      continue;
    }
    if (row.fields.length > expected || expected < 3 || row.fields.length < 2) return undefined;
    if (row.fields.at(-1)!.includes('"')) return undefined;
    const fields = [...row.fields];
    let next = index + 1;
    while (fields.length < expected && next < rows.length && next - index <= 5) {
      const part = rows[next];
      // Only rows of one line each: a row spanning lines holds a quoted line break already.
      if (part.line !== rows[next - 1].line + 1 || part.fields.length >= expected) break;
      // A quote mark in the pieces means quoting went wrong, not a line break in a comment.
      if (part.fields.some((field) => field.includes('"'))) return undefined;
      fields[fields.length - 1] += `\n${part.fields[0]}`;
      fields.push(...part.fields.slice(1));
      next++;
    }
    // The last part must be one line too: the next row starts on the line after it.
    const after = rows[next];
    const last = rows[next - 1];
    if (
      fields.length !== expected ||
      next === index + 1 ||
      last.fields.length < 2 ||
      (after && after.line !== last.line + 1)
    ) {
      return undefined;
    }
    out.push({ fields, line: row.line });
    joined.push({ line: row.line, lines: next - index, fields });
    index = next - 1;
  }
  return { rows: out, joined };
}

/**
 * `text` with each joined record written on its lines' place as one CSV record, its line
 * break quoted. The lines of `joined` are one row each (`joinSplitRows` joins no other).
 */
export function withJoinedRecords(text: string, joined: JoinedRecord[], delimiter: string): string {
  if (joined.length === 0) return text;
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  for (const record of joined) {
    const last = lines[record.line + record.lines - 2];
    const lineBreak = /\r\n|\r|\n/.exec(last)?.[0] ?? '';
    lines[record.line - 1] = csvLine(record.fields, delimiter) + lineBreak;
    for (let each = 1; each < record.lines; each++) lines[record.line - 1 + each] = '';
  }
  return lines.join('');
}

/** The line of the file that `skip` lines other than the comment lines `comments` take up. */
export function fileLines(skip: number, comments: number[]): number {
  let line = 0;
  for (let counted = 0; counted < skip;) if (!comments.includes(++line)) counted++;
  return line;
}

/** One record as a CSV line: a field holding the delimiter, a quote or a line break is quoted. */
export function csvLine(fields: string[], delimiter: string): string {
  return fields
    .map((field) =>
      field.includes(delimiter) || /["\r\n]/.test(field)
        ? `"${field.replaceAll('"', '""')}"`
        : field,
    )
    .join(delimiter);
}
