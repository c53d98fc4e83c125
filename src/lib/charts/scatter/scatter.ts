import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';

export type ScatterPoint = { key: string; x: number; y: number; label: string };
export type ScatterMark = ScatterPoint & { cx: number; cy: number };

export type ScatterLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  marks: ScatterMark[];
  xTicks: { value: number; x: number }[];
  yTicks: { value: number; y: number }[];
};

const HEIGHT = 320;
const MARGIN = { top: 24, right: 24, bottom: 36, left: 56 };

/**
 * Lays out points on two linear axes fitted to the data (not forced to zero). A point with a
 * coordinate that is not a finite number (NaN, ±Infinity, missing) is left out. Pure.
 */
export function scatterLayout(given: ScatterPoint[], { width }: { width: number }): ScatterLayout {
  const points = given.filter((point) => Number.isFinite(point.x) && Number.isFinite(point.y));
  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: HEIGHT - MARGIN.bottom,
  };
  const domain = (values: [number, number] | [undefined, undefined]): [number, number] => {
    const [low = 0, high = 1] = values;
    return low === high ? [low - 1, high + 1] : [low, high];
  };
  const x = scaleLinear()
    .domain(domain(extent(points, (point) => point.x)))
    .range([plot.left, plot.right])
    .nice();
  const y = scaleLinear()
    .domain(domain(extent(points, (point) => point.y)))
    .range([plot.bottom, plot.top])
    .nice();
  const ticks = Math.max(2, Math.floor((plot.right - plot.left) / 80));
  return {
    width,
    height: HEIGHT,
    plot,
    marks: points.map((point) => ({ ...point, cx: x(point.x), cy: y(point.y) })),
    xTicks: x.ticks(ticks).map((value) => ({ value, x: x(value) })),
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
  };
}
