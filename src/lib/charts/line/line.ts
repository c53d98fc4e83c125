import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { mirrorX, type Direction } from '../core/direction';
import { placeLabels, type PlacedLabel } from '../core/labels';
import type { TipContent } from '../core/tooltip.svelte';

/**
 * One observation: a year and its value. `partial` marks a count known to be incomplete
 * (taken at a report's issue date or "as of" a day, before late submissions arrived).
 */
export type LinePoint = {
  key: string;
  x: number;
  y: number;
  partial?: boolean;
  label: string;
  /** What hovering, tapping or focusing the point shows. */
  tip?: TipContent;
};

/** One line: a series' values over the years, in its colour. A single line is a list of one. */
export type LineSeries = { key: string; label: string; color: string; points: LinePoint[] };

export type LineMark = LinePoint & { cx: number; cy: number; color: string; series: string };

/** A stretch of a line between two years; dashed across missing years or to a partial count. */
export type LineSegment = {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
  color: string;
};

export type LineLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lines: { key: string; label: string; color: string; segments: LineSegment[] }[];
  /** Every point of every line, line by line, each line's in year order. */
  marks: LineMark[];
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
  /** Values written beside their points, where they fit (asked for with `valueText`). */
  values: PlacedLabel[];
};

const HEIGHT = 280;
const MARGIN = { top: 26, right: 24, bottom: 28, left: 48 };
const TICK_ROOM = 44;
/** A point's radius and the text size of its value, in CSS pixels (the chart's own). */
export const MARK_R = 5;
export const VALUE_SIZE = 12;
/** A point as drawn when shown or focused (radius 7, a 3 px ring): values keep clear of it. */
export const ACTIVE_R = 8.5;
/** The axis title sits above the plot, at the left: values stay below it. */
const TITLE_ROOM = 16;

/**
 * Lays out yearly lines on one pair of axes. Every point is a mark; each line joins, year by
 * year, the most complete count of each year (a final count over one taken at an issue date),
 * dashed across missing years and into partial counts: the reader sees where no source gives a
 * figure, or a figure that is not final. Points whose year or value is not a finite number are
 * left out. `domain` fixes the value axis (shares pass [0, 1]); otherwise it runs from zero to
 * a nice maximum. Every year with a point gets a tick when their labels fit. With `valueText`,
 * points get their value written beside them where it fits, final counts first: two counts of
 * one year, or years close together on a phone, would otherwise write over each other. Pure.
 */
export function lineLayout(
  given: LineSeries[],
  {
    width,
    domain,
    valueText,
    dir = 'ltr',
  }: {
    width: number;
    domain?: [number, number];
    valueText?: (point: LinePoint) => string;
    /** `rtl` mirrors the chart (Arabic): years run right to left, the value axis on the right. */
    dir?: Direction;
  },
): LineLayout {
  const series = given.map((each) => ({
    ...each,
    points: each.points
      .filter((point) => Number.isFinite(point.x) && Number.isFinite(point.y))
      .sort((a, b) => a.x - b.x),
  }));
  const all = series.flatMap((each) => each.points);
  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: HEIGHT - MARGIN.bottom,
  };
  const [minX = 0, maxX = 1] = extent(all, (point) => point.x);
  // Half a year of room at each end keeps the first and last points off the axes.
  const x = scaleLinear()
    .domain([minX - 0.5, maxX + 0.5])
    .range([plot.left, plot.right]);
  const top = Math.max(...all.map((point) => point.y), 0) || 1;
  const y = scaleLinear()
    .domain(domain ?? [0, top])
    .range([plot.bottom, plot.top]);
  if (!domain) y.nice();

  const marks: LineMark[] = [];
  const lines = series.map((each) => {
    const placed = each.points.map((point) => ({
      ...point,
      cx: x(point.x),
      cy: y(point.y),
      color: each.color,
      series: each.key,
    }));
    marks.push(...placed);
    const best = new Map<number, LineMark>();
    for (const mark of placed) {
      const current = best.get(mark.x);
      const better =
        !current ||
        (!!current.partial && !mark.partial) ||
        (!!current.partial === !!mark.partial && mark.y > current.y);
      if (better) best.set(mark.x, mark);
    }
    const line = [...best.values()];
    const segments = line.slice(1).map((to, index) => {
      const from = line[index];
      return {
        key: `${from.key}-${to.key}`,
        x1: from.cx,
        y1: from.cy,
        x2: to.cx,
        y2: to.cy,
        dashed: to.x - from.x > 1 || !!from.partial || !!to.partial,
        color: each.color,
      };
    });
    return { key: each.key, label: each.label, color: each.color, segments };
  });

  // A year label needs about TICK_ROOM pixels: each year with a point gets one if no two of
  // them come closer than that, otherwise every few years from the first do.
  const years = [...new Set(all.map((point) => point.x))].sort((a, b) => a - b);
  const closest = Math.min(...years.slice(1).map((year, i) => x(year) - x(years[i])));
  const room = Math.max(2, Math.floor((plot.right - plot.left) / TICK_ROOM));
  const step = Math.max(1, Math.ceil((maxX - minX + 1) / room));
  const xTicks = (
    closest >= TICK_ROOM
      ? years
      : Array.from({ length: Math.floor((maxX - minX) / step) + 1 }, (_, i) => minX + i * step)
  ).map((value) => ({ value, x: x(value) }));

  // Values are written inside the plot and its top margin (under the axis title), so never over
  // the tick labels of either axis.
  const circles = marks.map((mark) => ({ id: mark.key, x: mark.cx, y: mark.cy, r: ACTIVE_R }));
  const order = [...marks].sort((a, b) => Number(!!a.partial) - Number(!!b.partial) || a.x - b.x);
  const values = valueText
    ? placeLabels(
        order.map((mark) => ({
          id: mark.key,
          x: mark.cx,
          y: mark.cy,
          r: ACTIVE_R,
          text: valueText(mark),
        })),
        circles,
        {
          room: { left: plot.left, top: TITLE_ROOM, right: width - 1, bottom: plot.bottom },
          fontSize: VALUE_SIZE,
        },
      )
    : [];

  const layout = {
    width,
    height: HEIGHT,
    plot,
    lines,
    marks,
    xTicks,
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    values,
  };
  return dir === 'rtl' ? mirrorLines(layout) : layout;
}

/**
 * The layout reflected left for right. Value labels keep their anchors: the view draws the
 * chart with `direction: rtl`, where `start` is a text's right edge.
 */
function mirrorLines(layout: LineLayout): LineLayout {
  const { width, plot } = layout;
  const at = (x: number) => mirrorX(x, width);
  return {
    ...layout,
    plot: { ...plot, left: at(plot.right), right: at(plot.left) },
    lines: layout.lines.map((line) => ({
      ...line,
      segments: line.segments.map((each) => ({ ...each, x1: at(each.x1), x2: at(each.x2) })),
    })),
    marks: layout.marks.map((mark) => ({ ...mark, cx: at(mark.cx) })),
    xTicks: layout.xTicks.map((tick) => ({ ...tick, x: at(tick.x) })),
    values: layout.values.map((value) => ({ ...value, x: at(value.x) })),
  };
}
