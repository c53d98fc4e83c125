import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { resolutionName, resolutionParagraph } from '$lib/i18n/resolutions';

// The seeds are UN Chinese texts. S/2017/1025 names a resolution "安全理事会第 2117(2013)号决议"
// and cites a paragraph "(第 2301(2016)号决议，第 34(c)(五)段)": half-width brackets, 号决议
// against the year. The spaces beside its numerals are those of its print layout: the seeds
// print numerals against Chinese elsewhere ("2010-2015年期间", "在2021年上半年"), as the UN's
// Chinese web pages do. Their forms, with those spaces taken out, are the expectations here.
const s1025 = readFileSync('seeds/002_a29e0504544d508f.txt', 'utf8');
const unspaced = (text: string) =>
  text.replace(/(?<=[\p{Script=Han}，(])[ \n]+(?=\d)|(?<=[\d)])[ \n]+(?=\p{Script=Han})/gu, '');
const seed = unspaced(s1025);

describe('resolutionName(symbol, locale, body)', () => {
  it('writes a Security Council resolution as UN Chinese does: 第2295(2016)号决议, not its symbol', () => {
    expect(seed).toContain(`(${resolutionName('S/RES/2295 (2016)', 'zh')}，第`);
    expect(resolutionName('S/RES/1493 (2003)', 'zh')).toBe('第1493(2003)号决议');
  });

  it('names the Council before it when asked: 安全理事会第2117(2013)号决议', () => {
    expect(seed).toContain(resolutionName('S/RES/2117 (2013)', 'zh', true));
    expect(seed).toContain(resolutionName('S/RES/2253 (2015)', 'zh', true));
  });

  it('writes a General Assembly resolution 第70/262号决议 (大会第70/262号决议)', () => {
    expect(seed).toContain(`和${resolutionName('A/RES/70/262', 'zh', true)}`);
  });

  it('keeps the symbol in other languages and for anything that is not a resolution symbol', () => {
    expect(resolutionName('S/RES/1493 (2003)', 'en')).toBe('S/RES/1493 (2003)');
    expect(resolutionName('S/RES/1493 (2003)', 'fr')).toBe('S/RES/1493 (2003)');
    expect(resolutionName('S/2017/1025', 'zh')).toBe('S/2017/1025');
    expect(resolutionName('S/PRST/2007/24', 'zh')).toBe('S/PRST/2007/24');
  });
});

describe('resolutionParagraph(place, locale)', () => {
  it('writes a paragraph and its subparagraphs as S/2017/1025 cites them: 第34(c)(五)段', () => {
    const cited = `${resolutionName('S/RES/2301 (2016)', 'zh')}，${resolutionParagraph('para. 34 (c) (v)', 'zh')}`;
    expect(seed).toContain(cited);
    expect(cited).toBe('第2301(2016)号决议，第34(c)(五)段');
    expect(seed).toContain(`第2295(2016)号决议，${resolutionParagraph('para. 20 (b)', 'zh')}`);
    expect(seed).toContain(`第2313(2016)号决议，${resolutionParagraph('para. 34', 'zh')}`);
  });

  it('keeps the place in other languages and gives null for another form in Chinese', () => {
    expect(resolutionParagraph('para. 34 (c) (v)', 'en')).toBe('para. 34 (c) (v)');
    expect(resolutionParagraph('Annex II, para. 3', 'zh')).toBeNull();
  });
});
