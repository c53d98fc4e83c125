import { describe, expect, it } from 'vitest';
import { QUANTILE_COLORS, quantileFills } from '$lib/charts/map/quantiles';

describe('quantileFills', () => {
  it('shades low values light and high values dark, and gives each used class its real range', () => {
    const items = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => ({
      m49: String(value).padStart(3, '0'),
      name: `c${value}`,
      value,
    }));
    const { fills, legend } = quantileFills(items, String);
    expect(fills.get('001')?.fill).toBe(QUANTILE_COLORS[0]);
    expect(fills.get('010')?.fill).toBe(QUANTILE_COLORS[4]);
    expect(fills.get('010')?.title).toBe('c10: 10');
    expect(legend.map((item) => item.label)).toEqual(['1–2', '3–4', '5–6', '7–8', '9–10']);
  });

  it('on an Arabic page writes each class as a range in its own order, isolated left to right (issue 22)', () => {
    // Inside the right-to-left legend "1–2" showed as "2–1".
    const { legend } = quantileFills(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((value) => ({
        m49: `${value}`,
        name: `c${value}`,
        value,
      })),
      String,
      'ar',
    );
    expect(legend[0].label).toBe('\u20661\u2060–\u20602\u2069');
  });

  it('shows one class for a single value, not a range nobody falls in', () => {
    const { legend } = quantileFills([{ m49: '250', name: 'France', value: 3 }], String);
    expect(legend).toHaveLength(1);
    expect(legend[0].label).toBe('3');
  });

  it('gives a country whose value is NaN, infinite or missing no fill, and no place in the legend', () => {
    const { fills, legend } = quantileFills(
      [
        { m49: '250', name: 'France', value: 3 },
        { m49: '004', name: 'Afghanistan', value: NaN },
        { m49: '156', name: 'China', value: Infinity },
        { m49: '566', name: 'Nigeria', value: null as unknown as number },
        { m49: '076', name: 'Brazil', value: 7 },
      ],
      String,
    );
    expect([...fills.keys()]).toEqual(['250', '076']);
    expect(legend.map((item) => item.label)).toEqual(['3', '7']);
  });
});
