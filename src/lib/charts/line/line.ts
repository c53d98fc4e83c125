import { extent, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { TipContent } from '../core/tooltip.svelte';

/**
 * One observation: `partial` marks a count known to be incomplete (taken at a report's issue
 * date or "as of" a day, before late submissions arrived).
 */
export type LinePoint = {
  key: string;
  x: number;
  y: number;
  partial: boolean;
  label: string;
  /** What hovering, tapping or focusing the point shows. */
  tip?: TipContent;
};

export type LineMark = LinePoint & { cx: number; cy: number };

/** A stretch of the line between two years; dashed across missing years or to a partial count. */
export type LineSegment = {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
};

export type LineLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  marks: LineMark[];
  segments: LineSegment[];
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
};

const HEIGHT = 280;
const MARGIN = { top: 26, right: 24, bottom: 28, left: 44 };

/**
 * Lays out a yearly line with its points. The line joins, year by year, the most complete
 * count of each year (a final count over one taken at an issue date). A point whose year or
 * value is not a finite number (NaN, ±Infinity, missing) is left out, and the line is dashed
 * across it as across any missing year. Pure.
 */
export function lineLayout(given: LinePoint[], { width }: { width: number }): LineLayout {
  const points = given.filter((point) => Number.isFinite(point.x) && Number.isFinite(point.y));
  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: HEIGHT - MARGIN.bottom,
  };
  const [minX = 0, maxX = 1] = extent(points, (point) => point.x);
  // Half a year of room at each end keeps the first and last points off the axes.
  const x = scaleLinear()
    .domain([minX - 0.5, maxX + 0.5])
    .range([plot.left, plot.right]);
  const y = scaleLinear()
    .domain([0, max(points, (point) => point.y) || 1])
    .range([plot.bottom, plot.top])
    .nice();

  const marks = points.map((point) => ({ ...point, cx: x(point.x), cy: y(point.y) }));

  const best = new Map<number, LineMark>();
  for (const mark of marks) {
    const current = best.get(mark.x);
    const better =
      !current ||
      (current.partial && !mark.partial) ||
      (current.partial === mark.partial && mark.y > current.y);
    if (better) best.set(mark.x, mark);
  }
  const line = [...best.values()].sort((a, b) => a.x - b.x);
  const segments = line.slice(1).map((to, index) => {
    const from = line[index];
    return {
      key: `${from.key}-${to.key}`,
      x1: from.cx,
      y1: from.cy,
      x2: to.cx,
      y2: to.cy,
      dashed: to.x - from.x > 1 || from.partial || to.partial,
    };
  });

  const yearsWide = maxX - minX;
  const step = Math.max(1, Math.ceil(yearsWide / Math.max(2, Math.floor(width / 70))));
  const xTicks = [];
  for (let year = minX; year <= maxX; year += step) xTicks.push({ value: year, x: x(year) });

  return {
    width,
    height: HEIGHT,
    plot,
    marks,
    segments,
    xTicks,
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
  };
}
