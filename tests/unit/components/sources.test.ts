import { describe, expect, it } from 'vitest';
import { groupSources, rowSources, summarizeSources, localSources } from '$lib/components/sources';

describe('groupSources(sources)', () => {
  it('lists each citation once, in first-seen order, with all of its distinct passages', () => {
    expect(
      groupSources([
        { citation: 'Yearbook, p. 81' },
        {
          citation: 'A/67/…, para. 20',
          quoteZh: '只有 9 个来自拉丁美洲和加勒比区域',
          meaningEn: 'GRULAC: 9',
        },
        { citation: 'Yearbook, p. 81' },
        { citation: 'A/67/…, para. 20', quoteZh: '没有一个来自最受小武器影响的非洲区域' },
        {
          citation: 'A/67/…, para. 20',
          quoteZh: '只有 9 个来自拉丁美洲和加勒比区域',
          meaningEn: 'again',
        },
      ]),
    ).toEqual([
      { citation: 'Yearbook, p. 81', quotes: [] },
      {
        citation: 'A/67/…, para. 20',
        quotes: [
          { zh: '只有 9 个来自拉丁美洲和加勒比区域', en: 'GRULAC: 9' },
          { zh: '没有一个来自最受小武器影响的非洲区域', en: null },
        ],
      },
    ]);
  });

  it('skips figures without a source (a group the documents say nothing about)', () => {
    expect(groupSources([{ citation: null, quoteZh: null }, { citation: '' }])).toEqual([]);
  });
});

describe('rowSources(rows, meaning)', () => {
  it('reads the source and passage columns of each row and adds its English meaning', () => {
    const rows = [
      {
        source: 'S/2017/1025, para. 6',
        source_quote_zh: '至少价值 60 亿美元',
        label_en: 'Trade value',
      },
      { source: 'Small Arms Survey', source_quote_zh: null, label_en: 'Public fact' },
    ];
    expect(rowSources(rows, (row) => String(row.label_en))).toEqual([
      {
        citation: 'S/2017/1025, para. 6',
        doc: null,
        place: null,
        quoteZh: '至少价值 60 亿美元',
        meaningEn: 'Trade value',
      },
      {
        citation: 'Small Arms Survey',
        doc: null,
        place: null,
        quoteZh: null,
        meaningEn: 'Public fact',
      },
    ]);
  });
});

describe('summarizeSources(sources)', () => {
  it('names each document once with its places, and keeps sources without a place whole', () => {
    expect(
      summarizeSources([
        { citation: 'S/2017/1025, para. 6', doc: 'S/2017/1025', place: 'para. 6' },
        { citation: 'UN Disarmament Yearbook 2011, Part II, p. 81' },
        { citation: 'S/2017/1025, para. 8', doc: 'S/2017/1025', place: 'para. 8' },
        { citation: 'S/2017/1025, para. 6', doc: 'S/2017/1025', place: 'para. 6' },
        { citation: null },
      ]),
    ).toEqual(['S/2017/1025 (para. 6; para. 8)', 'UN Disarmament Yearbook 2011, Part II, p. 81']);
  });
});

describe('summarizeSources(sources, more, limit)', () => {
  it('shortens a long list of places and says how many are left out', () => {
    const sources = [1, 2, 3, 4].map((n) => ({
      citation: `S/2017/1025, para. ${n}`,
      doc: 'S/2017/1025',
      place: `para. ${n}`,
    }));
    expect(summarizeSources(sources, (count) => `and ${count} more`, 2)).toEqual([
      'S/2017/1025 (para. 1; para. 2; and 2 more)',
    ]);
  });
});

describe('summarizeSources(localSources(sources, "zh"), more, limit, "zh")', () => {
  it('writes a Chinese line with its places in Chinese and full-width brackets and semicolons', () => {
    const sources = [6, 8].map((n) => ({
      citation: `S/2017/1025, para. ${n}`,
      doc: 'S/2017/1025',
      place: `para. ${n}`,
    }));
    const [line] = summarizeSources(localSources(sources, 'zh'), undefined, 8, 'zh');
    expect(line).toMatch(/^S\/2017\/1025（第 ?6 ?段；第 ?8 ?段）$/u);
  });
});

