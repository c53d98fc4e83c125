import { scaleUtc } from 'd3-scale';

/** How precisely a date is known: `2006`, `2012-08` or `2012-08-27`. */
export type Precision = 'year' | 'month' | 'day';

/** A partial ISO date as the period it stands for: [start, end) in UTC, and its precision. */
export function periodOf(date: string): { start: Date; end: Date; precision: Precision } {
  const [year, month, day] = date.split('-').map(Number);
  if (month === undefined) {
    return { start: utc(year, 0, 1), end: utc(year + 1, 0, 1), precision: 'year' };
  }
  if (day === undefined) {
    return { start: utc(year, month - 1, 1), end: utc(year, month, 1), precision: 'month' };
  }
  return { start: utc(year, month - 1, day), end: utc(year, month - 1, day + 1), precision: 'day' };
}

function utc(year: number, monthIndex: number, day: number): Date {
  return new Date(Date.UTC(year, monthIndex, day));
}

export type TimelineEvent = {
  key: string;
  label: string;
  lane: string;
  start: string;
  end: string | null;
};

export type TimelineMark = TimelineEvent & {
  x: number;
  width: number;
  y: number;
  /** Drawn as a point when the event is shorter than a few pixels (a day, a week's meeting). */
  point: boolean;
  precision: Precision;
};

export type TimelineLayout = {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  lanes: { name: string; y: number; height: number }[];
  marks: TimelineMark[];
  ticks: { value: number; x: number }[];
};

const ROW = 16;
const LANE_GAP = 14;
const TOP = 8;
const AXIS = 26;
const POINT_WIDTH = 10;

/**
 * Lays out dated events in lanes on a time axis. An event known only to the year or month
 * spans that whole period, so the chart does not claim a day it does not know. Events that
 * would overlap within a lane go to rows beneath each other. Pure.
 */
export function timelineLayout(
  events: TimelineEvent[],
  lanes: string[],
  { width, from, to }: { width: number; from: number; to: number },
): TimelineLayout {
  // Lane names sit above their lanes, so the time axis gets the full width.
  const narrow = true;
  const left = 8;
  const right = width - 12;
  const x = scaleUtc()
    .domain([utc(from, 0, 1), utc(to + 1, 0, 1)])
    .range([left, right]);

  const marks: TimelineMark[] = [];
  const laneBoxes: TimelineLayout['lanes'] = [];
  let y = TOP;
  for (const lane of lanes) {
    const inLane = events
      .filter((event) => event.lane === lane)
      .map((event) => {
        const start = periodOf(event.start);
        const end = event.end ? periodOf(event.end) : start;
        const x1 = x(start.start);
        const x2 = x(end.end);
        const point = x2 - x1 < POINT_WIDTH;
        const precision = event.end && end.precision !== 'day' ? end.precision : start.precision;
        return { event, x1: point ? x1 + (x2 - x1) / 2 : x1, x2, point, precision };
      })
      .sort((a, b) => a.x1 - b.x1);
    const rowEnds: number[] = [];
    const laneTop = y + (narrow ? ROW : 0);
    for (const placed of inLane) {
      const left = placed.point ? placed.x1 - POINT_WIDTH / 2 : placed.x1;
      const rightEdge = placed.point ? placed.x1 + POINT_WIDTH / 2 : placed.x2;
      let row = rowEnds.findIndex((end) => end + 2 <= left);
      if (row === -1) row = rowEnds.push(rightEdge) - 1;
      else rowEnds[row] = rightEdge;
      marks.push({
        ...placed.event,
        x: placed.x1,
        width: placed.point ? 0 : placed.x2 - placed.x1,
        y: laneTop + row * ROW + ROW / 2,
        point: placed.point,
        precision: placed.precision,
      });
    }
    const height = (narrow ? ROW : 0) + Math.max(1, rowEnds.length) * ROW;
    laneBoxes.push({ name: lane, y, height });
    y += height + LANE_GAP;
  }

  const bottom = y - LANE_GAP;
  const tickCount = Math.max(3, Math.floor((right - left) / 80));
  return {
    width,
    height: bottom + AXIS,
    plot: { left, right, top: TOP, bottom },
    lanes: laneBoxes,
    marks,
    ticks: x.ticks(tickCount).map((date) => ({ value: date.getUTCFullYear(), x: x(date) })),
  };
}
