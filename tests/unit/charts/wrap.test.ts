import { describe, expect, it } from 'vitest';
import { breakUnits, textWidth, wrapText } from '$lib/charts/core/wrap';

describe('wrapText(text, maxWidth, fontSize)', () => {
  it('breaks English at spaces and after an en dash, keeping every word', () => {
    const lines = wrapText('States given legal assistance, August 2011–July 2012', 150, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ').replace(/– /g, '–')).toBe(
      'States given legal assistance, August 2011–July 2012',
    );
    for (const line of lines) expect(line).toBe(line.trim());
  });

  it('breaks Chinese between characters, keeping a number with its 年 and a comma with what it ends', () => {
    expect(breakUnits('2012年4月，特立')).toEqual(['2012年', '4月，', '特', '立']);
    const lines = wrapText('销毁的弹药（发），2012年4月26日，特立尼达和多巴哥', 120, 13);
    expect(lines.join('')).toBe('销毁的弹药（发），2012年4月26日，特立尼达和多巴哥');
    for (const line of lines) {
      expect([...line].length * 13).toBeGreaterThan(0);
      expect(line).not.toMatch(/^[，）]/);
      expect(line).not.toMatch(/（$/);
    }
  });

  it('cuts a word longer than a line between its characters rather than let it overflow', () => {
    const lines = wrapText('S/2017/1025-Annex-II-footnote', 40, 13);
    expect(lines.join('')).toBe('S/2017/1025-Annex-II-footnote');
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(40);
  });
});

describe('textWidth(text, fontSize)', () => {
  it('counts a Chinese character as one em, wider than any Latin letter', () => {
    expect(textWidth('特立尼达', 13)).toBe(52);
    expect(textWidth('W', 13)).toBeLessThanOrEqual(13);
    expect(textWidth('ii', 13)).toBeLessThan(textWidth('mm', 13));
  });
});

describe('wrapText(text, maxWidth, fontSize) at a comma', () => {
  it('ends a line after a comma rather than split a name, in English and Chinese', () => {
    expect(
      wrapText('Tonnes of ammunition destroyed, November 2011, Trinidad and Tobago', 420, 13),
    ).toEqual(['Tonnes of ammunition destroyed, November 2011,', 'Trinidad and Tobago']);
    expect(wrapText('销毁的弹药（吨），2011年11月，特立尼达和多巴哥', 300, 13)).toEqual([
      '销毁的弹药（吨），2011年11月，',
      '特立尼达和多巴哥',
    ]);
  });
});
