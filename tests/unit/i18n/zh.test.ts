import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en, type MessageKey } from '$lib/i18n/messages';
import { zh } from '$lib/i18n/zh';
import { placeholders } from '../../../scripts/messages.js';

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

  // Two notes in brackets one after the other read as a doubled bracket (…（前15位）（…）); the
  // data's Chinese is held to the same (tests/unit/data/translations.test.ts, issue 22).
  it('writes no bracket or quotation mark twice, nor a bracket closed against an opening one', () => {
    const doubled = /([《》（）【】〔〕「」『』“”〈〉])\1|[）】〕]\s*[（【〔]|》\s*《/u;
    expect(keys.filter((key) => doubled.test(zh[key])).map((key) => `${key}: ${zh[key]}`)).toEqual(
      [],
    );
  });

  it('keeps the SQL and identifiers of the English messages as they are', () => {
    expect(zh['workbench.builtInReadOnly']).toContain('CREATE TABLE my_missions AS FROM missions');
    expect(zh['sources.seedsCaption']).toContain('documents.csv');
    expect(zh['sources.col.file']).toContain('seeds/');
    expect(zh['missions.col.iso3']).toContain('ISO 3166-1');
  });

  it('renders the qualifiers against their number, as UN Chinese texts write them', () => {
    expect(zh['qualifier.at_least']).toBe('至少{value}');
    expect(zh['qualifier.nearly']).toBe('近{value}');
    expect(zh['qualifier.more_than']).toBe('超过{value}');
  });

  // UN Chinese puts no space between an Arabic numeral and a Chinese character: the UN's
  // Chinese page on the Register (disarmament.unoda.org/zh, 联合国常规武器登记册) writes
  // "自1991年开始使用以来，联合国常规武器登记册已收到逾170个国家的报告", and S/2017/1025 prints
  // "2010-2015年期间" and A/RES/76/232 "在2021年上半年" (the plain text of the seeds elsewhere carries
  // the spaces of its print layout: "48 个国家").
  it('writes a number against the Chinese beside it in every sentence, with the numbers filled in', () => {
    const numbers: Record<string, string> = {
      count: '27',
      year: '2013',
      rows: '3\u00a0500',
      line: '4',
      column: '2',
      members: '54',
      reporting: '30',
      ms: '12',
      from: '2003',
      to: '2011',
      total: '193',
      shown: '18',
      docs: '20',
      links: '31',
      rate: '93%',
      limitRows: '1\u00a0000\u00a0000',
      lines: '3、5',
      loaded: '20',
      columns: '7',
      seconds: '8',
      noShape: '12',
      share: '38%',
      rest: '62%',
      citations: '40',
      citedBy: '3',
      cites: '2',
      report: '2012',
      period: '2019',
      given: '9',
      bad: '1',
      found: '4',
      expected: '3',
      n: '2',
      start: '2004年',
      end: '2017年',
      value: '60亿美元',
      size: '42.9 MB',
      needed: '214 MB',
      limit: '3.2 GB',
      free: '1 GB',
      limitBytes: '64 MB',
    };
    // A number, not a document symbol or a code that ends in digits ("S/2017/1025 提到的").
    const han = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”]';
    const num = '\\d+(?:[.,\\u00a0]\\d+)*%?';
    const spaced = new RegExp(
      `${han}[ \\u00a0]+${num}(?![\\w/-])|(?<![\\w/.-])${num}[ \\u00a0]+${han}`,
      'u',
    );
    const filled = (text: string) =>
      text.replace(/\{(\w+)\}/g, (all, name: string) => numbers[name] ?? all);
    const written = keys.filter((key) => spaced.test(filled(zh[key])));
    expect(written.map((key) => `${key}: ${filled(zh[key])}`)).toEqual([]);
    expect(filled(zh['register.participationMeaning'])).toBe('27个国家提交了报告');
    expect(filled(zh['compare.chosen'])).toMatch(/^已选择27个国家（共193个）/u);
  });

  it('regression: says what the register shows without a doubled 的 ("5个区域组的占会员国的比例")', () => {
    for (const measure of [zh['register.measure.rate'], zh['register.measure.count']]) {
      const text = zh['a11y.measureShown'].replace('{count}', '5').replace('{measure}', measure);
      expect(text).not.toMatch(/的[^。]*的/);
    }
  });

  it('writes a range of years with 年 once, after it, as S/2017/1025 does ("2010-2015年期间")', () => {
    expect(zh['harm.title']).toBe('火器与死亡，2010-2015年');
    expect(zh['overview.timeline']).toBe('小武器进程，1991-2024年');
    const ranges = keys.filter((key) => /\d年?[–—-]\d+年|\d年至\d+年$/u.test(zh[key]));
    expect(ranges.filter((key) => /\d年[–—-]|[–—]\d/u.test(zh[key]))).toEqual([]);
  });

  it('calls Member States 会员国, as the seeds do, never 成员国', () => {
    // S/RES/2117 (2013) op. 1: "欢迎各会员国以及各区域和次区域组织…".
    const seed = readFileSync('seeds/000_8d159788a15557eb.txt', 'utf8');
    expect(seed).toContain('欢迎各会员国');
    expect(seed).not.toContain('成员国');
    expect(keys.filter((key) => zh[key].includes('成员国'))).toEqual([]);
    expect(zh['register.col.members']).toContain('会员国');
  });

  it('names the Register as the seeds do: 联合国常规武器登记册', () => {
    // S/2017/1025 para. 28: "…都强调了联合国常规武器登记册…".
    const seed = readFileSync('seeds/002_a29e0504544d508f.txt', 'utf8');
    expect(seed).toContain('联合国常规武器登记册');
    const named = keys.filter((key) => /常规武器登记/u.test(zh[key]));
    expect(named.length).toBeGreaterThan(0);
    expect(named.filter((key) => !zh[key].includes('联合国常规武器登记册'))).toEqual([]);
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
