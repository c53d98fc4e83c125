import { labelled } from '$lib/i18n/places';
import { DataType, type Table } from 'apache-arrow';
import type { BarDatum } from '$lib/charts/bar/bar';
import type { LinePoint } from '$lib/charts/line/line';
import { shapeIds } from '$lib/charts/map/map';
import type { ScatterPoint } from '$lib/charts/scatter/scatter';
import { cellValue } from '$lib/download/arrow';
import { formatNumber } from '$lib/i18n/format';

export type ChartKind = 'bar' | 'line' | 'scatter' | 'map';
export type ChartSpec = { kind: ChartKind; x: string; y: string };

export type ResultColumn = {
  name: string;
  index: number;
  role: 'number' | 'year' | 'date' | 'text';
  /** Its values are M49 country codes, so it can be mapped. */
  country: boolean;
};

/** How many rows a chart reads: charts show patterns, the grid shows every row. */
export const chartLimits: Record<ChartKind, number> = {
  bar: 40,
  line: 2000,
  scatter: 5000,
  map: 400,
};

/** Pads an M49 code as the map's shapes are keyed ("4" → "004"). */
export function m49(value: unknown): string | undefined {
  if (value === null || value === undefined) return undefined;
  const text = String(value).trim();
  return /^\d{1,3}$/.test(text) ? text.padStart(3, '0') : undefined;
}

export function describeColumns(table: Table): ResultColumn[] {
  const sample = Math.min(table.numRows, 200);
  return table.schema.fields.map((field, index) => {
    const values = Array.from({ length: sample }, (_, row) => cellValue(table, row, index)).filter(
      (value) => value !== null,
    );
    const numeric =
      DataType.isInt(field.type) || DataType.isFloat(field.type) || DataType.isDecimal(field.type);
    const year =
      numeric &&
      values.length > 0 &&
      values.every(
        (value) => Number.isInteger(value) && Number(value) >= 1800 && Number(value) <= 2200,
      );
    const role = DataType.isDate(field.type) ? 'date' : year ? 'year' : numeric ? 'number' : 'text';
    const codes = values.filter((value) => shapeIds.has(m49(value) ?? ''));
    const named = /m49|geoareacode|country.?code|iso.?num/i.test(field.name);
    const country =
      values.length > 0 && codes.length >= values.length * 0.8 && (named || role === 'text');
    return { name: field.name, index, role, country };
  });
}

/** The charts a result can have, the most telling first. */
export function chartKinds(columns: ResultColumn[]): ChartKind[] {
  const measures = columns.filter((column) => column.role === 'number' || column.role === 'year');
  const kinds: ChartKind[] = [];
  const hasTime = columns.some((column) => column.role === 'year' || column.role === 'date');
  if (columns.some((column) => column.country) && measures.length > 0) kinds.push('map');
  if (hasTime && measures.some((column) => column.role === 'number')) kinds.push('line');
  if (measures.length > 0) kinds.push('bar');
  if (measures.length >= 2) kinds.push('scatter');
  return kinds;
}

/** The default chart: a sensible x and y for `kind`, or the first kind the result allows. */
export function defaultChart(columns: ResultColumn[], kind?: ChartKind): ChartSpec | undefined {
  // A single column (a count, say) has nothing to be charted against.
  if (columns.length < 2) return undefined;
  const kinds = chartKinds(columns);
  const chosen =
    kind && kinds.includes(kind) ? kind : (kinds.find((each) => each !== 'map') ?? kinds[0]);
  if (!chosen) return undefined;
  const numbers = columns.filter((column) => column.role === 'number');
  const measure = numbers.at(-1) ?? columns.find((column) => column.role === 'year');
  if (!measure) return undefined;
  const pick = (found: ResultColumn | undefined) => found?.name ?? columns[0].name;
  switch (chosen) {
    case 'map':
      return { kind: chosen, x: pick(columns.find((column) => column.country)), y: measure.name };
    case 'line':
      return {
        kind: chosen,
        x: pick(columns.find((column) => column.role === 'year' || column.role === 'date')),
        y: measure.name,
      };
    case 'scatter': {
      const [first, second] = columns.filter(
        (column) => column.role === 'number' || column.role === 'year',
      );
      return { kind: chosen, x: first.name, y: second.name };
    }
    default:
      return {
        kind: chosen,
        x: pick(
          columns.find((column) => column.role === 'text') ??
            columns.find((column) => column !== measure),
        ),
        y: measure.name,
      };
  }
}

function numberAt(table: Table, row: number, column: number): number | undefined {
  const value = cellValue(table, row, column);
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}/.test(value)) {
    const date = new Date(value);
    return date.getUTCFullYear() + date.getUTCMonth() / 12;
  }
  return undefined;
}

function textAt(table: Table, row: number, column: number): string {
  const value = cellValue(table, row, column);
  return value === null ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
}

/** The first `limit` rows of a result as one chart's data; rows without a number are left out. */
export function chartRows(table: Table, spec: ChartSpec, columns: ResultColumn[]) {
  const x = columns.find((column) => column.name === spec.x);
  const y = columns.find((column) => column.name === spec.y);
  const limit = Math.min(table.numRows, chartLimits[spec.kind]);
  const bars: BarDatum[] = [];
  const line: LinePoint[] = [];
  const scatter: ScatterPoint[] = [];
  const map: { code: string; value: number; label: string }[] = [];
  if (!x || !y) return { bars, line, scatter, map, shown: 0 };
  for (let row = 0; row < limit; row++) {
    const value = numberAt(table, row, y.index);
    if (value === undefined) continue;
    const label = textAt(table, row, x.index);
    const key = `${row}`;
    if (spec.kind === 'bar') bars.push({ key, label, value, valueLabel: formatNumber(value) });
    if (spec.kind === 'line') {
      const at = numberAt(table, row, x.index);
      if (at !== undefined)
        line.push({
          key,
          x: at,
          y: value,
          partial: false,
          label: labelled(label, formatNumber(value)),
        });
    }
    if (spec.kind === 'scatter') {
      const at = numberAt(table, row, x.index);
      if (at !== undefined)
        scatter.push({ key, x: at, y: value, label: `${label}, ${formatNumber(value)}` });
    }
    if (spec.kind === 'map') {
      const code = m49(cellValue(table, row, x.index));
      if (code) map.push({ code, value, label });
    }
  }
  return { bars, line, scatter, map, shown: limit };
}
