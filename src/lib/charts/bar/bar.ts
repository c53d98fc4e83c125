import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { TipContent } from '../core/tooltip.svelte';

/**
 * How exact a figure is: `lower` for "at least" / "more than" (the true value may lie beyond
 * the bar's end), `approximate` for "nearly" / "about" (the end is not a hard edge).
 */
export type Bound = 'exact' | 'lower' | 'approximate';

/** One bar to draw: its key, category label, value, and the text shown at its end. */
export type BarDatum = {
  key: string;
  label: string;
  value: number;
  valueLabel: string;
  bound?: Bound;
  /** Not stated in a source but computed from one (drawn lighter). */
  derived?: boolean;
  /** What hovering, tapping or focusing the bar shows. */
  tip?: TipContent;
};

/** The bound a documents' qualifier implies (`key_figures.qualifier` and the like). */
export function boundOf(qualifier: string | null | undefined): Bound {
  if (qualifier === 'at_least' || qualifier === 'more_than' || qualifier === 'at_least_once') {
    return 'lower';
  }
  return qualifier === 'nearly' || qualifier === 'about' ? 'approximate' : 'exact';
}

export type BarDims = {
  /** Width the chart may take, in CSS pixels (measured from its container). */
  width: number;
  /** Value domain; defaults to [0, largest value]. Shares should pass [0, 1] so bars are honest. */
  domain?: [number, number];
  /** Leave out category labels (a one-bar chart whose caption names it). */
  hideLabels?: boolean;
  /** Put labels above the bars at any width (long labels). */
  labelsAbove?: boolean;
};

export type Bar = BarDatum & {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label as drawn: shortened with an ellipsis when it would not fit (the full one is its tooltip). */
  shownLabel: string;
  /** Where the category label's anchor point is. */
  labelX: number;
  labelY: number;
  valueX: number;
  /** True when the value text sits inside the bar's end because there is no room after it. */
  valueInside: boolean;
  bound: Bound;
  /** Where the solid part ends: an approximate bar fades out over its last stretch. */
  solidWidth: number;
};

export type BarLayout = {
  width: number;
  height: number;
  /** Narrow charts put each label above its bar instead of to its left. */
  labelsAbove: boolean;
  plot: { left: number; right: number; top: number; bottom: number };
  bars: Bar[];
  ticks: { value: number; x: number }[];
};

const BAR_HEIGHT = 24;
const BAR_GAP = 14;
const LABEL_LINE = 18;
const AXIS_HEIGHT = 24;
const TOP = 4;
const NARROW = 560;
/** Rough width of one character at the chart's 13px font, for placing value labels. */
const CHAR_WIDTH = 7;
/** Room after a lower-bound bar for the arrow that says "and possibly more". */
const ARROW = 10;
/** Length of the faded end of an approximate bar. */
const FADE = 18;

/**
 * Lays out a horizontal bar chart: bars in the order given, top to bottom, starting at zero.
 * A value that is not a finite number (NaN, ±Infinity, a missing value) is missing: no bar.
 * Pure: the same rows and width always give the same geometry.
 */
export function barLayout(
  given: BarDatum[],
  { width, domain, hideLabels, labelsAbove: above }: BarDims,
): BarLayout {
  const data = given.filter((d) => Number.isFinite(d.value));
  const labelsAbove = !hideLabels && (above || width < NARROW);
  // Narrow: labels sit above the bars, and the inset keeps the "0%" tick label on screen.
  const left = labelsAbove || hideLabels ? 12 : Math.min(220, Math.round(width * 0.32));
  // Room for half of the last tick label ("100%") past the end of the axis.
  const right = width - 20;
  const step = (labelsAbove ? LABEL_LINE : 0) + BAR_HEIGHT + BAR_GAP;
  const bottom = TOP + data.length * step;
  const x = scaleLinear()
    .domain(domain ?? [0, max(data, (d) => d.value) || 1])
    .range([left, right]);
  if (!domain) x.nice();

  const bars = data.map((d, i): Bar => {
    const y = TOP + i * step + (labelsAbove ? LABEL_LINE : 0);
    const end = x(Math.max(d.value, x.domain()[0]));
    const bound = d.bound ?? 'exact';
    const after = end + 6 + (bound === 'lower' ? ARROW : 0);
    const textWidth = d.valueLabel.length * CHAR_WIDTH;
    const valueInside = after + textWidth > right && end - left > textWidth + 12 + FADE;
    const width = Math.max(0, end - left);
    const room = Math.floor((labelsAbove ? right - left : left - 8) / CHAR_WIDTH);
    return {
      ...d,
      shownLabel: d.label.length > room ? `${d.label.slice(0, Math.max(1, room - 1))}…` : d.label,
      x: left,
      y,
      width,
      height: BAR_HEIGHT,
      labelX: labelsAbove ? left : left - 8,
      labelY: labelsAbove ? y - 5 : y + BAR_HEIGHT / 2,
      valueX: valueInside ? end - 6 - (bound === 'approximate' ? FADE : 0) : after,
      valueInside,
      bound,
      solidWidth: bound === 'approximate' ? Math.max(0, width - FADE) : width,
    };
  });

  return {
    width,
    height: bottom + AXIS_HEIGHT,
    labelsAbove,
    plot: { left, right, top: TOP, bottom },
    bars,
    ticks: x.ticks(width < NARROW ? 4 : 5).map((value) => ({ value, x: x(value) })),
  };
}
