import { beforeAll, describe, expect, it } from 'vitest';
import type { Row } from '$lib/db/rows';
import { textWidth } from '$lib/charts/core/wrap';
import {
  LABEL_SIZE,
  periodOf,
  timelineLayout,
  type TimelineEvent,
} from '$lib/charts/timeline/timeline';
import { eventName } from '../../../src/routes/overview/names';
import { LANES, laneOf, queries as overview } from '../../../src/routes/overview/queries';
import { dataDb } from '../../data-db';

describe('periodOf(date)', () => {
  it('reads a year, a month or a day as the whole period it stands for', () => {
    expect(periodOf('2006')).toEqual({
      start: new Date('2006-01-01T00:00:00Z'),
      end: new Date('2007-01-01T00:00:00Z'),
      precision: 'year',
    });
    expect(periodOf('2012-12')).toMatchObject({
      start: new Date('2012-12-01T00:00:00Z'),
      end: new Date('2013-01-01T00:00:00Z'),
      precision: 'month',
    });
    expect(periodOf('2012-08-27')).toMatchObject({
      end: new Date('2012-08-28T00:00:00Z'),
      precision: 'day',
    });
  });
});

describe('timelineLayout(events, lanes, dims)', () => {
  const events: TimelineEvent[] = [
    { key: 'year', label: 'Known to the year', lane: 'a', start: '2006', end: null },
    { key: 'day', label: 'One day', lane: 'a', start: '2006-06-01', end: null },
    { key: 'range', label: 'Two weeks', lane: 'b', start: '2012-08-27', end: '2012-09-07' },
    { key: 'later', label: 'Later', lane: 'b', start: '2020-01-01', end: null },
  ];
  const layout = timelineLayout(events, ['a', 'b'], { width: 800, from: 2000, to: 2020 });
  const mark = (key: string) => layout.marks.find((each) => each.key === key)!;

  it('places one mark per event, in its lane, later events further right', () => {
    expect(layout.marks).toHaveLength(events.length);
    expect(mark('range').y).toBeGreaterThan(mark('year').y);
    expect(mark('later').x).toBeGreaterThan(mark('range').x);
  });

  it('draws a date known only to the year as a bar across that year, a day as a point', () => {
    expect(mark('year')).toMatchObject({ point: false, precision: 'year' });
    expect(mark('year').width).toBeGreaterThan(20);
    expect(mark('day').point).toBe(true);
  });

  it('moves overlapping events of a lane to separate rows', () => {
    expect(mark('day').y).not.toBe(mark('year').y);
  });

  it('keeps every mark inside the plot', () => {
    for (const each of layout.marks) {
      expect(each.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(each.x + each.width).toBeLessThanOrEqual(layout.plot.right + 0.001);
    }
  });
});

describe('timelineLayout(events, lanes, dims) labels', () => {
  // Thirty events, a few months apart, with names of every length.
  const names = ['Review Conference', 'Group of Governmental Experts on the Register', 'Meeting'];
  const events: TimelineEvent[] = Array.from({ length: 30 }, (_, index) => ({
    key: `e${index}`,
    label: `${names[index % 3]} ${index}`,
    lane: index % 2 ? 'a' : 'b',
    start: `${2000 + Math.floor(index / 2)}-${String((index % 12) + 1).padStart(2, '0')}`,
    end: null,
  }));
  const spans = (layout: ReturnType<typeof timelineLayout>) =>
    layout.marks.flatMap((mark) => {
      const markSpan = {
        key: mark.key,
        y: mark.y,
        left: mark.point ? mark.x - 5 : mark.x,
        right: mark.point ? mark.x + 5 : mark.x + mark.width,
      };
      if (!mark.shownLabel) return [markSpan];
      const width = textWidth(mark.shownLabel, 11);
      const left = mark.labelAnchor === 'start' ? mark.labelX : mark.labelX - width;
      return [markSpan, { key: `${mark.key} label`, y: mark.y, left, right: left + width }];
    });

  for (const width of [900, 360]) {
    it(`at ${width} px: labels stay in the plot and clear of every mark and label in their row`, () => {
      const layout = timelineLayout(events, ['a', 'b'], { width, from: 2000, to: 2015 });
      const all = spans(layout);
      for (const span of all.filter((each) => each.key.endsWith('label'))) {
        expect(span.left).toBeGreaterThanOrEqual(layout.plot.left);
        expect(span.right).toBeLessThanOrEqual(layout.plot.right);
        for (const other of all) {
          if (other === span || other.y !== span.y || span.key === `${other.key} label`) continue;
          expect(
            span.right <= other.left || other.right <= span.left,
            `${span.key} / ${other.key}`,
          ).toBe(true);
        }
      }
    });
  }

  it('labels fewer events on a phone, each with its name or the start of it', () => {
    const wide = timelineLayout(events, ['a', 'b'], { width: 900, from: 2000, to: 2015 });
    const phone = timelineLayout(events, ['a', 'b'], { width: 360, from: 2000, to: 2015 });
    const labelled = (layout: typeof wide) => layout.marks.filter((mark) => mark.shownLabel);
    expect(labelled(phone).length).toBeGreaterThan(0);
    expect(labelled(phone).length).toBeLessThan(labelled(wide).length);
    for (const mark of [...labelled(wide), ...labelled(phone)]) {
      expect(mark.label.startsWith(mark.shownLabel!.replace(/…$/, ''))).toBe(true);
    }
  });
});

describe('timelineLayout(events, lanes, { dir: "rtl" }) on Arabic pages', () => {
  const events: TimelineEvent[] = [
    { key: 'early', label: 'Programme of Action', lane: 'a', start: '2001-07', end: null },
    { key: 'range', label: 'Two weeks', lane: 'a', start: '2012-08-27', end: '2012-09-07' },
    { key: 'late', label: 'Later', lane: 'a', start: '2020-01-01', end: null },
  ];
  const layout = timelineLayout(events, ['a'], { width: 800, from: 2000, to: 2020, dir: 'rtl' });
  const mark = (key: string) => layout.marks.find((each) => each.key === key)!;

  it('runs time from right to left: later events further left, years falling leftwards', () => {
    expect(mark('range').x).toBeLessThan(mark('early').x);
    expect(mark('late').x).toBeLessThan(mark('range').x);
    const years = layout.ticks.map((tick) => tick.value);
    const xs = layout.ticks.map((tick) => tick.x);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(xs).toEqual([...xs].sort((a, b) => b - a));
  });

  it('keeps every mark inside the plot, and a label that follows its mark on its left', () => {
    for (const each of layout.marks) {
      expect(each.x).toBeGreaterThanOrEqual(layout.plot.left - 0.001);
      expect(each.x + each.width).toBeLessThanOrEqual(layout.plot.right + 0.001);
    }
    const early = mark('early');
    // "start" in a chart drawn right to left is the text's right edge.
    expect(early.labelAnchor).toBe('start');
    expect(early.labelX).toBeLessThan(early.x);
  });
});

// Issue 22: a selected event's label is drawn bold, wider than the regular label its row was
// packed by: at 1280 px "General Assembly adopts…" (the Arms Trade Treaty) ran 9.7 px under
// the next mark. The overview's own events (its SQL over data/), in the six languages, at the
// widths the page draws the chart at 1280 and 390 px (the SVG's viewBox there).
describe('the timeline on the overview, an event selected', () => {
  let rows: Row[];
  beforeAll(async () => {
    const db = await dataDb();
    rows = db.query(overview.events.sql);
  });
  for (const width of [918, 316]) {
    for (const locale of ['en', 'zh', 'ar', 'fr', 'ru', 'es'] as const) {
      it(`regression: its bold label stays clear of the marks and labels of its row at ${width} px (${locale})`, () => {
        const events: TimelineEvent[] = rows.map((row) => ({
          key: String(row.event_id),
          label: eventName(row, locale),
          lane: laneOf(String(row.kind)),
          start: String(row.start_date),
          end: (row.end_date as string | null) ?? null,
        }));
        const layout = timelineLayout(events, Object.keys(LANES), { width, from: 1991, to: 2024 });
        const boxes = layout.marks.map((mark) => ({
          key: mark.key,
          y: mark.y,
          left: mark.point ? mark.x - 5 : mark.x,
          right: mark.point ? mark.x + 5 : mark.x + mark.width,
        }));
        for (const mark of layout.marks) {
          if (!mark.shownLabel) continue;
          const width = textWidth(mark.shownLabel, LABEL_SIZE);
          const left = mark.labelAnchor === 'start' ? mark.labelX : mark.labelX - width;
          boxes.push({ key: `${mark.key} label`, y: mark.y, left, right: left + width });
        }
        expect(layout.marks.filter((mark) => mark.shownLabel).length).toBeGreaterThan(5);
        for (const mark of layout.marks.filter((each) => each.shownLabel)) {
          // What the chart draws when the event is selected: the layout's bold label (700, as
          // before), or (where that is null) the regular one, not bold.
          const bold = mark.selectedLabel !== null;
          const text = mark.selectedLabel ?? mark.shownLabel!;
          expect(mark.label.startsWith(text.replace(/…$/, '')), text).toBe(true);
          const drawn = textWidth(text, LABEL_SIZE, bold ? 700 : 400);
          const left = mark.labelAnchor === 'start' ? mark.labelX : mark.labelX - drawn;
          const right = left + drawn;
          expect(left, text).toBeGreaterThanOrEqual(Math.min(layout.plot.left, layout.plot.right));
          expect(right, text).toBeLessThanOrEqual(Math.max(layout.plot.left, layout.plot.right));
          for (const other of boxes) {
            if (other.y !== mark.y || other.key === mark.key || other.key === `${mark.key} label`) {
              continue;
            }
            expect(right <= other.left || other.right <= left, `"${text}" over ${other.key}`).toBe(
              true,
            );
          }
        }
      });
    }
  }
});
