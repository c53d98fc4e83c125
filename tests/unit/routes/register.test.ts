import { describe, expect, it } from 'vitest';
import { chosenYear, RATE_CLASSES, reportYears } from '../../../src/routes/register/rate';

// WCAG relative luminance, computed here from the hex codes (independent of the scale's code).
const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
  const lin = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
};

describe('the register map colour scale', () => {
  it('gets darker with every class, so the order reads without telling hues apart', () => {
    const lightness = RATE_CLASSES.map((range) => luminance(range.color));
    for (let i = 1; i < lightness.length; i++) expect(lightness[i]).toBeLessThan(lightness[i - 1]);
  });
});

describe('reportYears(rows) and chosenYear(years, asked)', () => {
  it('lists each year once, oldest first', () => {
    expect(
      reportYears([{ report_year: 2011 }, { report_year: 2003 }, { report_year: 2011 }]),
    ).toEqual([2003, 2011]);
  });

  it('takes the year asked for when it has figures, and the latest otherwise', () => {
    expect(chosenYear([2003, 2011], '2003')).toBe(2003);
    expect(chosenYear([2003, 2011], '1999')).toBe(2011);
    expect(chosenYear([2003, 2011], '')).toBe(2011);
    expect(chosenYear([], '')).toBeNull();
  });
});
