import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/datapackage/csv';
import { fr } from '$lib/i18n/fr';
import {
  headed,
  labelled,
  localPlace,
  placePunctuation,
  semicolonList,
  withNote,
} from '$lib/i18n/places';

// Expected forms as the Chinese seeds cite places: S/2017/1025 (seeds/002_…) writes "附件一",
// "附件二", "第28段" and "脚注18" (its print layout puts spaces around the numerals; UN Chinese
// writes a numeral touching the characters beside it). Operative paragraphs are not cited in
// the seeds; "执行部分第7段" is the form UN Chinese documents use for them.
describe('localPlace(place, locale)', () => {
  it('regression: in Chinese a numeral touches the characters beside it (第6段, not 第 6 段)', () => {
    const places = ['para. 6', 'footnote 1', 'p. 81', 'op. 7', 'Annex I, para. 3 and footnote 2'];
    for (const place of places) expect(localPlace(place, 'zh')).not.toMatch(/[段页注第] | [段页]/);
  });

  it('writes seed places in Chinese on Chinese pages', () => {
    expect(localPlace('para. 20', 'zh')).toBe('第20段');
    expect(localPlace('Annex II, para. 3 and footnote 1', 'zh')).toBe('附件二，第3段和脚注1');
    expect(localPlace('op. 7', 'zh')).toBe('执行部分第7段');
    expect(localPlace('heading, footnote *', 'zh')).toBe('标题，脚注*');
    expect(localPlace('p. 81', 'zh')).toBe('第81页');
    expect(localPlace('para. 34 (c) (v)', 'zh')).toBe('第34(c)(五)段');
    expect(localPlace('Annex I, S/2008/258 recommendation 9', 'zh')).toBe(
      '附件一，S/2008/258 建议9',
    );
    expect(localPlace('chapter III', 'zh')).toBe('第三章');
  });

  it('keeps a place it cannot read whole, and every place on English pages', () => {
    // A file's column and row, as the file names them.
    const file = 'tmp/UNSD-ar.csv, Country or Area, row ISO-alpha3 Code AFG';
    expect(localPlace(file, 'zh')).toBe(file);
    expect(localPlace('para. 20, somewhere', 'zh')).toBe('para. 20, somewhere');
    expect(localPlace('Annex II, para. 3', 'en')).toBe('Annex II, para. 3');
  });
});

// The forms UN documents in each language use for places: "par." and "annexe" (French),
// "párr." and "anexo" (Spanish), "п." and "приложение" (Russian), "الفقرة" and "المرفق"
// (Arabic, with its own comma).
describe('localPlace(place, locale) in Arabic, French, Russian and Spanish', () => {
  it('writes the places of the seeds in the page’s language', () => {
    const place = 'Annex II, para. 3 and footnote 1';
    expect(localPlace(place, 'fr')).toBe('annexe II, par. 3 et note 1');
    expect(localPlace(place, 'es')).toBe('anexo II, párr. 3 y nota 1');
    expect(localPlace(place, 'ru')).toBe('приложение II, п. 3 и сноска 1');
    expect(localPlace(place, 'ar')).toBe('المرفق الثاني، الفقرة 3 والحاشية 1');
    expect(localPlace('op. 7', 'fr')).toBe('par. 7 du dispositif');
    expect(localPlace('paras. 3–5', 'es')).toBe('párrs. 3–5');
    expect(localPlace('paras. 3–5', 'ru')).toBe('пп. 3–5');
    expect(localPlace('chapter III', 'ar')).toBe('الفصل الثالث');
    expect(localPlace('preamble', 'ru')).toBe('преамбула');
  });

  // The embargoes' public source, SIPRI's archive, is a table: its place is the target's row.
  it('names the row of a data file for a target in the page’s language, the file as named', () => {
    const place = 'embargo.csv row for this target';
    expect(localPlace(place, 'zh')).toBe('embargo.csv 中该对象所在行');
    expect(localPlace(place, 'fr')).toBe('ligne de cette cible dans embargo.csv');
    expect(localPlace(place, 'es')).toBe('fila de este destinatario en embargo.csv');
    expect(localPlace(place, 'ru')).toBe('строка этого объекта в embargo.csv');
    expect(localPlace(place, 'ar')).toBe('صف هذه الجهة في embargo.csv');
    expect(localPlace(place, 'en')).toBe(place);
  });

  it('keeps a place it cannot read whole', () => {
    const fields = 'cca3, ccn3, unRegionalGroup (commit 5e9f370; world-countries 5.1.0 agrees)';
    for (const locale of ['fr', 'es', 'ru', 'ar'] as const) {
      expect(localPlace(fields, locale)).toBe(fields);
      expect(localPlace('para. 20, somewhere', locale)).toBe('para. 20, somewhere');
    }
  });

  it('regression: a sub-sub-paragraph in Chinese as the documents quote it (第34(c)(五)段, not 第34 (c) (v)段)', () => {
    // S/2017/1025 quotes S/RES/2301 (2016) as "第 34(c)(五)段" (citations.csv, source_quote_zh).
    expect(localPlace('para. 34 (c) (v)', 'zh')).toBe('第34(c)(五)段');
    expect(localPlace('op. 7 (a)', 'zh')).toBe('执行部分第7(a)段');
    expect(localPlace('para. 4 (ii)', 'zh')).toBe('第4(二)段');
  });
});

