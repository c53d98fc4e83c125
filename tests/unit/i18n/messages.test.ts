import { describe, expect, it } from 'vitest';
import { formatInteger, formatPercent } from '$lib/i18n/format';
import { t } from '$lib/i18n/messages';

describe('t(key, params)', () => {
  it('fills placeholders from params', () => {
    expect(t('register.valueLabel', { rate: '93%', reporting: 28, members: 30 })).toBe(
      '93% · 28 of 30',
    );
  });

  it('leaves a placeholder without a param visible rather than printing "undefined"', () => {
    expect(t('datasets.rows')).toBe('{rows} rows');
  });
});

describe('formatPercent(share) and formatInteger(value)', () => {
  it('rounds shares to whole percents and groups thousands', () => {
    expect(formatPercent(28 / 30)).toBe('93%');
    expect(formatPercent(2 / 53)).toBe('4%');
    expect(formatInteger(60000)).toBe('60,000');
  });
});
