import { describe, expect, it } from 'vitest';
import { codeLabel, formatPeriod, formatQualified, formatValue } from '$lib/i18n/format';

describe('formatValue(value, unit)', () => {
  it('writes money in billions, shares as percentages and counts with their unit', () => {
    expect(formatValue(6_000_000_000, 'USD')).toBe('US$6 billion');
    expect(formatValue(38, 'percent')).toBe('38%');
    expect(formatValue(60000, 'rounds')).toBe('60,000 rounds');
    expect(formatValue(1991, 'year')).toBe('1991');
  });
});

describe('formatQualified(value, unit, qualifier)', () => {
  it('keeps the document’s qualifier in front of the figure', () => {
    expect(formatQualified(6_000_000_000, 'USD', 'at_least')).toBe('at least US$6 billion');
    expect(formatQualified(50, 'percent', 'nearly')).toBe('nearly 50%');
    expect(formatQualified(60000, null, 'more_than')).toBe('more than 60,000');
    expect(formatQualified(32, 'percent', 'exactly')).toBe('32%');
    expect(formatQualified(32, 'percent', 'unheard_of')).toBe('32%');
  });
});

describe('formatPeriod(start, end)', () => {
  it('writes a range, a single year, an open start or an open end', () => {
    expect(formatPeriod('2010', '2015')).toBe('2010–2015');
    expect(formatPeriod('2014', '2014')).toBe('2014');
    expect(formatPeriod('2004', null)).toBe('since 2004');
    expect(formatPeriod(null, '2017')).toBe('as of 2017');
    expect(formatPeriod(null, null)).toBe('');
  });
});

describe('codeLabel(group, code)', () => {
  it('uses the catalogue’s name for a code when there is one, else the code with spaces', () => {
    expect(codeLabel('missions.kind', 'special_political')).toBe('Special political');
    expect(codeLabel('status', 'partly_lifted')).toBe('partly lifted');
  });
});
