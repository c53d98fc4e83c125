import { DataType, type Table } from 'apache-arrow';

/** A value as the rest of the app sees it: never a BigInt, an Arrow vector or an epoch number for a date. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value };
export type Row = Record<string, Value>;

/**
 * Converts an Arrow table into plain rows. Dates become `YYYY-MM-DD`, timestamps ISO strings,
 * BigInts numbers, lists arrays and structs objects, so rows can be rendered, compared and
 * serialised (for example into prerendered page data) without special cases.
 */
export function arrowToRows(table: Table): Row[] {
  const fields = table.schema.fields;
  const rows: Row[] = [];
  for (const record of table) {
    const row: Row = {};
    for (const field of fields) row[field.name] = toValue(record?.[field.name], field.type);
    rows.push(row);
  }
  return rows;
}

/** One Arrow value as a plain value (see `arrowToRows`). */
export function toValue(value: unknown, type: DataType): Value {
  if (value === null || value === undefined) return null;
  if (DataType.isDate(type)) return new Date(value as number).toISOString().slice(0, 10);
  if (DataType.isTimestamp(type)) return new Date(value as number).toISOString();
  if (typeof value === 'bigint') return Number(value);
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
