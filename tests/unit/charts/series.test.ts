import { describe, expect, it } from 'vitest';
import { seriesLayout, type Series } from '$lib/charts/series/series';

const line = (key: string, values: [number, number][]): Series => ({
  key,
  label: key,
  color: '#000',
  points: values.map(([x, y]) => ({ key: `${key}-${x}`, x, y, label: `${key} ${x}` })),
});

describe('seriesLayout(series, dims)', () => {
  it('gives one point per year with a value and one line per series', () => {
    const layout = seriesLayout(
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
  });

  it('dashes a line across years without a figure and keeps it solid between consecutive years', () => {
    const layout = seriesLayout(
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
    const layout = seriesLayout(
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
    const layout = seriesLayout(
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
    const layout = seriesLayout(
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
});
