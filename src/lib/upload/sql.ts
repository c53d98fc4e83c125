import { quoteIdentifier, quoteLiteral } from '$lib/sql/identifiers';
import { detectFormat, missingValueTexts } from './formats';
import type { CsvOptions, Problem } from './inspect';

/**
 * The SQL of a load, in three steps. Identifiers and file names cannot be bound as
 * parameters, so they are quoted here.
 *
 * 1. `stagingSql`: DuckDB's CSV reader reads every column as text with the dialect the user
 *    saw in the preview, and nothing sniffed. Strict mode makes a ragged row or an
 *    unclosed quote an error naming its line in the file.
 * 2. `typeCountsSql`: one scan counts, per column, the values that are whole numbers,
 *    numbers and ISO dates, over the whole file rather than a sample.
 * 3. `typedTableSql`: the table, each column cast to the type all its values share.
 */
export function stagingSql(
  staging: string,
  file: string,
  options: Pick<CsvOptions, 'delimiter' | 'header' | 'skip'>,
  names: string[],
): string {
  const columns = names.map((name) => `${quoteLiteral(name)}: 'VARCHAR'`).join(', ');
  return (
    `CREATE TABLE ${quoteIdentifier(staging)} AS SELECT * FROM read_csv(${quoteLiteral(file)}, ` +
    `auto_detect = false, header = ${options.header}, skip = ${Math.max(0, Math.floor(options.skip))}, ` +
    `delim = ${quoteLiteral(options.delimiter)}, quote = '"', escape = '"', strict_mode = true, ` +
    `null_padding = false,${nullTexts(names)} columns = {${columns}})`
  );
}

/** The `nullstr` option for a file of a known format: the empty field and its texts for "no number". */
function nullTexts(names: string[]): string {
  const texts = missingValueTexts(detectFormat(names));
  return texts.length === 0 ? '' : ` nullstr = [${['', ...texts].map(quoteLiteral).join(', ')}],`;
}

export type SqlType = 'BIGINT' | 'DOUBLE' | 'DATE' | 'VARCHAR';

// A leading zero ("004", an M49 code) marks a code, which stays text.
const leadingZero = `'^\\s*[+-]?0[0-9]'`;
const wholeNumber = `'^\\s*[+-]?[0-9]+\\s*$'`;
const isoDate = `'^\\s*[0-9]{4}-[0-9]{2}-[0-9]{2}\\s*$'`;

/**
 * One row per column of `names`, in their order: the table's `rows`, and how many of the
 * column's `values` (those not NULL) start with a leading `zeros`, are `whole` numbers,
 * `numbers` and ISO `dates`.
 *
 * The cells are first turned into one long (column, value) list, so each test appears once
 * in the query however wide the file is. Five aggregates per column in one query instead ran
 * out of wasm memory at 300 columns of a 51 KB file, and took seconds at 200: its cost grew
 * with the number of expressions, not with the data.
 */
export function typeCountsSql(staging: string, names: string[]): string {
  const table = quoteIdentifier(staging);
  const cells = names.map((name) => quoteIdentifier(name)).join(', ');
  const value = '"value"';
  return (
    `WITH cells AS (SELECT unnest(range(${names.length})) AS "column", unnest([${cells}]) AS ${value} FROM ${table}), ` +
    `counts AS (SELECT "column", count(*) AS "values", ` +
    `count(*) FILTER (WHERE regexp_matches(${value}, ${leadingZero})) AS "zeros", ` +
    `count(*) FILTER (WHERE regexp_matches(${value}, ${wholeNumber}) AND TRY_CAST(${value} AS BIGINT) IS NOT NULL) AS "whole", ` +
    `count(TRY_CAST(${value} AS DOUBLE)) AS "numbers", ` +
    `count(*) FILTER (WHERE regexp_matches(${value}, ${isoDate}) AND TRY_CAST(${value} AS DATE) IS NOT NULL) AS "dates" ` +
    `FROM cells WHERE ${value} IS NOT NULL GROUP BY "column") ` +
    `SELECT columns.range AS "column", (SELECT count(*) FROM ${table}) AS "rows", ` +
    `coalesce("values", 0) AS "values", coalesce("zeros", 0) AS "zeros", coalesce("whole", 0) AS "whole", ` +
    `coalesce("numbers", 0) AS "numbers", coalesce("dates", 0) AS "dates" ` +
    `FROM range(${names.length}) AS columns LEFT JOIN counts ON counts."column" = columns.range ORDER BY columns.range`
  );
}

/** The type for column `index` from the rows of `typeCountsSql`. */
export function typeFromCounts(counts: Record<string, unknown>[], index: number): SqlType {
  const count = (name: string) => Number(counts[index]?.[name] ?? 0);
  const values = count('values');
  if (values === 0 || count('zeros') > 0) return 'VARCHAR';
  if (count('whole') === values) return 'BIGINT';
  if (count('numbers') === values) return 'DOUBLE';
  if (count('dates') === values) return 'DATE';
  return 'VARCHAR';
}

/** How many rows the table has, from the rows of `typeCountsSql`. */
export function rowsFromCounts(counts: Record<string, unknown>[]): number {
  return Number(counts[0]?.rows ?? 0);
}

export function typedTableSql(
  table: string,
  staging: string,
  names: string[],
  types: SqlType[],
): string {
  const columns = names.map((name, index) => {
    const column = quoteIdentifier(name);
    const type = types[index];
    return type === 'VARCHAR' ? column : `CAST(trim(${column}) AS ${type}) AS ${column}`;
  });
  return `CREATE TABLE ${quoteIdentifier(table)} AS SELECT ${columns.join(', ')} FROM ${quoteIdentifier(staging)}`;
}

/**
 * A CSV error from DuckDB as a problem at a place in the file. DuckDB counts lines from the
 * top of the file, note lines and header included, as a text editor does.
 */
export function problemFromLoadError(message: string): Problem {
  const found = /CSV Error on Line: (\d+)/.exec(message);
  const line = found ? Number(found[1]) : undefined;
  const columns = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(message);
  if (columns) {
    const [expected, fields] = [Number(columns[1]), Number(columns[2])];
    return {
      code: 'ragged',
      level: 'error',
      line,
      column: Math.min(expected, fields) + 1,
      values: { expected, found: fields, others: 0 },
    };
  }
  if (/unterminated quote/i.test(message)) return { code: 'unclosedQuote', level: 'error', line };
  return { code: 'loadFailed', level: 'error', line, values: { message: message.split('\n')[0] } };
}
