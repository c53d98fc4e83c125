import type { LineSeries } from '$lib/charts/line/line';
import type { Row } from '$lib/db/rows';

const COLORS = ['var(--bar)'];

/**
 * Colours for countries compared side by side (Okabe and Ito's palette, told apart with
 * colour-blindness), in the order they were chosen.
 */
export const COMPARE_COLORS = [
  '#0072B2',
  '#D55E00',
  '#009E73',
  '#CC79A7',
  '#E69F00',
  '#56B4E9',
  '#8C6D1F',
  '#7A5195',
];

/**
 * SDG 16.4.2 rows (iso3, year, value_pct) as one line per country, in the rows' order,
 * every value a point on a 0-1 scale; a country with one value is a single point.
 */
export function valueSeries(
  rows: Row[],
  name: (row: Row) => string,
  format: (share: number) => string,
  /** A line's colour by its country, when the countries are told apart (compared). */
  color?: (iso3: string) => string,
): LineSeries[] {
  const byCountry = new Map<string, LineSeries>();
  rows.forEach((row) => {
    const key = String(row.iso3);
    let line = byCountry.get(key);
    if (!line) {
      line = {
        key,
        label: name(row),
        color: color?.(key) ?? COLORS[byCountry.size % COLORS.length],
        points: [],
      };
      byCountry.set(key, line);
    }
    const share = Number(row.value_pct) / 100;
    line.points.push({
      key: `${key}-${row.year}`,
      x: Number(row.year),
      y: share,
      label: `${line.label} ${row.year}: ${format(share)}`,
    });
  });
  return [...byCountry.values()];
}
