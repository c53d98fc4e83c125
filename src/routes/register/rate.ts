import { SEQUENTIAL_BLUES } from '$lib/charts/map/quantiles';

/**
 * Five equal classes of a share, for the map: a reader can match a colour to a range.
 * ColorBrewer's sequential "Blues" (see `SEQUENTIAL_BLUES`): one hue, each class darker than
 * the one before, so the order reads without telling hues apart (safe for colour-blind readers
 * and in greyscale), and the lightest class stays clear of the grey of "no data".
 */
export const RATE_CLASSES = [
  { from: 0, upTo: 0.2, color: SEQUENTIAL_BLUES[0] },
  { from: 0.2, upTo: 0.4, color: SEQUENTIAL_BLUES[1] },
  { from: 0.4, upTo: 0.6, color: SEQUENTIAL_BLUES[2] },
  { from: 0.6, upTo: 0.8, color: SEQUENTIAL_BLUES[3] },
  { from: 0.8, upTo: 1, color: SEQUENTIAL_BLUES[4] },
] as const;

/** The colour of a share, or null when there is none. */
export function rateColor(rate: number | null): string | null {
  if (rate === null || Number.isNaN(rate)) return null;
  return (RATE_CLASSES.find((range) => rate <= range.upTo) ?? RATE_CLASSES[4]).color;
}

/**
 * A colour per UN regional group for the lines over the years: the Okabe–Ito palette, told
 * apart by readers with any common colour-vision deficiency.
 */
export const GROUP_COLORS: Record<string, string> = {
  AFR: '#D55E00',
  APG: '#0072B2',
  EEG: '#009E73',
  GRULAC: '#CC79A7',
  WEOG: '#E69F00',
};

/** The report years with figures by group, oldest first. */
export function reportYears(rows: Record<string, unknown>[]): number[] {
  return [...new Set(rows.map((row) => Number(row.report_year)))]
    .filter(Number.isFinite)
    .sort((a, b) => a - b);
}

/** The year a `?year=` value asks for, if it has figures; otherwise the latest year. */
export function chosenYear(years: number[], asked: string): number | null {
  const wanted = Number(asked);
  if (asked !== '' && years.includes(wanted)) return wanted;
  return years.at(-1) ?? null;
}
