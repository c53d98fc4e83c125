import { DataType, TimeUnit, type Table, type Vector } from 'apache-arrow';

/**
 * A value as the rest of the app sees it: never a BigInt, an Arrow vector or an epoch number
 * for a date. A number that a double cannot hold exactly (an integer beyond ±2^53, a DECIMAL
 * such as 12345678901234567.89) is its exact decimal text instead, so a numeric column may
 * mix numbers and strings. Strings, not BigInts, because rows go into prerendered page data
 * and JSON, and d3, Intl and CSV all take them as they are.
 */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export type Row = Record<string, Value>;

/**
 * Converts an Arrow table into plain rows. Dates become `YYYY-MM-DD`, timestamps ISO strings,
 * integers and decimals numbers when a double holds them exactly (their exact text
 * otherwise), lists arrays and structs objects, so rows can be rendered, compared and
 * serialised (for example into prerendered page data) without special cases.
 */
export function arrowToRows(table: Table): Row[] {
  const fields = table.schema.fields;
  const rows: Row[] = [];
  for (const batch of table.batches) {
    const columns = fields.map((_, index) => batch.getChildAt(index));
    for (let row = 0; row < batch.numRows; row++) {
      const record: Row = {};
      fields.forEach((field, index) => {
        const vector = columns[index];
        record[field.name] = vector ? vectorValue(vector, row) : null;
      });
      rows.push(record);
    }
  }
  return rows;
}

/**
 * The value at `row` of an Arrow column (see `arrowToRows`). Timestamps are read from the
 * column's own 64-bit integers: Arrow's getter hands back milliseconds as a double, which
 * loses microseconds, and throws beyond 2^53 of them (DuckDB's infinite timestamps).
 */
export function vectorValue(vector: Vector, row: number): Value {
  const type = vector.type as DataType;
  if (DataType.isTimestamp(type)) {
    if (!vector.isValid(row)) return null;
    const raw = rawInteger(vector, row);
    if (raw !== undefined) return timestampText(raw, type.unit);
  }
  return toValue(vector.get(row), type);
}

/** One Arrow value, as Arrow's getter returns it, as a plain value (see `arrowToRows`). */
export function toValue(value: unknown, type: DataType): Value {
  if (value === null || value === undefined) return null;
  if (DataType.isDate(type)) return dateText(Math.round(Number(value) / DAY_MS));
  if (DataType.isTimestamp(type)) {
    // Microseconds survive the double when the instant lies within a few centuries of 1970.
    const units = {
      [TimeUnit.SECOND]: 1e-3,
      [TimeUnit.MILLISECOND]: 1,
      [TimeUnit.MICROSECOND]: 1e3,
    };
    const scale = units[type.unit as keyof typeof units] ?? 1e6;
    return timestampText(BigInt(Math.round(Number(value) * scale)), type.unit);
  }
  if (DataType.isTime(type)) return timeText(BigInt(value as number | bigint), type.unit);
  if (DataType.isDecimal(type)) return decimalValue(value as Uint32Array, type.scale);
  if (typeof value === 'bigint') return integerValue(value);
  if (DataType.isList(type)) {
    const child = type.children[0].type;
    return Array.from(value as Iterable<unknown>, (item) => toValue(item, child));
  }
  if (DataType.isStruct(type)) {
    const object: Record<string, Value> = {};
    for (const child of type.children) {
      object[child.name] = toValue((value as Record<string, unknown>)[child.name], child.type);
    }
    return object;
  }
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') {
    return value;
  }
  return String(value);
}

/** An integer as a number when it is a safe integer, else as its exact decimal text. */
export function integerValue(value: bigint): number | string {
  return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER)
    ? Number(value)
    : value.toString();
}

/**
 * The exact text of an Arrow Decimal: `words` are the unscaled integer's 32-bit words, least
 * significant first, in two's complement (Arrow's Decimal128 and Decimal256); the value is
 * that integer × 10^-scale.
 */
