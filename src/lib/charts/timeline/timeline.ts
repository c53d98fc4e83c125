import { scaleUtc } from 'd3-scale';
import { mirrorX, type Direction } from '../core/direction';
import { fitText, textWidth } from '../core/wrap';
import type { TipContent } from '../core/tooltip.svelte';

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

function newRow(): { end: number; labelEnd: number; last: null } {
  return { end: -Infinity, labelEnd: -Infinity, last: null };
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
  tip?: TipContent;
};

export type TimelineMark = TimelineEvent & {
  x: number;
  width: number;
  y: number;
  /** Drawn as a point when the event is shorter than a few pixels (a day, a week's meeting). */
  point: boolean;
  precision: Precision;
  /** The label drawn beside the mark (the name, cut at a word where room is short), if any. */
  shownLabel: string | null;
  /**
   * The label drawn when the event is selected, bold (SELECTED_WEIGHT), so wider: cut to the
   * room its row leaves it; null where a bold label would be too short (the regular one stays).
   */
  selectedLabel: string | null;
  labelX: number;
  labelAnchor: 'start' | 'end';
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
/** Label text size, in CSS pixels. */
export const LABEL_SIZE = 11;
/** The selected event's label is bold. */
export const SELECTED_WEIGHT = 700;
const LABEL_GAP = 4;
/** A label is cut to this width at most, and not drawn in less room than the minimum. */
const LABEL_MAX = 190;
const LABEL_MIN = 64;
/** Rows a lane may add to give its events room for their labels. */
const EXTRA_ROWS = { wide: 2, narrow: 1 };

/**
 * Lays out dated events in lanes on a time axis. An event known only to the year or month
 * spans that whole period, so the chart does not claim a day it does not know. Events that
 * would overlap within a lane go to rows beneath each other. Pure.
 */
export function timelineLayout(
  events: TimelineEvent[],
  lanes: string[],
  {
    width,
    from,
    to,
    dir = 'ltr',
  }: {
    width: number;
    from: number;
    to: number;
    /** `rtl` mirrors the chart (Arabic): time runs right to left, lane names on the right. */
    dir?: Direction;
  },
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
        const at = point ? x1 + (x2 - x1) / 2 : x1;
        return {
          event,
          x1: at,
          x2,
          point,
          precision,
          left: point ? at - POINT_WIDTH / 2 : at,
          right: point ? at + POINT_WIDTH / 2 : x2,
        };
      })
      .sort((a, b) => a.x1 - b.x1);
    const laneTop = y + (narrow ? ROW : 0);
    // Without labels the lane needs this many rows; labels may add a few, not more.
    const bare: number[] = [];
    for (const placed of inLane) {
      const row = bare.findIndex((end) => end + 2 <= placed.left);
      if (row === -1) bare.push(placed.right);
      else bare[row] = placed.right;
    }
    const maxRows = bare.length + (width >= 600 ? EXTRA_ROWS.wide : EXTRA_ROWS.narrow);
    // A row is packed left to right: where its marks end, where the label of its last mark
    // ends, and that mark. A label is soft: a later mark in the row cuts it short (at a word)
    // or, if too little is left, removes it; a mark is never moved for a label.
    type Row = { end: number; labelEnd: number; last: TimelineMark | null };
    const rows: Row[] = [];
    const inRows: TimelineMark[][] = [];
    const cut = (mark: TimelineMark, before: number) => {
      const room = before - 2 - mark.labelX;
      mark.shownLabel = room >= LABEL_MIN ? fitText(mark.label, room, LABEL_SIZE, 10) : null;
    };
    for (const placed of inLane) {
      const fitted = fitText(placed.event.label, LABEL_MAX, LABEL_SIZE, 10);
      const labelWidth = fitted ? textWidth(fitted, LABEL_SIZE) : 0;
      // The label goes right of its mark, or left of it where the plot ends first.
      const toLeft = placed.right + LABEL_GAP + labelWidth > right;
      const from = toLeft ? placed.left - LABEL_GAP - labelWidth : placed.left;
      const labelText = from >= left ? fitted : null;
      const clear = (row: Row, at: number) => row.end + 2 <= at && row.labelEnd + 2 <= at;
      let index = labelText ? rows.findIndex((row) => clear(row, from)) : -1;
      if (index === -1 && labelText && rows.length < maxRows) index = rows.push(newRow()) - 1;
      let labelled = labelText !== null && index !== -1;
      if (index === -1) {
        // No room for the label without cutting another: the row whose label loses least.
        const fits = rows
          .map((row, at) => ({ row, at }))
          .filter(({ row }) => row.end + 2 <= placed.left)
          .sort((p, q) => p.row.labelEnd - q.row.labelEnd);
        index = fits.length > 0 ? fits[0].at : rows.push(newRow()) - 1;
        labelled = labelText !== null && (!toLeft || clear(rows[index], from));
        const previous = rows[index].last;
        const before = labelled ? from : placed.left;
        if (previous?.shownLabel && rows[index].labelEnd + 2 > before) cut(previous, before);
      }
      const mark: TimelineMark = {
        ...placed.event,
        x: placed.x1,
        width: placed.point ? 0 : placed.x2 - placed.x1,
        y: laneTop + index * ROW + ROW / 2,
        point: placed.point,
        precision: placed.precision,
        shownLabel: labelled ? labelText : null,
        selectedLabel: null,
        labelX: toLeft ? placed.left - LABEL_GAP : placed.right + LABEL_GAP,
        labelAnchor: toLeft ? 'end' : 'start',
      };
      marks.push(mark);
      (inRows[index] ??= []).push(mark);
      rows[index] = {
        end: placed.right,
        labelEnd: labelled && !toLeft ? placed.right + LABEL_GAP + labelWidth : placed.right,
        last: mark,
      };
    }
    // A selected label is drawn bold: it may take the room up to the next mark or label of
    // its row (or the plot's end), no more, where the regular label may have only just fitted.
    for (const row of inRows) {
      row.forEach((mark, at) => {
        if (!mark.shownLabel) return;
        const next = row[at + 1];
        const previous = row[at - 1];
        const room =
          mark.labelAnchor === 'start'
            ? (next ? leftOf(next) : right) - 2 - mark.labelX
            : mark.labelX - 2 - (previous ? rightOf(previous) : left);
        mark.selectedLabel = fitText(
          mark.label,
          Math.min(LABEL_MAX, room),
          LABEL_SIZE,
          10,
          SELECTED_WEIGHT,
        );
      });
    }
    const height = (narrow ? ROW : 0) + Math.max(1, rows.length) * ROW;
    laneBoxes.push({ name: lane, y, height });
    y += height + LANE_GAP;
  }

  const bottom = y - LANE_GAP;
  const tickCount = Math.max(3, Math.floor((right - left) / 80));
  const layout = {
    width,
    height: bottom + AXIS,
    plot: { left, right, top: TOP, bottom },
    lanes: laneBoxes,
    marks,
    ticks: x.ticks(tickCount).map((date) => ({ value: date.getUTCFullYear(), x: x(date) })),
  };
  return dir === 'rtl' ? mirrorTimeline(layout) : layout;
}

