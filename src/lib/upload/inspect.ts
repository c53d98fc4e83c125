import Papa from 'papaparse';
import { formatBytes } from '$lib/i18n/format';
import { decodeSample, detectEncoding, type Encoding } from './encoding';
import { detectFormat, type KnownFormat } from './formats';
import { columnType, valueType, type ColumnType } from './types';

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

/** What is wrong with a file, where (1-based line and column in the file) and how badly. */
export type Problem = {
  code: ProblemCode;
  /** An error stops the load; a warning says what the load will do about it. */
  level: 'error' | 'warning';
  line?: number;
  column?: number;
  values?: Record<string, string | number>;
};

export type ProblemCode =
  | 'empty'
  | 'blank'
  | 'binary'
  | 'xlsx'
  | 'xls'
  | 'gzip'
  | 'pdf'
  | 'html'
  | 'json'
  | 'noRows'
  | 'ragged'
  | 'unclosedQuote'
  | 'strayQuote'
  | 'duplicateHeader'
  | 'blankHeader'
  | 'badBytes'
  | 'oneColumn'
  | 'loadFailed'
  | 'lateText'
  | 'lateCode'
  | 'nameTaken'
  | 'nameInvalid'
  | 'nameReserved'
  | 'nameKeptElsewhere'
  | 'nameTakenElsewhere'
  | 'tooLarge'
  | 'tooLargeForBrowser'
  | 'tooLargeToKeep';

export { columnType, type ColumnType } from './types';

export type PreviewColumn = {
  /** The name the table will have: trimmed, unique, never blank. */
  name: string;
  /** The header cell as written in the file. */
  original: string;
  type: ColumnType;
};

export type Inspection = {
  /** The options the inspection used: detected, except where `overrides` set them. */
  options: CsvOptions;
  columns: PreviewColumn[];
  /** The first data rows, as text. */
  rows: string[][];
  problems: Problem[];
  format?: KnownFormat;
};

/** How many bytes of a file are read for the preview. */
export const sampleBytes = 256 * 1024;
const previewRows = 20;
const checkedRows = 2000;

/**
 * Reads the start of a file (`sample`, the first `sampleBytes` of a file of `size` bytes) the
 * way the load will: encoding, delimiter, lines to skip and header are detected unless
 * `overrides` sets them. Problems found in the sample come with their line and column.
 */