describe('summarizeSources(localSources(sources, locale), more, limit, locale)', () => {
  const sources = [6, 8].map((n) => ({
    citation: `S/2017/1025, para. ${n}`,
    doc: 'S/2017/1025',
    place: `para. ${n}`,
  }));
  it('writes the places in French (its semicolon spaced), Spanish and Russian, and in Arabic with the Arabic semicolon', () => {
    const line = (locale: 'fr' | 'es' | 'ru' | 'ar') =>
      summarizeSources(localSources(sources, locale), undefined, 8, locale)[0];
    // French: a no-break space before the semicolon, as the French catalogue writes it.
    expect(line('fr')).toBe('S/2017/1025 (par. 6\u00a0; par. 8)');
    expect(line('es')).toBe('S/2017/1025 (párr. 6; párr. 8)');
    expect(line('ru')).toBe('S/2017/1025 (п. 6; п. 8)');
    expect(line('ar')).toBe('S/2017/1025 (الفقرة 6؛ الفقرة 8)');
    expect(localSources([{ citation: 'S/2017/1025, Annex II, para. 3' }], 'ar')).toEqual([
      { citation: 'S/2017/1025، المرفق الثاني، الفقرة 3' },
    ]);
  });

  it('cites a treaty by its name in the page’s language (data/translations.csv)', () => {
    const treaty = {
      citation: 'Arms Trade Treaty, preamble',
      doc: 'Arms Trade Treaty',
      place: 'preamble',
    };
    expect(localSources([treaty], 'fr')[0].citation).toBe(
      'Traité sur le commerce des armes, préambule',
    );
    expect(localSources([treaty], 'ru')[0].citation).toBe('Договор о торговле оружием, преамбула');
    // Known only as one string, whose document's name holds a comma: the register reporting
    // chart's sources line on /fr/register/ showed it in English.
    const yearbook = { citation: 'UN Disarmament Yearbook 2011, Part II, p. 81' };
    expect(localSources([yearbook], 'fr')).toEqual([
      { citation: 'Annuaire des Nations Unies sur le désarmement 2011, deuxième partie, p. 81' },
    ]);
    expect(localSources([yearbook], 'es')[0].citation).toBe(
      'Anuario de las Naciones Unidas sobre Desarme 2011, segunda parte, pág. 81',
    );
  });
});

describe('localSources(sources, locale)', () => {
  const sources = [
    { citation: 'A/67/…, para. 20', doc: 'A/67/…', place: 'para. 20', quoteZh: '九个' },
    {
      citation: 'countries.csv, cca3, ccn3',
      doc: 'countries.csv',
      place: 'cca3, ccn3',
    },
  ];
  it('cites seed places in Chinese on a Chinese page and keeps the rest (a file’s fields) as written', () => {
    const zh = localSources(sources, 'zh');
    expect(zh[0]).toMatchObject({
      citation: 'A/67/…，第20段',
      place: '第20段',
      quoteZh: '九个',
    });
    expect(zh[1]).toBe(sources[1]);
    expect(summarizeSources(zh)).toEqual(['A/67/… (第20段)', 'countries.csv (cca3, ccn3)']);
    // An English source's place is in the page's language too; its name stays as published.
    const article = {
      citation: 'Arms Control Today 2002, article text',
      doc: 'Arms Control Today 2002',
      place: 'article text',
    };
    expect(localSources([article], 'zh')[0].citation).toBe('Arms Control Today 2002，文章正文');
    expect(localSources(sources, 'en')).toEqual(sources);
    // Known only as "document, place": the place is found after the document's own commas.
    expect(
      localSources([{ citation: 'UN Disarmament Yearbook 2011, Part II, p. 81' }], 'zh'),
    ).toEqual([{ citation: 'UN Disarmament Yearbook 2011, Part II，第81页' }]);
    expect(localSources([{ citation: 'S/2017/1025, Annex II, para. 3' }], 'zh')).toEqual([
      { citation: 'S/2017/1025，附件二，第3段' },
    ]);
  });

  it('cites a treaty by its Chinese name on a Chinese page (data/translations.csv)', () => {
    const treaty = {
      citation: 'Arms Trade Treaty, preamble',
      doc: 'Arms Trade Treaty',
      place: 'preamble',
    };
    expect(localSources([treaty], 'zh')[0]).toMatchObject({
      citation: '《武器贸易条约》，序言部分',
    });
    expect(localSources([treaty], 'en')[0]).toBe(treaty);
  });

  it('regression: the one-line summary names the treaty as the page does, not "Arms Trade Treaty（序言部分）"', () => {
    const treaty = {
      citation: 'Arms Trade Treaty, preamble',
      doc: 'Arms Trade Treaty',
      place: 'preamble',
    };
    expect(summarizeSources(localSources([treaty], 'zh'), undefined, undefined, 'zh')).toEqual([
      '《武器贸易条约》（序言部分）',
    ]);
    expect(summarizeSources(localSources([treaty], 'en'))).toEqual([
      'Arms Trade Treaty (preamble)',
    ]);
  });
});
