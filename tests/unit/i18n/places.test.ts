import { describe, expect, it } from 'vitest';
import { headed, labelled, localPlace, semicolonList, withNote } from '$lib/i18n/places';

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
    expect(localPlace('news item of 26 April 2012, 2nd paragraph', 'zh')).toBe(
      'news item of 26 April 2012, 2nd paragraph',
    );
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
    for (const locale of ['fr', 'es', 'ru', 'ar'] as const) {
      expect(localPlace('news item of 26 April 2012, 2nd paragraph', locale)).toBe(
        'news item of 26 April 2012, 2nd paragraph',
      );
    }
  });

  it('regression: a sub-sub-paragraph in Chinese as the documents quote it (第34(c)(五)段, not 第34 (c) (v)段)', () => {
    // S/2017/1025 quotes S/RES/2301 (2016) as "第 34(c)(五)段" (citations.csv, source_quote_zh).
    expect(localPlace('para. 34 (c) (v)', 'zh')).toBe('第34(c)(五)段');
    expect(localPlace('op. 7 (a)', 'zh')).toBe('执行部分第7(a)段');
    expect(localPlace('para. 4 (ii)', 'zh')).toBe('第4(二)段');
    expect(localPlace('para. 34 (c) (v)', 'fr')).toBe('par. 34 (c) (v)');
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
    expect(semicolonList(['a', 'b'], 'fr')).toBe('a\u202f; b');
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