export function inspect(
  sample: Uint8Array,
  size: number,
  overrides: Partial<CsvOptions> = {},
  capacity?: Capacity,
): Inspection {
  const whole = sample.length >= size;
  const encoding = overrides.encoding ?? detectEncoding(sample).encoding;
  const empty = (problem: Problem): Inspection => {
    const options = { encoding, delimiter: ',', header: true, skip: 0, ...overrides };
    return { options, columns: [], rows: [], problems: [problem] };
  };
  if (size === 0) return empty({ code: 'empty', level: 'error' });
  const signature = notTextSignature(sample);
  if (signature) return empty({ code: signature, level: 'error' });

  let text = decodeSample(sample, encoding);
  // A sample cut mid-file ends on its last whole line.
  if (!whole) text = text.slice(0, Math.max(text.lastIndexOf('\n') + 1, 1));
  const nul = text.indexOf('\u0000');
  if (nul >= 0) return empty({ code: 'binary', level: 'error', ...positionOf(text, nul) });
  const start = text.trimStart();
  if (start === '') return empty({ code: 'blank', level: 'error' });
  if (/^<(!doctype|html|\?xml)/i.test(start)) return empty({ code: 'html', level: 'error' });
  if (/^[[{]\s*["{[\]]/.test(start)) return empty({ code: 'json', level: 'error' });

  let controls = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if ((code >= 1 && code <= 8) || (code >= 14 && code <= 31)) controls++;
  }
  // A few stray control bytes in a text file are values DuckDB reads as they are.
  if (controls > Math.max(16, text.length / 100)) return empty({ code: 'binary', level: 'error' });

  const delimiter = overrides.delimiter ?? guessDelimiter(text);
  const parsed = parseRows(text, delimiter, checkedRows + 60);
  const skip = overrides.skip ?? guessSkip(parsed.rows);
  const afterSkip = parsed.rows.filter((row) => row.line > skip);
  const header = overrides.header ?? guessHeader(afterSkip);
  const options: CsvOptions = { encoding, delimiter, header, skip };

  const problems: Problem[] = capacity ? sizeProblems(size, capacity) : [];
  const bad = text.indexOf('\uFFFD');
  if (bad >= 0) {
    problems.push({
      code: 'badBytes',
      level: 'warning',
      ...positionOf(text, bad),
      values: { encoding },
    });
  }
  const first = afterSkip[0];
  if (!first)
    return {
      options,
      columns: [],
      rows: [],
      problems: [...problems, { code: 'noRows', level: 'error' }],
    };
  const dataRows = header ? afterSkip.slice(1) : afterSkip;
  const columns = columnNames(
    header ? first.fields : first.fields.map(() => ''),
    dataRows,
    problems,
    first.line,
    header,
  );
  if (columns.length === 1 && !overrides.delimiter)
    problems.push({ code: 'oneColumn', level: 'warning' });

  // The last row of a cut sample may be cut too: its problems are the load's to find.
  const lastLine = whole ? Infinity : (parsed.rows.at(-1)?.line ?? Infinity);
  for (const error of parsed.errors) {
    if (error.line <= skip || error.line >= lastLine) continue;
    problems.push({ code: error.code, level: 'error', line: error.line, column: error.column });
    break;
  }
  const ragged = dataRows.filter(
    (row) => row.fields.length !== columns.length && row.line < lastLine,
  );
  if (ragged.length > 0 && !problems.some((problem) => problem.level === 'error')) {
    const row = ragged[0];
    problems.push({
      code: 'ragged',
      level: 'error',
      line: row.line,
      column: Math.min(row.fields.length, columns.length) + 1,
      values: { found: row.fields.length, expected: columns.length, others: ragged.length - 1 },
    });
  }
  if (dataRows.length === 0 && whole) problems.push({ code: 'noRows', level: 'error' });

  for (const [index, column] of columns.entries()) {
    column.type = columnType(dataRows.map((row) => row.fields[index] ?? ''));
  }
  return {
    options,
    columns,
    rows: dataRows.slice(0, previewRows).map((row) => row.fields),
    problems,
    format: detectFormat(columns.map((column) => column.name)),
  };
}

/** What this browser can hold, as far as it says (see `browserCapacity`). */
export type Capacity = {
  /** `navigator.deviceMemory`: the device's memory in GiB, rounded down (Chromium only). */
  deviceMemory?: number;
  /** Bytes this site may still store (`navigator.storage.estimate()`: quota less usage). */
  storageFree?: number;
};

/**
 * Memory a load takes at its peak, per byte of file. DuckDB holds the all-text staging table
 * and the typed table at once, and a text value takes at least 16 bytes however short: a
 * 45 MB file of numbers and labels peaked at 3.3 times its size, a file of 1,000 columns of
 * short values at 5.1 (measured with duckdb_memory() in duckdb-wasm 1.32).
 */
export const loadExpansion = 5;
/** The least any load takes per byte of file: every value as text, and again as typed. */
const leastExpansion = 2;
/**
 * wasm32 addresses 4 GiB, of which DuckDB lets itself use 80% (its memory_limit is 3.1 GiB
 * in duckdb-wasm): the most a table can take in any browser, whatever the device has.
 */
export const duckdbWasmMemory = 0.8 * 4 * 2 ** 30;

/**
 * Whether a file of `size` bytes fits in this browser, before it is loaded: an error when
 * even the least a load takes is more than DuckDB can use in wasm, a warning when the usual
 * peak is more than the device can spare (half its memory) or DuckDB can use, and a warning
 * when the file cannot be kept in the storage left. `performance.memory.jsHeapSizeLimit` is
 * not used: it limits the JavaScript heap, and DuckDB's memory and the file's bytes live
 * outside it.
 */
export function sizeProblems(size: number, capacity: Capacity): Problem[] {
  const problems: Problem[] = [];
  const device = capacity.deviceMemory ? (capacity.deviceMemory * 2 ** 30) / 2 : Infinity;
  const limit = Math.min(duckdbWasmMemory, device);
  const values = (needed: number, most: number) => ({
    size: formatBytes(size),
    needed: formatBytes(needed),
    limit: formatBytes(most),
  });
  if (size * leastExpansion > duckdbWasmMemory) {
    problems.push({
      code: 'tooLargeForBrowser',
      level: 'error',
      values: values(size * leastExpansion, duckdbWasmMemory),
    });
  } else if (size * loadExpansion > limit) {
    problems.push({
      code: 'tooLarge',
      level: 'warning',
      values: values(size * loadExpansion, limit),
    });
  }
  if (capacity.storageFree !== undefined && size > capacity.storageFree) {
    problems.push({
      code: 'tooLargeToKeep',
      level: 'warning',
      values: { size: formatBytes(size), free: formatBytes(capacity.storageFree) },
    });
  }
  return problems;
}

type ParsedRow = { fields: string[]; line: number };
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

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let index = from; index < to; index++) {
    const char = text.charCodeAt(index);
    if (char === 10 || (char === 13 && text.charCodeAt(index + 1) !== 10)) count++;
  }
  return count;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const lastNewline = before.lastIndexOf('\n');
  return { line: countNewlines(before, 0, before.length) + 1, column: offset - lastNewline };
}

/** The delimiter that splits most lines into the same number of fields (more than one). */
function guessDelimiter(text: string): string {
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
function guessSkip(rows: ParsedRow[]): number {
  const count = modalCount(rows);
  const first = rows.find((row) => row.fields.length === count);
  return first && count > 1 ? first.line - 1 : 0;
}

/** A first row of names: no cell in it is a number or a date. */
function guessHeader(rows: ParsedRow[]): boolean {
  const first = rows[0];
  if (!first) return true;
  return !first.fields.some((cell) => valueType(cell) !== 'text' && valueType(cell) !== 'empty');
}

/**
 * Column names as the table will have them. A blank header cell is named after the column
 * before it when it holds only "?" marks (SIPRI's uncertainty columns); a repeated name gets
 * a number. Both are warnings: the load goes ahead with these names.
 */
function columnNames(
  header: string[],
  rows: ParsedRow[],
  problems: Problem[],
  line: number,
  named: boolean,
): PreviewColumn[] {
  const used = new Set<string>();
  return header.map((cell, index) => {
    const original = cell;
    let name = cell.trim();
    if (name === '') {
      const previous = header[index - 1]?.trim();
      const marks = rows.every((row) => ['', '?'].includes((row.fields[index] ?? '').trim()));
      name = previous && marks ? `${previous} (uncertain)` : `column${index + 1}`;
      if (named) {
        problems.push({
          code: 'blankHeader',
          level: 'warning',
          line,
          column: index + 1,
          values: { name },
        });
      }
    }
    let unique = name;
    for (let suffix = 2; used.has(unique.toLowerCase()); suffix++) unique = `${name}_${suffix}`;
    if (unique !== name) {
      problems.push({
        code: 'duplicateHeader',
        level: 'warning',
        line,
        column: index + 1,
        values: { name, renamed: unique },
      });
    }
    used.add(unique.toLowerCase());
    return { name: unique, original, type: 'empty' as ColumnType };
  });
}

/** Binary formats users mistake for CSV, by their first bytes. */
function notTextSignature(bytes: Uint8Array): ProblemCode | undefined {
  const starts = (...signature: number[]) =>
    signature.every((byte, index) => bytes[index] === byte);
  if (starts(0x50, 0x4b, 0x03, 0x04)) return 'xlsx';
  if (starts(0xd0, 0xcf, 0x11, 0xe0)) return 'xls';
  if (starts(0x1f, 0x8b)) return 'gzip';
  if (starts(0x25, 0x50, 0x44, 0x46)) return 'pdf';
  return undefined;
}
