import { describe, expect, it } from 'vitest';
import {
  custodianRuns,
  indicatorName,
  targetName,
  tierName,
} from '../../../../src/routes/indicators/labels';

const text = (runs: { text: string }[]) => runs.map((run) => run.text).join('');

describe('the indicator pages’ labels in each language (issue 22)', () => {
  it('regression: Chinese writes the number against its word, 指标16.4.1 and 具体目标16.4 (not "指标 16.4.1"); the other languages keep their space', () => {
    expect(indicatorName('16.4.1', 'zh')).toBe('指标16.4.1');
    expect(targetName('16.4', 'zh')).toBe('具体目标16.4');
    expect(indicatorName('16.4.2', 'en')).toBe('Indicator 16.4.2');
    expect(indicatorName('16.4.2', 'fr')).toBe('Indicateur 16.4.2');
    expect(targetName('16.4', 'ru')).toBe('Задача 16.4');
    expect(targetName('16.4', 'ar')).toBe('الغاية 16.4');
  });

  it('regression: the custodian agencies are a list in the page’s language ("UNODC、UNCTAD", not "UNODC; UNCTAD"), each acronym marked as English', () => {
    expect(text(custodianRuns('UNODC; UNCTAD', 'zh'))).toBe('UNODC、UNCTAD');
    expect(custodianRuns('UNODC; UNCTAD', 'zh')).toEqual([
      { text: 'UNODC', lang: 'en' },
      { text: '、' },
      { text: 'UNCTAD', lang: 'en' },
    ]);
    expect(text(custodianRuns('UNODC; UNODA', 'en'))).toBe('UNODC, UNODA');
    expect(custodianRuns('UNODC; UNODA', 'en')[0]).toEqual({ text: 'UNODC' });
    expect(text(custodianRuns('UNODC; UNODA', 'ar'))).toBe('UNODC، UNODA');
    expect(custodianRuns('', 'zh')).toEqual([]);
  });

  it('regression: Chinese names the tier as UN Chinese does, 二级 (not "II"); the other languages write the tier’s Roman numeral after their word for it', () => {
    expect(tierName('II', 'zh')).toBe('二级');
    expect(tierName('I', 'zh')).toBe('一级');
    expect(tierName('III', 'zh')).toBe('三级');
    for (const locale of ['en', 'fr', 'es', 'ru', 'ar'] as const)
      expect(tierName('II', locale), locale).toBe('II');
    expect(tierName('', 'zh')).toBe('');
  });
});
