import { quoteLiteral } from '$lib/sql/identifiers';

/**
 * The type rule of an upload, in one place. DuckDB's CSV sniffer types the load over every
 * value of the file (`sample_size = -1`), choosing among `typeCandidates` only, with dates in
 * ISO form only. Its rule is the project's: a code with a leading zero ("004", an M49 code)
 * stays text, as does "+1" (but "-04" is a number); a column with one value that is not a number stays text; empty
 * values are NULL and do not count. `columnType` is the same rule in JavaScript, for the
 * preview of a file's first lines before DuckDB reads it; a test holds the two together.
 */

/** The types a loaded column can have, as DuckDB names them. */
export type SqlType = 'BIGINT' | 'DOUBLE' | 'DATE' | 'VARCHAR';

/** The type of a column as the preview shows it. */
export type ColumnType = 'integer' | 'number' | 'date' | 'text' | 'empty';

/** The options of `read_csv` that make DuckDB's sniffer apply the rule to the whole file. */
export const typeRuleSql =
  `sample_size = -1, auto_type_candidates = ['BIGINT', 'DOUBLE', 'DATE', 'VARCHAR'], ` +
  `dateformat = ${quoteLiteral('%Y-%m-%d')}`;

/** The loaded type for what DuckDB's sniffer found: anything outside the rule is text. */
export function sqlType(detected: string): SqlType {
  return detected === 'BIGINT' || detected === 'DOUBLE' || detected === 'DATE'
    ? detected
    : 'VARCHAR';
}

/** The loaded type of a column the preview typed as `type`. */
export function sqlTypeOf(type: ColumnType): SqlType {
  return { integer: 'BIGINT', number: 'DOUBLE', date: 'DATE', text: 'VARCHAR', empty: 'VARCHAR' }[
    type
  ] as SqlType;
}

/** The type a column's values share: `typeRuleSql`'s rule, for the preview's sample. */
export function columnType(values: string[]): ColumnType {
  let type: ColumnType = 'empty';
  for (const value of values) {
    const each = valueType(value);
    if (each === 'empty' || each === type) continue;
    if (type === 'empty') type = each;
    else if (
      (type === 'integer' && each === 'number') ||
      (type === 'number' && each === 'integer')
    ) {
      type = 'number';
    } else return 'text';
  }
  return type;
}

/** Whole numbers beyond BIGINT's range are numbers (DOUBLE), as DuckDB types them. */
const bigintLimit = 2n ** 63n;

/** The type of one value; DuckDB's own readings kept where they surprise (see the test). */
export function valueType(value: string): ColumnType {
  const trimmed = value.trim();
  if (trimmed === '') return 'empty';
  // A leading zero ("004", an M49 code) is a code, not a number; a "+" sign is text too.
  if (/^0\d/.test(trimmed) || trimmed.startsWith('+')) return 'text';
  if (/^-?\d+$/.test(trimmed)) return inBigint(BigInt(trimmed)) ? 'integer' : 'number';
  // DuckDB reads hexadecimal and binary whole numbers, unsigned.
  if (/^0(x[0-9a-f]+|b[01]+)$/i.test(trimmed)) {
    return inBigint(BigInt(trimmed.toLowerCase())) ? 'integer' : 'text';
  }
  if (/^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(trimmed)) return 'number';
  if (/^(nan|-?inf)$/i.test(trimmed)) return 'number';
  if (/^-?infinity$/i.test(trimmed)) return 'date';
  if (/^\d{4}-\d{1,2}-\d{1,2}$/.test(trimmed) && isDate(trimmed)) return 'date';
  return 'text';
}

function inBigint(whole: bigint): boolean {
  return whole < bigintLimit && whole >= -bigintLimit;
}

function isDate(text: string): boolean {
  const [year, month, day] = text.split('-').map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