// What UN texts write in each language: S/2017/1025 in Chinese puts a full-width colon after a
// heading ("附件一：") and full-width brackets around a note; French typography (Imprimerie
// nationale) a no-break space before « : » and a narrow one before « ; ».
describe('a name and its value, a list of phrases, a note in brackets', () => {
  it('in Chinese with full-width marks and no space', () => {
    expect(labelled('西欧和其他国家组', '93%', 'zh')).toBe('西欧和其他国家组：93%');
    expect(semicolonList(['1992年：82', '1993年：84'], 'zh')).toBe('1992年：82；1993年：84');
    expect(withNote('82', '截至某一日期', 'zh')).toBe('82（截至某一日期）');
  });

  it('in French with the spaces French typography puts before a colon and a semicolon', () => {
    expect(labelled('Mali', 'MINUSMA', 'fr')).toBe('Mali\u00a0: MINUSMA');
    expect(semicolonList(['a', 'b'], 'fr')).toBe('a\u00a0; b');
  });

  it('regression: puts before a French semicolon the space the French texts of the catalogue and data/translations.csv put there (issue 22: U+202F here, U+00A0 there)', () => {
    const french = [
      ...Object.values(fr),
      ...parseCsv(readFileSync('data/translations.csv', 'utf8'))
        .records.filter(({ values }) => values[1] === 'fr')
        .map(({ values }) => values[3]),
    ].join('\n');
    const before = new Set([...french.matchAll(/(\S|\s)(?=; )/gu)].map((match) => match[1]));
    expect([...before].filter((space) => /\s/u.test(space))).toEqual(['\u00a0']);
    expect(placePunctuation('fr').semicolon).toBe('\u00a0; ');
  });

  it('in Arabic with the Arabic semicolon', () => {
    expect(semicolonList(['أ', 'ب'], 'ar')).toBe('أ؛ ب');
    expect(labelled('مالي', 'MINUSMA', 'ar')).toBe('مالي: MINUSMA');
  });

  it('in English as written', () => {
    expect(labelled('Mali', 'MINUSMA', 'en')).toBe('Mali: MINUSMA');
    expect(semicolonList(['a', 'b'], 'en')).toBe('a; b');
    expect(withNote('82', 'as of a date', 'en')).toBe('82 (as of a date)');
  });
});

