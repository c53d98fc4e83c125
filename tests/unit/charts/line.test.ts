import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  lineLayout,
  ACTIVE_R,
  VALUE_SIZE,
  type LinePoint,
  type LineSeries,
} from '$lib/charts/line/line';
import { expectClearLabels } from './clear-labels';

const one = (points: LinePoint[]): LineSeries[] => [
  { key: 'count', label: 'count', color: '#000', points },
];

const line = (key: string, values: [number, number][]): LineSeries => ({
  key,
  label: key,
  color: `#${key}${key}${key}`,
  points: values.map(([x, y]) => ({ key: `${key}-${x}`, x, y, label: `${key} ${x}` })),
});

// Register participation as the page gives it: two counts of 2007, years missing, partial ones.
const points: LinePoint[] = [
  { key: '2007-at-issue', x: 2007, y: 67, partial: true, label: '' },
  { key: '2007-final', x: 2007, y: 91, partial: false, label: '' },
  { key: '2008', x: 2008, y: 80, partial: false, label: '' },
  { key: '2010', x: 2010, y: 86, partial: false, label: '' },
  { key: '2014', x: 2014, y: 35, partial: true, label: '' },
];

describe('lineLayout(series, dims) with one series', () => {
  it('draws every published count as a point, partial ones included', () => {
    expect(lineLayout(one(points), { width: 600 }).marks.map((mark) => mark.key)).toEqual(
      points.map((point) => point.key),
    );
  });

  it('runs the line through the final count of a year, not the one taken at the issue date', () => {
    const layout = lineLayout(one(points), { width: 600 });
    const final = layout.marks.find((mark) => mark.key === '2007-final');
    const [segments] = layout.lines.map((each) => each.segments);
    expect(segments[0]).toMatchObject({ x1: final?.cx, y1: final?.cy });
    expect(segments).toHaveLength(3);
  });

  it('dashes the line across missing years and into partial counts, solid only year to year', () => {
    const layout = lineLayout(one(points), { width: 600 });
    expect(layout.lines[0].segments.map((segment) => segment.dashed)).toEqual([false, true, true]);
  });

  it('starts the value axis at zero and places larger counts higher', () => {
    const layout = lineLayout(one(points), { width: 600 });
    expect(layout.yTicks[0].value).toBe(0);
    const [issue, final] = layout.marks;
    expect(final.cy).toBeLessThan(issue.cy);
  });

  it('leaves out a year whose value is NaN, Infinity or missing, and dashes the line across it', () => {
    const layout = lineLayout(
      one([
        { key: '2015', x: 2015, y: 40, partial: false, label: '' },
        { key: '2016', x: 2016, y: NaN, partial: false, label: '' },
        { key: '2017', x: 2017, y: Infinity, partial: false, label: '' },
        { key: '2018', x: 2018, y: null as unknown as number, partial: false, label: '' },
        { key: 'nan-year', x: NaN, y: 10, partial: false, label: '' },
        { key: '2019', x: 2019, y: 50, partial: false, label: '' },
      ]),
      { width: 600 },
    );
    expect(layout.marks.map((mark) => mark.key)).toEqual(['2015', '2019']);
    expect(layout.marks.every((mark) => Number.isFinite(mark.cx) && Number.isFinite(mark.cy))).toBe(
      true,
    );
    expect(layout.lines[0].segments).toMatchObject([{ key: '2015-2019', dashed: true }]);
    expect(layout.yTicks.at(-1)?.value).toBe(50);
    expect(layout.xTicks[0].value).toBe(2015);
  });

  it('thins the year ticks to every few years when every year will not fit, from the first', () => {
    const years = Array.from({ length: 30 }, (_, i) => 1992 + i);
    const layout = lineLayout(one(years.map((x) => ({ key: String(x), x, y: 1, label: '' }))), {
      width: 320,
    });
    const ticks = layout.xTicks.map((tick) => tick.value);
    expect(ticks[0]).toBe(1992);
    expect(ticks.length).toBeLessThan(years.length);
    expect(new Set(ticks.slice(1).map((tick, i) => tick - ticks[i])).size).toBe(1);
    for (const tick of layout.xTicks) {
      expect(tick.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(tick.x).toBeLessThanOrEqual(layout.plot.right);
    }
  });

  it('keeps year labels apart when the years with figures bunch together (1992–1995, 2007–2010)', () => {
    // The years of register participation: fewer than fit the width, but some consecutive.
    const years = [1992, 1993, 1994, 1995, 2001, 2003, 2007, 2008, 2009, 2010, 2013, 2014];
    const layout = lineLayout(one(years.map((x) => ({ key: String(x), x, y: 1, label: '' }))), {
      width: 688,
    });
    const xs = layout.xTicks.map((tick) => tick.x);
    expect(xs.length).toBeGreaterThan(2);
    for (let i = 1; i < xs.length; i++) expect(xs[i] - xs[i - 1]).toBeGreaterThanOrEqual(40);
    expect(layout.xTicks[0].value).toBe(1992);
  });

  it('draws nothing and still has axes when the series has no points', () => {
    const layout = lineLayout(one([]), { width: 600 });
    expect(layout.marks).toEqual([]);
    expect(layout.lines[0].segments).toEqual([]);
    expect(layout.yTicks.length).toBeGreaterThan(1);
  });
});

describe('lineLayout(series, dims) with several series', () => {
  it('gives one point per year with a value and one line per series, in its colour', () => {
    const layout = lineLayout(
      [
        line('A', [
          [2003, 0.3],
          [2011, 0.04],
        ]),
        line('B', [
          [2003, 0.9],
          [2011, 0.93],
        ]),
      ],
      { width: 600, domain: [0, 1] },
    );
    expect(layout.lines.map((each) => each.key)).toEqual(['A', 'B']);
    expect(layout.marks.filter((mark) => mark.series === 'A')).toHaveLength(2);
    expect(layout.lines[0].segments).toHaveLength(1);
    expect(layout.lines[1].segments[0].color).toBe('#BBB');
    expect(layout.marks.filter((mark) => mark.series === 'B').map((mark) => mark.color)).toEqual([
      '#BBB',
      '#BBB',
    ]);
  });

  it('dashes a line across years without a figure and keeps it solid between consecutive years', () => {
    const layout = lineLayout(
      [
        line('A', [
          [2001, 0.5],
          [2002, 0.6],
          [2005, 0.7],
        ]),
      ],
      { width: 600 },
    );
    expect(layout.lines[0].segments.map((segment) => segment.dashed)).toEqual([false, true]);
  });

  it('puts a share of 0 on the bottom of the plot and 1 on its top when the domain is [0, 1]', () => {
    const layout = lineLayout(
      [
        line('A', [
          [2003, 0],
          [2011, 1],
        ]),
      ],
      { width: 600, domain: [0, 1] },
    );
    expect(layout.marks[0].cy).toBe(layout.plot.bottom);
    expect(layout.marks[1].cy).toBe(layout.plot.top);
  });

  it('leaves out values that are not finite numbers', () => {
    const layout = lineLayout(
      [
        line('A', [
          [2003, Number.NaN],
          [2011, 0.2],
        ]),
      ],
      { width: 600 },
    );
    expect(layout.marks.map((mark) => mark.x)).toEqual([2011]);
  });

  it('ticks every year with a figure when there is room, in order', () => {
    const layout = lineLayout(
      [
        line('A', [
          [2011, 0.1],
          [2003, 0.2],
        ]),
      ],
      { width: 600 },
    );
    expect(layout.xTicks.map((tick) => tick.value)).toEqual([2003, 2011]);
    expect(layout.marks.map((mark) => mark.x)).toEqual([2003, 2011]);
  });

  it('shares one pair of axes: the same year lands at the same x on every line', () => {
    const layout = lineLayout(
      [
        line('A', [
          [2003, 0.2],
          [2011, 0.4],
        ]),
        line('B', [[2011, 0.9]]),
      ],
      { width: 600 },
    );
    const at2011 = layout.marks.filter((mark) => mark.x === 2011).map((mark) => mark.cx);
    expect(at2011).toHaveLength(2);
    expect(at2011[0]).toBe(at2011[1]);
    expect(layout.lines[1].segments).toEqual([]);
  });
});

// The world counts the Register page draws, read from data/register_participation.csv as its
// SQL reads them (one point per count with a data year; taken at issue or "as of" is partial):
// 2001 has four counts, 2007 and 2008 two each, several years are missing.
const participation: LinePoint[] = Papa.parse<Record<string, string>>(
  readFileSync(path.resolve('data/register_participation.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
)
  .data.filter((row) => row.measure === 'states_reporting' && row.data_year !== '')
  .map((row) => ({
    key: row.point_id,
    x: Number(row.data_year),
    y: Number(row.value),
    partial: row.qualifier === 'at_issue_date' || row.qualifier === 'as_of',
    label: '',
  }));

describe('lineLayout(series, dims) writing values beside the points', () => {
  const valueText = (point: LinePoint) => String(point.y);

  const layoutAt = (width: number) => lineLayout(one(participation), { width, valueText });

  it('writes no value over another value or over another point, at desktop and phone widths', () => {
    for (const width of [1000, 600, 320]) {
      const layout = layoutAt(width);
      const marks = layout.marks.map((mark) => ({
        id: mark.key,
        x: mark.cx,
        y: mark.cy,
        r: ACTIVE_R,
      }));
      // Inside the plot and below the axis title: clear of the ticks of both axes.
      const room = { left: layout.plot.left, top: 14, right: width, bottom: layout.plot.bottom };
      expectClearLabels(layout.values, marks, { room, fontSize: VALUE_SIZE });
    }
  });

  it('writes every value where there is room, and on a phone keeps the final counts over partial ones', () => {
    // Two counts of one year a few States apart (2001: 124 and DC/2856's 125, issue 25) have no
    // room for both labels; every other value is written on a desktop.
    const crowded = (point: LinePoint) =>
      participation.some((o) => o !== point && o.x === point.x && Math.abs(o.y - point.y) < 5);
    const desktop = new Set(layoutAt(1000).values.map((value) => value.id));
    for (const point of participation.filter((p) => !crowded(p)))
      expect(desktop.has(point.key), point.key).toBe(true);
    const phone = new Set(layoutAt(320).values.map((value) => value.id));
    expect(phone.size).toBeGreaterThan(0);
    expect(phone.size).toBeLessThan(participation.length);
    // The highest count that is not partial (124) is written, not its year's partial 125 (as of
    // March 2003), 120 and 110 beside it.
    const peak = participation.filter((p) => !p.partial).reduce((a, b) => (b.y > a.y ? b : a));
    expect(peak.y).toBe(124);
    expect(phone.has(peak.key)).toBe(true);
  });

  it('writes no values unless asked', () => {
    expect(lineLayout(one(participation), { width: 600 }).values).toEqual([]);
  });
});

describe('lineLayout(series, { dir: "rtl" }) on Arabic pages', () => {
  const width = 600;
  const ltr = lineLayout(one(points), { width, valueText: (point) => String(point.y) });
  const rtl = lineLayout(one(points), {
    width,
    valueText: (point) => String(point.y),
    dir: 'rtl',
  });

  it('runs the years from right to left, with room for the value axis on the right', () => {
    const x = (key: string) => rtl.marks.find((mark) => mark.key === key)!.cx;
    expect(x('2008')).toBeLessThan(x('2007-final'));
    expect(x('2014')).toBeLessThan(x('2010'));
    const ticks = rtl.xTicks.map((tick) => tick.x);
    expect(ticks).toEqual([...ticks].sort((a, b) => b - a));
    expect(width - rtl.plot.right).toBe(ltr.plot.left);
    for (const mark of rtl.marks) {
      expect(mark.cx).toBeGreaterThan(rtl.plot.left);
      expect(mark.cx).toBeLessThan(rtl.plot.right);
    }
  });

  it('joins the same years and writes the same values, each beside its own point', () => {
    expect(rtl.lines[0].segments.map((each) => each.key)).toEqual(
      ltr.lines[0].segments.map((each) => each.key),
    );
    expect(rtl.values.map((value) => value.text).sort()).toEqual(
      ltr.values.map((value) => value.text).sort(),
    );
    for (const value of rtl.values) {
      const mark = rtl.marks.find((each) => each.key === value.id)!;
      expect(Math.abs(value.x - mark.cx)).toBeLessThan(20);
    }
  });
});
