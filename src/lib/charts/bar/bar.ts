import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { mirrorX, type Direction } from '../core/direction';
import type { TipContent } from '../core/tooltip.svelte';
import { textWidth, wrapText } from '../core/wrap';

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
  /**
   * `rtl` mirrors the chart (Arabic): labels on the right, bars growing leftwards from a
   * baseline on the right, values past their left ends. Text anchors stay as they are: the
   * view draws the chart with `direction: rtl`, where `start` is a text's right edge.
   */
  dir?: Direction;
};

export type Bar = BarDatum & {
  x: number;
  y: number;
  width: number;
  height: number;
  /** The label as drawn, in as many lines as it needs (never shortened), each with its y. */
  labelLines: { text: string; y: number }[];
  /** Where the category label's anchor point is (its first line). */
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
/** Height of a label line above a bar (the last one sits 5px over the bar). */
const LABEL_LINE = 18;
/** Height of a label line beside a bar. */
const SIDE_LINE = 15;
/** More lines than this beside a bar, and every label goes above its bar instead. */
const SIDE_LINES = 3;
const AXIS_HEIGHT = 24;
const TOP = 4;
const NARROW = 560;
/** The chart's font size (BarChart draws at 13px). */
const FONT = 13;
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
  { width, domain, hideLabels, labelsAbove: above, dir = 'ltr' }: BarDims,
): BarLayout {
  const data = given.filter((d) => Number.isFinite(d.value));
  // Beside the bars the labels get about a third of the width; a label that needs more than
  // a few lines there moves, with all the others, above its bar, where it has the full width.
  const sideLeft = Math.min(220, Math.round(width * 0.32));
  const sideLines = data.map((d) => wrapText(d.label, sideLeft - 8, FONT));
  const labelsAbove =
    !hideLabels &&
    (above || width < NARROW || sideLines.some((lines) => lines.length > SIDE_LINES));
  // Above: the inset keeps the "0%" tick label on screen.
  const left = labelsAbove || hideLabels ? 12 : sideLeft;
  // Room for half of the last tick label ("100%") past the end of the axis.
  const right = width - 20;
  const lines = data.map((d, i) =>
    hideLabels ? [] : labelsAbove ? wrapText(d.label, right - left, FONT) : sideLines[i],
  );
  const rowHeight = (count: number) =>
    labelsAbove
      ? count * LABEL_LINE + BAR_HEIGHT + BAR_GAP
      : Math.max(BAR_HEIGHT, count * SIDE_LINE) + BAR_GAP;
  const tops = lines.map((_, i) =>
    lines.slice(0, i).reduce((sum, each) => sum + rowHeight(each.length), TOP),
  );
  const bottom = lines.reduce((sum, each) => sum + rowHeight(each.length), TOP);
  const x = scaleLinear()
    .domain(domain ?? [0, max(data, (d) => d.value) || 1])
    .range([left, right]);
  if (!domain) x.nice();

  const bars = data.map((d, i): Bar => {
    const label = lines[i];
    const rowTop = tops[i];
    const y = labelsAbove
      ? rowTop + label.length * LABEL_LINE
      : rowTop + (Math.max(BAR_HEIGHT, label.length * SIDE_LINE) - BAR_HEIGHT) / 2;
    const middle = y + BAR_HEIGHT / 2;
    const labelLines = label.map((text, line) => ({
      text,
      y: labelsAbove
        ? rowTop + (line + 1) * LABEL_LINE - 5
        : middle + (line - (label.length - 1) / 2) * SIDE_LINE,
    }));
    const end = x(Math.max(d.value, x.domain()[0]));
    const bound = d.bound ?? 'exact';
    const after = end + 6 + (bound === 'lower' ? ARROW : 0);
    const textWidthOfValue = textWidth(d.valueLabel, FONT);
    const valueInside =
      after + textWidthOfValue > right && end - left > textWidthOfValue + 12 + FADE;
    const width = Math.max(0, end - left);
    return {
      ...d,
      labelLines,
      x: left,
      y,
      width,
      height: BAR_HEIGHT,
      labelX: labelsAbove ? left : left - 8,
      labelY: labelLines[0]?.y ?? (labelsAbove ? y - 5 : middle),
      valueX: valueInside ? end - 6 - (bound === 'approximate' ? FADE : 0) : after,
      valueInside,
      bound,
      solidWidth: bound === 'approximate' ? Math.max(0, width - FADE) : width,
    };
  });

  const layout = {
    width,
    height: bottom + AXIS_HEIGHT,
    labelsAbove,
    plot: { left, right, top: TOP, bottom },
    bars,
    ticks: x.ticks(width < NARROW ? 4 : 5).map((value) => ({ value, x: x(value) })),
  };
  return dir === 'rtl' ? mirrorBars(layout) : layout;
}

/** The layout reflected left for right: each bar's `x` is still its left edge. */
function mirrorBars(layout: BarLayout): BarLayout {
  const { width, plot } = layout;
  return {
    ...layout,
    plot: { ...plot, left: mirrorX(plot.right, width), right: mirrorX(plot.left, width) },
    bars: layout.bars.map((bar) => ({
      ...bar,
      x: mirrorX(bar.x + bar.width, width),
      labelX: mirrorX(bar.labelX, width),
      valueX: mirrorX(bar.valueX, width),
    })),
    ticks: layout.ticks.map((tick) => ({ ...tick, x: mirrorX(tick.x, width) })),
  };
}
