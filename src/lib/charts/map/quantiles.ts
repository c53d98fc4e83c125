import { joinRange } from '$lib/i18n/format';
import type { Locale } from '$lib/i18n/messages';
import { labelled } from '$lib/i18n/places';
import { getLocale } from '$lib/paraglide/runtime.js';
import { scaleQuantile } from 'd3-scale';

/**
 * Five classes from light to dark: ColorBrewer's 9-class sequential "Blues", classes 4 to 8.
 * One hue with lightness falling at even steps (CIEDE2000 about 9 to 13 between neighbours),
 * so the order reads for colour-blind readers and in greyscale. The three lightest Blues are
 * left out: they are too near the grey of countries without data (#e6e8eb; ΔE00 4.6 for
 * #eff3ff, 16.4 for #9ecae1), and the darkest stays clear of the dark scheme's #3a414b (16.9).
 */
export const SEQUENTIAL_BLUES = ['#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c'] as const;

/** The classes of a map shaded by quantile: the same scheme as the Register map. */
export const QUANTILE_COLORS: readonly string[] = SEQUENTIAL_BLUES;

export type ValueByCountry = { m49: string; name: string; value: number };

/**
 * Countries shaded by quantile class of their value, and a legend that gives, for each
 * class used, the lowest and highest value in it (so a reader never sees a range no
 * country falls in; in its own order on an Arabic page). A country whose value is not a finite number (NaN, ±Infinity, missing)
 * gets no fill, so the map draws it as a country without data. Pure.
 */
export function quantileFills(
  given: ValueByCountry[],
  format: (value: number) => string,
  locale: Locale = getLocale(),
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
    fills.set(item.m49, { fill: color, title: labelled(item.name, format(item.value)) });
    const [low, high] = ranges.get(color) ?? [item.value, item.value];
    ranges.set(color, [Math.min(low, item.value), Math.max(high, item.value)]);
  }
  const legend = QUANTILE_COLORS.filter((color) => ranges.has(color)).map((color) => {
    const [low, high] = ranges.get(color)!;
    return {
      color,
      label: low === high ? format(low) : joinRange(format(low), format(high), locale),
    };
  });
  return { fills, legend };
}
