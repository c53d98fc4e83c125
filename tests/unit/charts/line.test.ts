import { describe, expect, it } from 'vitest';
import { lineLayout, type LinePoint } from '$lib/charts/line/line';

const points: LinePoint[] = [
  { key: '2007-at-issue', x: 2007, y: 67, partial: true, label: '' },
  { key: '2007-final', x: 2007, y: 91, partial: false, label: '' },
  { key: '2008', x: 2008, y: 80, partial: false, label: '' },
  { key: '2010', x: 2010, y: 86, partial: false, label: '' },
  { key: '2014', x: 2014, y: 35, partial: true, label: '' },
];

describe('lineLayout(points, dims)', () => {
  it('draws every published count as a point, partial ones included', () => {
    expect(lineLayout(points, { width: 600 }).marks.map((mark) => mark.key)).toEqual(
      points.map((point) => point.key),
    );
  });

  it('runs the line through the final count of a year, not the one taken at the issue date', () => {
    const layout = lineLayout(points, { width: 600 });
    const final = layout.marks.find((mark) => mark.key === '2007-final');
    expect(layout.segments[0]).toMatchObject({ x1: final?.cx, y1: final?.cy });
    expect(layout.segments).toHaveLength(3);
  });

  it('dashes the line across missing years and into partial counts, solid only year to year', () => {
    const dashed = lineLayout(points, { width: 600 }).segments.map((segment) => segment.dashed);
    expect(dashed).toEqual([false, true, true]);
  });

  it('starts the value axis at zero and places larger counts higher', () => {
    const layout = lineLayout(points, { width: 600 });
    expect(layout.yTicks[0].value).toBe(0);
    const [issue, final] = layout.marks;
    expect(final.cy).toBeLessThan(issue.cy);
  });

  it('leaves out a year whose value is NaN, Infinity or missing, and dashes the line across it', () => {
    const layout = lineLayout(
      [
        { key: '2015', x: 2015, y: 40, partial: false, label: '' },
        { key: '2016', x: 2016, y: NaN, partial: false, label: '' },
        { key: '2017', x: 2017, y: Infinity, partial: false, label: '' },
        { key: '2018', x: 2018, y: null as unknown as number, partial: false, label: '' },
        { key: 'nan-year', x: NaN, y: 10, partial: false, label: '' },
        { key: '2019', x: 2019, y: 50, partial: false, label: '' },
      ],
      { width: 600 },
    );
    expect(layout.marks.map((mark) => mark.key)).toEqual(['2015', '2019']);
    expect(layout.marks.every((mark) => Number.isFinite(mark.cx) && Number.isFinite(mark.cy))).toBe(
      true,
    );
    expect(layout.segments).toMatchObject([{ key: '2015-2019', dashed: true }]);
    expect(layout.yTicks.at(-1)?.value).toBe(50);
    expect(layout.xTicks[0].value).toBe(2015);
  });
});