export function decimalText(words: Uint32Array, scale: number): string {
  let unscaled = 0n;
  for (let index = words.length - 1; index >= 0; index--) {
    unscaled = (unscaled << 32n) | BigInt(words[index]);
  }
  const bits = BigInt(words.length * 32);
  if (words.length > 0 && words[words.length - 1] >= 0x80000000) unscaled -= 1n << bits;
  const sign = unscaled < 0n ? '-' : '';
  const digits = (unscaled < 0n ? -unscaled : unscaled).toString();
  if (scale <= 0) return unscaled === 0n ? '0' : sign + digits + '0'.repeat(-scale);
  const padded = digits.padStart(scale + 1, '0');
  return `${sign}${padded.slice(0, -scale)}.${padded.slice(-scale)}`;
}

/**
 * An Arrow Decimal as a number when the double reads back as the same decimal
 * (4.5, -123.45, 0.1), else as its exact text (12345678901234567.89).
 */
export function decimalValue(words: Uint32Array, scale: number): number | string {
  const text = decimalText(words, scale);
  const number = Number(text);
  const canonical = text.includes('.') ? text.replace(/\.?0+$/, '') : text;
  return String(number) === (canonical === '-0' ? '0' : canonical) ? number : text;
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 as `YYYY-MM-DD` in the proleptic Gregorian calendar, any year. */
function dateText(days: number): string {
  // DuckDB's infinite dates are the extreme 32-bit day numbers.
  if (days >= 2 ** 31 - 1) return 'infinity';
  if (days <= -(2 ** 31 - 1)) return '-infinity';
  // Howard Hinnant's days_from_civil, inverted (http://howardhinnant.github.io/date_algorithms.html).
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const shifted = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * shifted + 2) / 5) + 1;
  const month = shifted < 10 ? shifted + 3 : shifted - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const yearText = year < 0 ? `-${pad(-year, 4)}` : pad(year, 4);
  return `${yearText}-${pad(month, 2)}-${pad(day, 2)}`;
}

const unitsPerSecond: Record<number, bigint> = {
  [TimeUnit.SECOND]: 1n,
  [TimeUnit.MILLISECOND]: 1_000n,
  [TimeUnit.MICROSECOND]: 1_000_000n,
  [TimeUnit.NANOSECOND]: 1_000_000_000n,
};

/**
 * An instant as ISO 8601 in UTC, `2021-12-22T10:30:00.000Z`: milliseconds always, then
 * micro- or nanoseconds when there are any.
 */
function timestampText(value: bigint, unit: TimeUnit): string {
  // DuckDB's infinite timestamps are the extreme 64-bit integers.
  if (value >= 2n ** 63n - 1n) return 'infinity';
  if (value <= -(2n ** 63n - 1n)) return '-infinity';
  const perDay = unitsPerSecond[unit] * 86_400n;
  let days = value / perDay;
  let rest = value % perDay;
  if (rest < 0n) {
    rest += perDay;
    days -= 1n;
  }
  return `${dateText(Number(days))}T${timeText(rest, unit)}Z`;
}

/** A time of day, `10:30:00.000`, from units since midnight (see `timestampText`). */
function timeText(value: bigint, unit: TimeUnit): string {
  const perSecond = unitsPerSecond[unit];
  const seconds = Number(value / perSecond);
  const digits = String(perSecond).length - 1;
  const fraction = digits === 0 ? '' : (value % perSecond).toString().padStart(digits, '0');
  const clock = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
  return `${clock.map((part) => pad(part, 2)).join(':')}.${fraction.replace(/0+$/, '').padEnd(3, '0')}`;
}

function pad(value: number, length: number): string {
  return String(value).padStart(length, '0');
}

// Keyed by a column's first chunk: Table.getChildAt builds a new Vector on every call.
const chunkStarts = new WeakMap<object, number[]>();

/** The 64-bit integer Arrow stores at `row` of a column of one or more chunks. */
function rawInteger(vector: Vector, row: number): bigint | undefined {
  const first = vector.data[0];
  if (!first) return undefined;
  let starts = chunkStarts.get(first);
  if (!starts) {
    starts = [0];
    for (const data of vector.data) starts.push(starts[starts.length - 1] + data.length);
    chunkStarts.set(first, starts);
  }
  let low = 0;
  let high = vector.data.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if (starts[middle] <= row) low = middle;
    else high = middle - 1;
  }
  const data = vector.data[low];
  const raw: unknown = data ? (data.values as ArrayLike<unknown>)[row - starts[low]] : undefined;
  return typeof raw === 'bigint' ? raw : undefined;
}
