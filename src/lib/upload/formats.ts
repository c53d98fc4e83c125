/**
 * File layouts users of this field download every week, recognised by their header so they
 * can be charted without SQL.
 * - `sdg`: the UN SDG Global Database CSV export (unstats.un.org/sdgs/dataportal): one row
 *   per series, area and year, with Value, GeoAreaCode (M49) and bracketed dimensions.
 * - `sipri`: the SIPRI Arms Transfers Database trade register: note lines above the header
 *   and unnamed "?" columns marking uncertain numbers and years.
 */
export type KnownFormat = 'sdg' | 'sipri';

const sdgColumns = ['GeoAreaCode', 'GeoAreaName', 'TimePeriod', 'Value'];
const sdgMarkers = ['SeriesCode', 'SeriesDescription', 'Indicator', 'Goal', 'Target'];

export function detectFormat(columns: string[]): KnownFormat | undefined {
  const names = new Set(columns.map((column) => column.trim().toLowerCase()));
  const has = (name: string) => names.has(name.toLowerCase());
  if (sdgColumns.every(has) && sdgMarkers.some(has)) return 'sdg';
  if (
    has('Recipient') &&
    has('Supplier') &&
    (has('Weapon designation') || has('SIPRI TIV per unit'))
  ) {
    return 'sipri';
  }
  return undefined;
}

/**
 * How a known format writes a number that is not one: the SDG Global Database exports
 * `NaN` for a value it does not have, and a float column may hold infinities. In a file of a
 * known format these texts are missing values and load as NULL, in every column (the staging
 * table is all text, so this happens before typing: a column of numbers and `NaN` is numeric).
 */
export function missingValueTexts(format: KnownFormat | undefined): string[] {
  if (!format) return [];
  const names = ['NaN', 'nan', 'NAN', 'Inf', 'inf', 'INF', 'Infinity', 'infinity', 'INFINITY'];
  return names.flatMap((name) =>
    name.toLowerCase() === 'nan' ? [name] : [name, `-${name}`, `+${name}`],
  );
}

/**
 * The columns of SDG data that hold codes, however numeric they look: the target ("16.10" is
 * the tenth target of goal 16, not 16.1), named `Target` in the SDG Global Database export
 * and `TargetCode` in UNSD's own files. Only in a file that also names the goal, indicator or
 * series, so a column of sales targets elsewhere stays numbers. They load as text.
 */
export function codeColumns(names: string[]): string[] {
  const key = (name: string) => name.trim().toLowerCase().replace(/[\s_]/g, '');
  const keys = new Set(names.map(key));
  const sdg = ['goal', 'goalcode', 'indicator', 'indicatorcode', 'seriescode'].some((name) =>
    keys.has(name),
  );
  return sdg ? names.filter((name) => ['target', 'targetcode'].includes(key(name))) : [];
}