describe('headed(name, text, locale): a heading and what follows its colon (issue 22)', () => {
  it('regression: Russian, Spanish and French go on in lower case after the colon, «Показатель 16.4.2: доля…»', () => {
    // Rozental, Spravochnik po pravopisaniyu i stilistike, § 139: after a colon a word is lower
    // case unless it opens a quotation; RAE, Ortografía (2010), 3.4.4.2.1 and the Lexique de
    // l'Imprimerie nationale the same for an explanation after the colon.
    expect(headed('Показатель 16.4.2', 'Доля изъятого оружия', 'ru')).toBe(
      'Показатель 16.4.2: доля изъятого оружия',
    );
    expect(headed('Indicador 16.4.2', 'Proporción de armas', 'es')).toBe(
      'Indicador 16.4.2: proporción de armas',
    );
    expect(headed('Indicateur 16.4.2', 'Proportion d’armes', 'fr')).toBe(
      'Indicateur 16.4.2\u00a0: proportion d’armes',
    );
    expect(headed('Indicator 16.4.2', 'Proportion of arms', 'en')).toBe(
      'Indicator 16.4.2: Proportion of arms',
    );
    expect(headed('Indicador 16.4.2', 'ONU Mujeres', 'es')).toBe('Indicador 16.4.2: ONU Mujeres');
  });
});

// Sub-paragraphs as UN documents of each language cite them: French and Spanish close a letter
// or a roman numeral with a bracket ("par. 34 c) v)", "párr. 34 c) v)"), as does Russian
// ("п. 34 c) v)"); Arabic letters them in the abjad order in brackets and numbers a roman
// sub-sub-paragraph in quotes ("الفقرة 34 (ج) '5'"). S/RES/2301 (2016), para. 34 (c) (v) is the
// place the missions page cites.
describe('localPlace: sub-paragraphs in each language (issue 22)', () => {
  it('regression: "para. 34 (c) (v)" is par. 34 c) v) / párr. 34 c) v) / п. 34 c) v) / الفقرة 34 (ج) \'5\'', () => {
    expect(localPlace('para. 34 (c) (v)', 'fr')).toBe('par. 34 c) v)');
    expect(localPlace('para. 34 (c) (v)', 'es')).toBe('párr. 34 c) v)');
    expect(localPlace('para. 34 (c) (v)', 'ru')).toBe('п. 34 c) v)');
    expect(localPlace('para. 34 (c) (v)', 'ar')).toBe("الفقرة 34 (ج) '5'");
    expect(localPlace('para. 34 (c) (v)', 'zh')).toBe('第34(c)(五)段');
    expect(localPlace('para. 20 (b)', 'es')).toBe('párr. 20 b)');
    expect(localPlace('op. 7 (a)', 'ar')).toBe('الفقرة 7 (أ) من المنطوق');
    expect(localPlace('para. 34 (c) (v)', 'en')).toBe('para. 34 (c) (v)');
  });
});

