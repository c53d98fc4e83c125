import { quoteIdentifier, quoteLiteral } from '$lib/sql/identifiers';
import { codeColumns, detectFormat, missingValueTexts } from './formats';
import { commentMarker } from './dialect';
import type { CsvOptions, Problem } from './inspect';
import { typeRuleSql, type SqlType } from './types';

export type { SqlType } from './types';

/**
 * The SQL of a load. Identifiers and file names cannot be bound as parameters, so they are
 * quoted here. Every read uses the dialect the user saw in the preview, nothing sniffed but
 * the types, and strict mode: a ragged row or an unclosed quote is an error naming its line
 * in the file. Lines starting with "#" are data, as the preview shows them, unless the
 * preview found them to be comments (`comment`): then DuckDB skips them too.
 */
function readCsv(
  file: string,
  options: Pick<CsvOptions, 'delimiter' | 'header' | 'skip' | 'comment'>,
  names: string[],
  typing: string,
): string {
  return (
    `read_csv(${quoteLiteral(file)}, header = ${options.header}, ` +
    `skip = ${Math.max(0, Math.floor(options.skip))}, delim = ${quoteLiteral(options.delimiter)}, ` +
    `quote = '"', escape = '"', comment = ${quoteLiteral(options.comment ? commentMarker : '')}, ` +
    `strict_mode = true, null_padding = false,` +
    `${nullTexts(names)} ${typing})`
  );
}

/**
 * The table, in one read: DuckDB's sniffer types every column by all its values under the
 * project's rule (`typeRuleSql`), then reads the file with those types; SDG target codes
 * (`codeColumns`) are text.
 */
export function typedTableSql(
  table: string,
  file: string,
  options: Pick<CsvOptions, 'delimiter' | 'header' | 'skip' | 'comment'>,
  names: string[],
): string {
  const codes = codeColumns(names);
  const text = codes.map((name) => `${quoteLiteral(name)}: 'VARCHAR'`).join(', ');
  const typing =
    `names = [${names.map(quoteLiteral).join(', ')}], ` +
    `${codes.length > 0 ? `types = {${text}}, ` : ''}${typeRuleSql}`;
  return `CREATE TABLE ${quoteIdentifier(table)} AS SELECT * FROM ${readCsv(file, options, names, typing)}`;
}

/** Reads the file with `types` (all text when not given), nothing detected. */
function columnsSql(names: string[], types: SqlType[] = []): string {
  const columns = names.map(
    (name, index) => `${quoteLiteral(name)}: '${types[index] ?? 'VARCHAR'}'`,
  );
  return `auto_detect = false, columns = {${columns.join(', ')}}`;
}

/**
 * The table with every column as text: for a file DuckDB's sniffer cannot type, whose
 * strict read then names the line that stopped it.
 */
export function textTableSql(
  table: string,
  file: string,
  options: Pick<CsvOptions, 'delimiter' | 'header' | 'skip' | 'comment'>,
  names: string[],
): string {
  return `CREATE TABLE ${quoteIdentifier(table)} AS SELECT * FROM ${readCsv(file, options, names, columnsSql(names))}`;
}

/**
 * Reads column `index` of the file as `type`: the read fails on the first value that is not
 * of that type, naming its line. Run only for a column the preview typed and the load did not.
 */
export function firstMisfitSql(
  file: string,
  options: Pick<CsvOptions, 'delimiter' | 'header' | 'skip' | 'comment'>,
  names: string[],
  index: number,
  type: SqlType,
): string {
  const types = names.map((_, each) => (each === index ? type : 'VARCHAR'));
  const read = readCsv(file, options, names, columnsSql(names, types));
  return `SELECT count(${quoteIdentifier(names[index])}) AS "values" FROM ${read}`;
}

/** Spaces, tabs and line ends around a value: what a spreadsheet or an export leaves. */
const padding = "' ' || chr(9) || chr(10) || chr(13)";

/**
 * How many values of a text column are not of `type` once the spaces and tabs around them are
 * left out ("0.72<tab>" is a number; "004" and "+1" stay codes, as the preview reads them).
 */
export function paddedMisfitsSql(table: string, column: string, type: SqlType): string {
  const value = `trim(${quoteIdentifier(column)}, ${padding})`;
  return (
    `SELECT count(*)::INTEGER AS misfits FROM ${quoteIdentifier(table)} WHERE ${value} <> '' ` +
    `AND (TRY_CAST(${value} AS ${type}) IS NULL OR regexp_matches(${value}, '^(0[0-9]|\\+)'))`
  );
}

/** Gives a text column of `table` its type, reading each value without the spaces around it. */
export function retypePaddedSql(table: string, column: string, type: SqlType): string {
  const name = quoteIdentifier(column);
  return (
    `ALTER TABLE ${quoteIdentifier(table)} ALTER COLUMN ${name} SET DATA TYPE ${type} ` +
    `USING TRY_CAST(nullif(trim(${name}, ${padding}), '') AS ${type})`
  );
}

/** The name and type of each column of `table`, in order. */
export function columnTypesSql(table: string): string {
  return `SELECT column_name AS "name", column_type AS "type" FROM (DESCRIBE SELECT * FROM ${quoteIdentifier(table)})`;
}

export function rowCountSql(table: string): string {
  return `SELECT count(*)::DOUBLE AS "rows" FROM ${quoteIdentifier(table)}`;
}

export function dropTableSql(table: string): string {
  return `DROP TABLE IF EXISTS ${quoteIdentifier(table)}`;
}

/** The `nullstr` option for a file of a known format: the empty field and its texts for "no number". */
function nullTexts(names: string[]): string {
  const texts = missingValueTexts(detectFormat(names));
  return texts.length === 0 ? '' : ` nullstr = [${['', ...texts].map(quoteLiteral).join(', ')}],`;
}

/** A value DuckDB could not read as its column's type: where, which column, which value. */
export function conversionFromError(
  message: string,
): { line?: number; column: string; value: string } | undefined {
  const found =
    /Error when converting column "((?:[^"]|"")*)"\. Could not convert string "(.*)" to/.exec(
      message,
    );
  if (!found) return undefined;
  const line = /CSV Error on Line: (\d+)/.exec(message);
  return { line: line ? Number(line[1]) : undefined, column: found[1], value: found[2] };
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