/** Where a mark, or its label drawn left of it, starts (before mirroring). */
function leftOf(mark: TimelineMark): number {
  const start = mark.point ? mark.x - POINT_WIDTH / 2 : mark.x;
  return mark.shownLabel && mark.labelAnchor === 'end'
    ? mark.labelX - textWidth(mark.shownLabel, LABEL_SIZE)
    : start;
}

/** Where a mark, or its label drawn right of it, ends (before mirroring). */
function rightOf(mark: TimelineMark): number {
  const end = mark.point ? mark.x + POINT_WIDTH / 2 : mark.x + mark.width;
  return mark.shownLabel && mark.labelAnchor === 'start'
    ? mark.labelX + textWidth(mark.shownLabel, LABEL_SIZE)
    : end;
}

/**
 * The layout reflected left for right: a period's `x` is still its left edge, a point's its
 * centre. Labels keep their anchors: the view draws the chart with `direction: rtl`, where
 * `start` is a text's right edge, so a label that followed its mark still follows it.
 */
function mirrorTimeline(layout: TimelineLayout): TimelineLayout {
  const { width, plot } = layout;
  const at = (x: number) => mirrorX(x, width);
  return {
    ...layout,
    plot: { ...plot, left: at(plot.right), right: at(plot.left) },
    marks: layout.marks.map((mark) => ({
      ...mark,
      x: mark.point ? at(mark.x) : at(mark.x + mark.width),
      labelX: at(mark.labelX),
    })),
    ticks: layout.ticks.map((tick) => ({ ...tick, x: at(tick.x) })),
  };
}
