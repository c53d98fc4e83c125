import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { TipContent } from '../core/tooltip.svelte';

/** One observation of a series: a year and its value, with what its tooltip says. */
export type SeriesPoint = { key: string; x: number; y: number; label: string; tip?: TipContent };

/** One line: a group's values over the years, in its colour. */
export type Series = { key: string; label: string; color: string; points: SeriesPoint[] };

export type SeriesMark = SeriesPoint & { cx: number; cy: number; color: string; series: string };

/** A stretch of a line between two observations; dashed across missing years. */
export type SeriesSegment = {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  dashed: boolean;
  color: string;
};

export type SeriesLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lines: { key: string; label: string; color: string; segments: SeriesSegment[] }[];
  marks: SeriesMark[];
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
};

const HEIGHT = 280;
const MARGIN = { top: 26, right: 24, bottom: 28, left: 48 };

/**
 * Lays out several yearly lines on one pair of axes (one per series, one point per year with
 * a value). Values that are not finite numbers are left out and the line is dashed across
 * them, as across any year without a figure: the reader sees where no source gives one.
 * `domain` fixes the value axis (shares pass [0, 1]). Every year with a point gets a tick when
 * there is room. Pure.
 */
export function seriesLayout(
  given: Series[],
  { width, domain }: { width: number; domain?: [number, number] },
): SeriesLayout {
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
  const x = scaleLinear()
    .domain([minX - 0.5, maxX + 0.5])
    .range([plot.left, plot.right]);
  const top = Math.max(...all.map((point) => point.y), 0) || 1;
  const y = scaleLinear()
    .domain(domain ?? [0, top])
    .range([plot.bottom, plot.top]);
  if (!domain) y.nice();

  const marks: SeriesMark[] = [];
  const lines = series.map((each) => {
    const placed = each.points.map((point) => ({
      ...point,
      cx: x(point.x),
      cy: y(point.y),
      color: each.color,
      series: each.key,
    }));
    marks.push(...placed);
    const segments = placed.slice(1).map((to, index) => {
      const from = placed[index];
      return {
        key: `${from.key}-${to.key}`,
        x1: from.cx,
        y1: from.cy,
        x2: to.cx,
        y2: to.cy,
        dashed: to.x - from.x > 1,
        color: each.color,
      };
    });
    return { key: each.key, label: each.label, color: each.color, segments };
  });

  const years = [...new Set(all.map((point) => point.x))].sort((a, b) => a - b);
  const room = Math.max(2, Math.floor((plot.right - plot.left) / 44));
  const step = Math.max(1, Math.ceil((maxX - minX + 1) / room));
  const xTicks =
    years.length <= room
      ? years.map((value) => ({ value, x: x(value) }))
      : Array.from({ length: Math.floor((maxX - minX) / step) + 1 }, (_, i) => minX + i * step).map(
          (value) => ({ value, x: x(value) }),
        );

  return {
    width,
    height: HEIGHT,
    plot,
    lines,
    marks,
    xTicks,
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
  };
}
