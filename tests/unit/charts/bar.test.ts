import { describe, expect, it } from 'vitest';
import { barLayout, boundOf, type BarDatum } from '$lib/charts/bar/bar';
import { textWidth } from '$lib/charts/core/wrap';

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
  // The labels the centres page draws, whose period and country the caveat depends on.
  const long: BarDatum[] = [
    {
      key: 'legal',
      label: 'States given legal assistance, August 2011–July 2012',
      value: 17,
      valueLabel: '17',
    },
    {
      key: 'rounds',
      label: 'Rounds of ammunition destroyed, 26 April 2012, Trinidad and Tobago',
      value: 16860,
      valueLabel: '16,860',
    },
    {
      key: 'zh',
      label: '销毁的弹药（发），2012年4月26日，特立尼达和多巴哥',
      value: 16860,
      valueLabel: '16,860',
    },
    { key: 'short', label: 'Short', value: 1, valueLabel: '1' },
  ];
  const words = (text: string) => text.replace(/\s+/g, '');

  it('regression: keeps every character of a long label (no "Trinidad and Toba…"), in lines', () => {
    for (const width of [358, 460, 720, 1200]) {
      for (const labelsAbove of [false, true]) {
        const bars = barLayout(long, { width, labelsAbove }).bars;
        for (const [index, bar] of bars.entries()) {
          const shown = bar.labelLines.map((line) => line.text).join(' ');
          expect(words(shown)).toBe(words(long[index].label));
          expect(shown).not.toContain('…');
        }
      }
    }
    const phone = barLayout(long, { width: 358 }).bars;
    expect(phone[1].labelLines.length).toBeGreaterThan(1);
    expect(phone[1].labelLines.at(-1)!.text).toMatch(/Tobago$/);
    expect(phone[3].labelLines.map((line) => line.text)).toEqual(['Short']);
  });

  it('keeps each line inside the chart: above the bars within the plot, beside them left of it', () => {
    for (const width of [358, 390, 720, 1200]) {
      const layout = barLayout(long, { width });
      for (const bar of layout.bars) {
        for (const line of bar.labelLines) {
          // Chinese characters are one em wide; no Latin character is wider than one em.
          const most = [...line.text].length * 13;
          const room = layout.labelsAbove ? layout.plot.right - bar.labelX : bar.labelX;
          if (/[\u4e00-\u9fff]/.test(line.text)) expect(most).toBeLessThanOrEqual(room + 26);
          expect(textWidth(line.text, 13)).toBeLessThanOrEqual(room);
        }
      }
    }
  });

  it('breaks Chinese between characters, never before closing punctuation', () => {
    const [, , zh] = barLayout(long, { width: 358 }).bars;
    expect(zh.labelLines.length).toBeGreaterThan(1);
    for (const line of zh.labelLines) expect(line.text).not.toMatch(/^[，。）、]/);
  });

  it('stacks lines top to bottom without running into the bar above or below', () => {
    for (const width of [358, 720]) {
      const layout = barLayout(long, { width });
      let floor = layout.plot.top;
      for (const bar of layout.bars) {
        const ys = bar.labelLines.map((line) => line.y);
        expect(ys).toEqual([...ys].sort((a, b) => a - b));
        // A 13px line reaches about 10px above its baseline (above the bars), or half its
        // size above its middle (beside them, centred on the bar).
        const reach = layout.labelsAbove ? 10 : 6.5;
        for (const y of ys) expect(y - reach).toBeGreaterThanOrEqual(floor);
        if (layout.labelsAbove) expect(ys.at(-1)!).toBeLessThan(bar.y);
        floor = Math.max(bar.y + bar.height, ...ys.map((y) => y + 5));
      }
      expect(layout.plot.bottom).toBeGreaterThanOrEqual(floor);
    }
  });

  it('moves every label above its bar when one would need more than three lines beside it', () => {
    const wide = barLayout(long.slice(0, 1), { width: 1200 });
    expect(wide.labelsAbove).toBe(false);
    const longer = {
      key: 'longer',
      label:
        'Rounds of ammunition destroyed with the national police and the coast guard, 26 April 2012, Trinidad and Tobago',
      value: 1,
      valueLabel: '1',
    };
    expect(barLayout([long[0], longer], { width: 1200 }).labelsAbove).toBe(true);
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

describe('barLayout(data, { dir: "rtl" }) on Arabic pages', () => {
  const width = 800;
  const ltr = barLayout(data, { width, domain: [0, 1] });
  const rtl = barLayout(data, { width, domain: [0, 1], dir: 'rtl' });

  it('grows every bar leftwards from a baseline on the right, as long as from the left', () => {
    for (const [i, bar] of rtl.bars.entries()) {
      expect(bar.x + bar.width).toBeCloseTo(rtl.plot.right, 6);
      expect(bar.width).toBeCloseTo(ltr.bars[i].width, 6);
    }
    // The baseline sits where the left-to-right chart leaves room for the labels.
    expect(rtl.plot.right).toBeCloseTo(width - ltr.plot.left, 6);
    expect(rtl.bars[0].x).toBeLessThan(rtl.bars[2].x);
  });

  it('puts the category labels to the right of the bars and the values past their left ends', () => {
    for (const bar of rtl.bars) {
      expect(bar.labelX).toBeGreaterThan(bar.x + bar.width);
      expect(bar.labelX).toBeLessThan(width);
      expect(bar.valueInside || bar.valueX < bar.x).toBe(true);
    }
  });

  it('reads the value axis from zero on the right to one on the left', () => {
    expect(rtl.ticks[0]).toMatchObject({ value: 0, x: rtl.plot.right });
    expect(rtl.ticks.at(-1)).toMatchObject({ value: 1, x: rtl.plot.left });
  });

  it('on a phone puts each label above its bar, starting at the right edge of the plot', () => {
    const phone = barLayout(data, { width: 360, domain: [0, 1], dir: 'rtl' });
    expect(phone.labelsAbove).toBe(true);
    for (const bar of phone.bars) expect(bar.labelX).toBeCloseTo(phone.plot.right, 6);
  });
});
