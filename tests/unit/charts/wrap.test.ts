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

// Issue 22: the citation network drew "S/2017/1025" over "A/72/42" at 1280 px, in every
// language: its labels are bold, and were measured as regular text. The widths below are
// Chromium's, not this estimator's: getComputedTextLength() of an SVG <text> at 11 px in the
// network's label group on /sources/ (the page's font stack, which is DejaVu Sans and Noto Sans
// CJK SC on the Debian 12 test machine: fonts-dejavu-core 2.37, fonts-noto-cjk 20220127),
// Chromium 156, weights 400 and 600 (DejaVu Sans Bold). [text, regular, bold]
const DRAWN_AT_11PX: [string, number, number][] = [
  ['S/2017/1025', 70.4, 77.2],
  ['A/72/42', 42.9, 47.2],
  ['A/CONF.192/BMS/2016/2', 135, 149.8],
  ['UN Charter', 61.3, 68.9],
  ['World Development Report 2005', 180.5, 203],
  ['Traité sur le commerce des armes', 186.9, 209.9],
  ['Tratado sobre el Comercio de Armas', 199.7, 225],
  ['Доклад о мировом развитии, 2005 год', 223.8, 246.7],
  ['Решение 60/519 Генеральной Ассамблеи', 238.7, 262.8],
  ['معاهدة تجارة الأسلحة', 98.7, 116.2],
  ['نتائج مؤتمر القمة العالمي لعام 2005', 169.4, 199.9],
  ['《武器贸易条约》', 88, 88],
  ['大会第60/519号决定', 104.7, 108.3],
  ['A/67/…', 39.9, 42.9],
];

describe('textWidth(text, fontSize, fontWeight)', () => {
  it('regression: is at least the width Chromium draws, regular and bold, in every script', () => {
    for (const [text, regular, bold] of DRAWN_AT_11PX) {
      expect(textWidth(text, 11), `${text}, regular`).toBeGreaterThanOrEqual(regular);
      expect(textWidth(text, 11, 400), `${text}, 400`).toBeGreaterThanOrEqual(regular);
      expect(textWidth(text, 11, 600), `${text}, bold`).toBeGreaterThanOrEqual(bold);
      expect(textWidth(text, 11, 800), `${text}, 800`).toBeGreaterThanOrEqual(bold);
    }
  });

  it('is no more generous in bold than in regular, so bold labels are not left out for nothing', () => {
    for (const [text, regular, bold] of DRAWN_AT_11PX) {
      const spare = textWidth(text, 11) / regular;
      expect(textWidth(text, 11, 600) / bold, text).toBeLessThanOrEqual(spare * 1.05);
    }
  });
});

describe('breakUnits(text): what must stay on one line (issue 22)', () => {
  it('regression: never breaks at a word joiner or a no-break space (/ar/centres/ broke "تموز/" from "يوليه")', () => {
    expect(breakUnits('تموز/\u2060يوليه 2012')).toEqual(['تموز/\u2060يوليه ', '2012']);
    expect(breakUnits('март 2013\u00a0г.')).toEqual(['март ', '2013\u00a0г.']);
    expect(breakUnits('12\u202f345 armes')).toEqual(['12\u202f345 ', 'armes']);
    // A plain slash still lets a line break after it.
    expect(breakUnits('A/67/…')).toEqual(['A/', '67/', '…']);
  });
});
