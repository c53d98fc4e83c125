import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '$lib/i18n/messages';
import { zh } from '$lib/i18n/zh';

/**
 * Messages whose Chinese form is rightly the English one: nothing in them is a word. Each is
 * also the only kind allowed to have no Chinese character.
 */
const sameInBothLanguages: Partial<Record<MessageKey, string>> = {
  'qualifier.exactly': 'only the number itself',
  'qualifier.at_least_once': 'only the number itself',
  'figure.percent': 'a number and the percent sign, written the same in Chinese',
  'figure.withUnit': 'a number and a unit, both filled in by code',
  'workbench.placeholder': 'an SQL query; SQL stays SQL',
  'workbench.null': 'the SQL value NULL',
  'upload.encoding.utf-8': 'the name of an encoding',
};

const keys = Object.keys(en) as MessageKey[];
/** A CJK character: a Han character or Chinese punctuation (U+3000 to U+303F, full-width forms). */
const cjk = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;
const placeholders = (text: string) => [...new Set(text.match(/\{\w+\}/g) ?? [])].sort();

describe('zh, the Chinese (Simplified) catalogue', () => {
  it('has every key of en, in the same order, and no other key', () => {
    expect(Object.keys(zh)).toEqual(keys);
  });

  it('gives every key a non-empty message', () => {
    const empty = keys.filter((key) => typeof zh[key] !== 'string' || zh[key].trim() === '');
    expect(empty).toEqual([]);
  });

  it('keeps the placeholders of each English message, with no new one', () => {
    const differ = keys
      .filter((key) => placeholders(zh[key]).join() !== placeholders(en[key]).join())
      .map(
        (key) => `${key}: en ${placeholders(en[key]).join()} zh ${placeholders(zh[key]).join()}`,
      );
    expect(differ).toEqual([]);
  });

  it('translates every message, except the allow-listed ones that hold no words', () => {
    const untranslated = keys.filter((key) => zh[key] === en[key] && !(key in sameInBothLanguages));
    expect(untranslated).toEqual([]);
  });

  it('writes every message with CJK characters, except the allow-listed ones', () => {
    const withoutChinese = keys.filter(
      (key) => !cjk.test(zh[key]) && !(key in sameInBothLanguages),
    );
    expect(withoutChinese).toEqual([]);
  });

  it('allow-lists only keys of en whose Chinese message has no CJK character', () => {
    const listed = Object.keys(sameInBothLanguages) as MessageKey[];
    expect(listed.filter((key) => !(key in en) || cjk.test(zh[key]))).toEqual([]);
  });

  it('uses Chinese punctuation next to Chinese characters', () => {
    const ascii = /\p{Script=Han}[,.;:?!()]|[,;:?!()]\p{Script=Han}/u;
    expect(keys.filter((key) => ascii.test(zh[key]))).toEqual([]);
  });

  it('keeps the SQL and identifiers of the English messages as they are', () => {
    expect(zh['workbench.builtInReadOnly']).toContain('CREATE TABLE my_missions AS FROM missions');
    expect(zh['sources.seedsCaption']).toContain('documents.csv');
    expect(zh['sources.col.file']).toContain('seeds/');
    expect(zh['missions.col.iso3']).toContain('ISO 3166-1');
  });

  it('renders the qualifiers the way the UN Chinese documents write them', () => {
    expect(zh['qualifier.at_least']).toBe('至少 {value}');
    expect(zh['qualifier.nearly']).toBe('近 {value}');
    expect(zh['qualifier.more_than']).toBe('超过 {value}');
  });
});

describe('the official Chinese of SDG target 16.4 and its indicators', () => {
  // As Open SDG's zh-Hans catalogue gives them (open-sdg/sdg-translations, commits a35bfcd
  // global_targets.yml and 0838ffd global_indicators.yml), its half-width commas made full-width.
  const official = {
    'indicator.16-4.text':
      '到2030年,大幅减少非法资金和武器流动,加强追赃和被盗资产返还力度,打击一切形式的有组织犯罪',
    'indicator.16-4-1.text': '流入和流出的非法资金流量总值(按美元现值计)',
    'indicator.16-4-2.text':
      '其非法来源或背景已被主管当局按照国际文书规定追查或确定的已缴获、发现或交出的武器所占比例',
  } as const;
  const fullWidth = (text: string) =>
    text.replaceAll(',', '，').replaceAll('(', '（').replaceAll(')', '）');

  it.each(Object.entries(official))('%s reads as the General Assembly adopted it', (key, text) => {
    expect(zh[key as MessageKey]).toBe(fullWidth(text));
  });

  it('calls the custodian agencies 托管机构, as the Statistical Commission does', () => {
    expect(zh['indicator.custodians']).toBe('托管机构');
  });
});
