import { decodeSample, detectEncoding } from './encoding';
import { codeColumns, detectFormat, type KnownFormat } from './formats';
import {
  fileLines,
  guessComment,
  guessDelimiter,
  guessHeader,
  guessPadding,
  guessSkip,
  joinSplitRows,
  parseRows,
  positionOf,
  stripPadding,
  type CsvOptions,
  type ParsedRow,
} from './dialect';
import {
  commentsProblem,
  joinedProblem,
  sizeProblems,
  type Capacity,
  type Problem,
} from './problems';
import { notTextSignature } from './signatures';
import { columnType, type ColumnType } from './types';

// The preview of a file: signatures and encodings (`signatures.ts`, `encoding.ts`), the
// dialect (`dialect.ts`), the problems (`problems.ts`) and the type rule (`types.ts`).
export { delimiters, parseRows, type CsvOptions } from './dialect';
export {
  duckdbWasmMemory,
  loadExpansion,
  sizeProblems,
  type Capacity,
  type Problem,
  type ProblemCode,
} from './problems';
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
    const options = {
      encoding,
      delimiter: ',',
      header: true,
      skip: 0,
      comment: false,
      ...overrides,
    };
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

  // A spreadsheet's ";;;;" after every line is left out before anything else is read.
  const padding = guessPadding(text, overrides.delimiter);
  if (padding) text = stripPadding(text, padding);
  // "#" lines are comments only on evidence (`guessComment`); the dialect is then read from
  // the other lines, and rows keep the lines they have in the file.
  const comment = overrides.comment ?? guessComment(text);
  const delimiter = overrides.delimiter ?? guessDelimiter(text, comment);
  const parsed = parseRows(text, delimiter, checkedRows + 60, comment);
  // `skip` counts the lines other than comments, as DuckDB's does; `skipped` counts them all.
  const skipped =
    overrides.skip === undefined
      ? guessSkip(parsed.rows)
      : fileLines(overrides.skip, parsed.comments);
  const skip = overrides.skip ?? skipped - parsed.comments.filter((line) => line <= skipped).length;
  const afterSkip = parsed.rows.filter((row) => row.line > skipped);
  const header = overrides.header ?? guessHeader(afterSkip);
  const options: CsvOptions = { encoding, delimiter, header, skip, comment, padding };

  const problems: Problem[] = capacity ? sizeProblems(size, capacity) : [];
  if (padding) problems.push({ code: 'padding', level: 'warning', values: { padding } });
  const comments = commentsProblem(parsed.comments);
  if (comments) problems.push(comments);
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
  let dataRows = header ? afterSkip.slice(1) : afterSkip;
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
    if (error.line <= skipped || error.line >= lastLine) continue;
    problems.push({ code: error.code, level: 'error', line: error.line, column: error.column });
    break;
  }
  // Records split by a line break in an unquoted field (SIPRI's) are read joined again.
  const complete = dataRows.filter((row) => row.line < lastLine);
  const mended = joinSplitRows(complete, columns.length);
  if (mended && mended.joined.length > 0) {
    dataRows = [...mended.rows, ...dataRows.slice(complete.length)];
    problems.push(joinedProblem(mended.joined.map((record) => record.line)));
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

  const names = columns.map((column) => column.name);
  const format = detectFormat(names);
  const codes = codeColumns(names);
  for (const [index, column] of columns.entries()) {
    column.type = codes.includes(column.name)
      ? 'text'
      : columnType(dataRows.map((row) => row.fields[index] ?? ''));
  }
  return {
    options,
    columns,
    rows: dataRows.slice(0, previewRows).map((row) => row.fields),
    problems,
    format,
  };
}

/**
 * Column names as the table will have them. A blank header cell is named after the column
 * before it when it holds "?" marks and nothing else (SIPRI's uncertainty columns); a repeated name gets
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
      const cells = rows.map((row) => (row.fields[index] ?? '').trim());
      // At least one "?": a column left empty throughout (a spreadsheet's trailing commas)
      // is no uncertainty column of the one before it.
      const marks = cells.includes('?') && cells.every((cell) => ['', '?'].includes(cell));
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