// The places in sources other than the seeds (a page, a news story, a press release), in the
// words of each language and the dates as the page writes them (format.ts): "22 mai 2015",
// "22 de mayo de 2015", "22 мая 2015 г.", "22 أيار/مايو 2015", "2015年5月22日".
describe('localPlace: the places of other sources in the page’s language (issue 22)', () => {
  it('regression: a title, a page heading, numbered and unnumbered paragraphs, a story of a date', () => {
    expect(localPlace('title', 'fr')).toBe('titre');
    expect(localPlace('title', 'es')).toBe('título');
    expect(localPlace('title', 'ar')).toBe('العنوان');
    expect(localPlace('title', 'zh')).toBe('标题');
    expect(localPlace('page heading', 'ru')).toBe('заголовок страницы');
    expect(localPlace('page heading', 'es')).toBe('título de la página');
    expect(localPlace('1st and 2nd paragraphs', 'fr')).toBe('1er et 2e paragraphes');
    expect(localPlace('1st and 2nd paragraphs', 'es')).toBe('párrafos primero y segundo');
    expect(localPlace('1st and 2nd paragraphs', 'ru')).toBe('1-й и 2-й абзацы');
    expect(localPlace('1st and 2nd paragraphs', 'ar')).toBe('الفقرتان الأولى والثانية');
    expect(localPlace('1st and 2nd paragraphs', 'zh')).toBe('第一段和第二段');
    expect(localPlace('story of 22 May 2015', 'fr')).toBe('article du 22 mai 2015');
    expect(localPlace('story of 22 May 2015', 'es')).toBe('artículo del 22 de mayo de 2015');
    expect(localPlace('story of 22 May 2015', 'ru')).toBe('материал от 22 мая 2015\u00a0г.');
    expect(localPlace('story of 22 May 2015', 'ar')).toBe('مقال بتاريخ 22 أيار/\u2060مايو 2015');
    expect(localPlace('story of 22 May 2015', 'zh')).toBe('2015年5月22日的报道');
    expect(localPlace('news item of 26 April 2012, 2nd paragraph', 'fr')).toBe(
      'actualité du 26 avril 2012, 2e paragraphe',
    );
    expect(localPlace('paras. 25 and 26', 'es')).toBe('párrs. 25 y 26');
    expect(localPlace('annex, paras. 25 and 26', 'ru')).toBe('приложение, пп. 25 и 26');
    expect(localPlace('Article 51', 'zh')).toBe('第五十一条');
  });

  it('regression: "document symbol (issued 2014); cited in S/2017/1025, Annex II, para. 15"', () => {
    const place = 'document symbol (issued 2014); cited in S/2017/1025, Annex II, para. 15';
    expect(localPlace(place, 'fr')).toBe(
      'cote du document (publié en 2014)\u00a0; cité dans S/2017/1025, annexe II, par. 15',
    );
    expect(localPlace(place, 'es')).toBe(
      'signatura del documento (publicado en 2014); citado en S/2017/1025, anexo II, párr. 15',
    );
    expect(localPlace(place, 'ru')).toBe(
      'условное обозначение документа (издан в 2014\u00a0г.); цитируется в S/2017/1025, приложение II, п. 15',
    );
    expect(localPlace(place, 'ar')).toBe(
      'رمز الوثيقة (صدرت في 2014)؛ مذكورة في S/2017/1025، المرفق الثاني، الفقرة 15',
    );
    expect(localPlace(place, 'zh')).toBe('文号（2014年印发）；引于S/2017/1025，附件二，第15段');
    expect(localPlace(place, 'en')).toBe(place);
  });

  it('regression: no English locator word is left in the places every source note shows', () => {
    // Every place data/*.csv gives a source by (source_ref), but file and field names.
    const places = [
      'page text',
      '3rd paragraph',
      '4th paragraph',
      'media advisory of 14 October 2016',
      'asset 2062528',
      'news item of 26 April 2012, 1st paragraph',
      'news item on the Belize training course (25 February to 8 March 2013), 3rd paragraph',
      'section "The Register After Five Years"',
      'report as issued',
      'article text, 2nd paragraph',
      'summary page, 3rd paragraph',
      'text',
      'paragraph "So far, 173 States ..."',
      'summary of the fact sheet (embassy page, 5th paragraph)',
      'Somalia profile',
      'press release of 10 February 1999 (resolution 1227 (1999) adopted unanimously that afternoon)',
      'annex (International Tracing Instrument)',
      'chapter IV, para. 24 (Programme of Action)',
      'chapter IV, para. 24, section II, para. 6',
      'target',
      'indicator text; metadata updated 2023-03-31',
      'Annex I, abbreviations',
    ];
    // Words only English has among them (French and Spanish share "page", "section", "texte"…);
    // on Russian, Arabic and Chinese pages, no Latin word at all.
    const english =
      /\b(paragraphs?|heading|story|news|item|advisory|asset|issued|summary|fact|sheet|embassy|profile|press|release|adopted|annex|chapter|para|target|indicator|metadata|updated|abbreviations|and|of)\b/i;
    for (const locale of ['fr', 'es', 'ru', 'ar', 'zh'] as const) {
      for (const place of places) {
        // Quoted titles of English sources stay as published, and roman numbers as numbered.
        const written = localPlace(place, locale)
          .replace(/[«“"][^»”"]*[»”"]/gu, '')
          .replace(/\b[IVX]+\b/g, '');
        expect(written, `${locale}: ${place}`).not.toMatch(
          ['fr', 'es'].includes(locale) ? english : /[A-Za-z]{2,}/,
        );
      }
    }
  });
});
