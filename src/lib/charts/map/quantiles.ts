import { scaleQuantile } from 'd3-scale';

/** Five classes from light to dark, the same scheme as the Register map. */
export const QUANTILE_COLORS = ['#f1e4d3', '#d9b99b', '#a9c4de', '#5b8fc7', '#1d4e89'];

export type ValueByCountry = { m49: string; name: string; value: number };

/**
 * Countries shaded by quantile class of their value, and a legend that gives, for each
 * class used, the lowest and highest value in it (so a reader never sees a range no
 * country falls in). A country whose value is not a finite number (NaN, ±Infinity, missing)
 * gets no fill, so the map draws it as a country without data. Pure.
 */
export function quantileFills(
  given: ValueByCountry[],
  format: (value: number) => string,
): {
  fills: Map<string, { fill: string; title: string }>;
  legend: { color: string; label: string }[];
} {
  const items = given.filter((item) => Number.isFinite(item.value));
  const scale = scaleQuantile<string>()
    .domain(items.map((item) => item.value))
    .range(QUANTILE_COLORS);
  const fills = new Map<string, { fill: string; title: string }>();
  const ranges = new Map<string, [number, number]>();
  for (const item of items) {
    const color = scale(item.value);
    fills.set(item.m49, { fill: color, title: `${item.name}: ${format(item.value)}` });
    const [low, high] = ranges.get(color) ?? [item.value, item.value];
    ranges.set(color, [Math.min(low, item.value), Math.max(high, item.value)]);
  }
  const legend = QUANTILE_COLORS.filter((color) => ranges.has(color)).map((color) => {
    const [low, high] = ranges.get(color)!;
    return { color, label: low === high ? format(low) : `${format(low)}–${format(high)}` };
  });
  return { fills, legend };
}
