import { describe, expect, it } from 'vitest';
import { barLayout, boundOf, type BarDatum } from '$lib/charts/bar/bar';

const data: BarDatum[] = [
  { key: 'WEOG', label: 'Western Europe & others', value: 28 / 30, valueLabel: '93% · 28 of 30' },
  {
    key: 'GRULAC',
    label: 'Latin America & Caribbean',
    value: 16 / 33,
    valueLabel: '48% · 16 of 33',
  },
  { key: 'AFR', label: 'Africa', value: 2 / 53, valueLabel: '4% · 2 of 53' },
];

describe('barLayout(data, dims)', () => {
  it('draws one bar per datum, in the order given, top to bottom', () => {
    const layout = barLayout(data, { width: 800, domain: [0, 1] });
    expect(layout.bars.map((bar) => bar.key)).toEqual(['WEOG', 'GRULAC', 'AFR']);
    for (let i = 1; i < layout.bars.length; i++) {
      const above = layout.bars[i - 1];
      expect(layout.bars[i].y).toBeGreaterThanOrEqual(above.y + above.height);
    }
    expect(layout.height).toBeGreaterThan(layout.plot.bottom);
  });

  it('makes bar lengths proportional to values from a zero baseline', () => {
    const layout = barLayout(data, { width: 800, domain: [0, 1] });
    const plotWidth = layout.plot.right - layout.plot.left;
    for (const bar of layout.bars) {
      expect(bar.x).toBe(layout.plot.left);
      expect(bar.width).toBeCloseTo(bar.value * plotWidth, 6);
    }
  });

  it('keeps a share domain of [0, 1] instead of stretching the largest bar to the edge', () => {
    const layout = barLayout([data[2]], { width: 800, domain: [0, 1] });
    expect(layout.bars[0].width).toBeLessThan((layout.plot.right - layout.plot.left) / 10);
    expect(layout.ticks.at(-1)).toMatchObject({ value: 1, x: layout.plot.right });
  });

  it('without a domain, ends the axis at a nice value at or above the largest', () => {
    const layout = barLayout([{ key: 'a', label: 'a', value: 3500, valueLabel: '3,500' }], {
      width: 800,
    });
    expect(layout.ticks[0].value).toBe(0);
    expect(layout.ticks.at(-1)!.value).toBeGreaterThanOrEqual(3500);
  });

  it('puts labels to the left on wide charts and above the bars on a phone', () => {
    const wide = barLayout(data, { width: 800, domain: [0, 1] });
    expect(wide.labelsAbove).toBe(false);
    expect(wide.bars[0].labelX).toBeLessThan(wide.plot.left);

    const phone = barLayout(data, { width: 358, domain: [0, 1] });
    expect(phone.labelsAbove).toBe(true);
    for (const bar of phone.bars) expect(bar.labelY).toBeLessThan(bar.y);
  });

  it('moves a value label inside its bar when there is no room after the bar', () => {
    const layout = barLayout(data, { width: 400, domain: [0, 1] });
    const [full, , small] = layout.bars;
    expect(full.valueInside).toBe(true);
    expect(full.valueX).toBeLessThan(full.x + full.width);
    expect(small.valueInside).toBe(false);
    expect(small.valueX).toBeGreaterThan(small.x + small.width);
  });

  it('never places a tick beyond the chart width', () => {
    for (const width of [320, 390, 560, 1280]) {
      const layout = barLayout(data, { width, domain: [0, 1] });
      for (const tick of layout.ticks) expect(tick.x).toBeLessThanOrEqual(width - 16);
    }
  });

  it('returns an empty chart for no data', () => {
    expect(barLayout([], { width: 800 }).bars).toEqual([]);
  });
});

describe('boundOf(qualifier)', () => {
  it('reads "at least" and "more than" as lower bounds and "nearly" as approximate', () => {
    expect(boundOf('at_least')).toBe('lower');
    expect(boundOf('more_than')).toBe('lower');
    expect(boundOf('nearly')).toBe('approximate');
    expect(boundOf('exactly')).toBe('exact');
    expect(boundOf(null)).toBe('exact');
  });
});

describe('barLayout(data, dims) with qualified figures', () => {
  const qualified: BarDatum[] = [
    { key: 'floor', label: 'At least', value: 0.5, valueLabel: 'at least 50%', bound: 'lower' },
    { key: 'soft', label: 'Nearly', value: 0.5, valueLabel: 'nearly 50%', bound: 'approximate' },
    { key: 'exact', label: 'Exactly', value: 0.5, valueLabel: '50%' },
  ];

  it('keeps the full length of every bar, so a qualifier never changes the value drawn', () => {
    const widths = barLayout(qualified, { width: 800, domain: [0, 1] }).bars.map(
      (bar) => bar.width,
    );
    expect(new Set(widths).size).toBe(1);
  });

  it('fades the end of an approximate bar and leaves room after a lower bound for its arrow', () => {
    const [floor, soft, exact] = barLayout(qualified, { width: 800, domain: [0, 1] }).bars;
    expect(soft.solidWidth).toBeLessThan(soft.width);
    expect(exact.solidWidth).toBe(exact.width);
    expect(floor.solidWidth).toBe(floor.width);
    expect(floor.valueX).toBeGreaterThan(exact.valueX);
  });

  it('puts labels above the bars when asked, whatever the width', () => {
    const layout = barLayout(qualified, { width: 900, labelsAbove: true });
    expect(layout.labelsAbove).toBe(true);
    expect(layout.bars[0].labelY).toBeLessThan(layout.bars[0].y);
  });
});

describe('barLayout(data, dims) with long labels', () => {
  it('shortens a label that would run past the chart with an ellipsis, keeping the full text', () => {
    const long: BarDatum[] = [
      {
        key: 'a',
        label: 'Rounds of ammunition destroyed, 2011-08–2012-07',
        value: 1,
        valueLabel: '1',
      },
      { key: 'b', label: 'Short', value: 1, valueLabel: '1' },
    ];
    const [shortened, short] = barLayout(long, { width: 300, labelsAbove: true }).bars;
    expect(shortened.shownLabel.endsWith('…')).toBe(true);
    expect(shortened.shownLabel.length * 7).toBeLessThanOrEqual(300);
    expect(shortened.label).toBe(long[0].label);
    expect(short.shownLabel).toBe('Short');
  });
});

describe('barLayout(data, dims) with missing values', () => {
  it('draws no bar for NaN, Infinity or a non-number, and scales the others as if they were absent', () => {
    const missing = [NaN, Infinity, -Infinity, null as unknown as number].map((value, index) => ({
      key: `missing-${index}`,
      label: 'Missing',
      value,
      valueLabel: String(value),
    }));
    const layout = barLayout([data[0], ...missing, data[1], data[2]], { width: 800 });
    expect(layout.bars.map((bar) => bar.key)).toEqual(['WEOG', 'GRULAC', 'AFR']);
    for (const bar of layout.bars) {
      expect([bar.x, bar.y, bar.width, bar.valueX].every(Number.isFinite)).toBe(true);
    }
    expect(layout.ticks.at(-1)?.value).toBe(1);
  });
});
