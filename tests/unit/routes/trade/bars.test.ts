import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale, type Locale } from '$lib/paraglide/runtime.js';
import { restBar, shareBar } from '../../../../src/routes/trade/bars';

afterEach(() => overwriteGetLocale(() => 'en'));

// S/2017/1025, para. 6: ammunition is 38% of the small-arms trade; the rest, 62%, is derived.
const ammunition = {
  figure_id: 'ammunition_share_of_transfers',
  value: 38,
  unit: 'percent',
  qualifier: 'exactly',
};

describe('restBar(share, locale)', () => {
  it('writes the derived rest as the stated share is written, in every language', () => {
    for (const locale of ['en', 'zh', 'fr', 'es', 'ru', 'ar'] as Locale[]) {
      overwriteGetLocale(() => locale);
      const stated = shareBar(ammunition, 'Ammunition').valueLabel;
      const rest = restBar(38, locale);
      // The rest is what a stated 62% would read as, and its label quotes the stated share.
      expect(rest.bar.valueLabel, locale).toBe(
        shareBar({ ...ammunition, value: 62 }, 'rest').valueLabel,
      );
      expect(rest.bar.label, locale).toContain(stated);
      expect(rest.chartLabel, locale).toContain(rest.bar.valueLabel);
    }
  });

  it('writes "في المائة" on Arabic pages, as UN Arabic texts write a percentage', () => {
    const rest = restBar(38, 'ar');
    expect(rest.bar.valueLabel).toBe('62 في المائة');
    expect(rest.bar.label).toBe('غير ذلك (قيمة مستنتجة: 100 في المائة − 38 في المائة)');
    expect(rest.bar.value).toBeCloseTo(0.62);
    expect(rest.bar.derived).toBe(true);
  });
});
