import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/datapackage/csv';
import { codeText, readTranslations } from '$lib/i18n/data-text';
import { localCell, localName, translatedCell } from '$lib/i18n/names';

describe('localName', () => {
  const row = { name_en: 'Central African Republic', name_zh: '中非共和国' };

  it('gives the Chinese name on a Chinese page and the English one on an English page', () => {
    expect(localName(row, 'name', 'zh')).toBe('中非共和国');
    expect(localName(row, 'name', 'en')).toBe('Central African Republic');
  });

  it('falls back to English where the row has no Chinese name', () => {
    expect(localName({ name_en: 'Darfur', name_zh: null }, 'name', 'zh')).toBe('Darfur');
    expect(localName({ name_en: 'Darfur', name_zh: ' ' }, 'name', 'zh')).toBe('Darfur');
    expect(localName({ name_en: 'Darfur' }, 'name', 'zh')).toBe('Darfur');
  });

  it('reads a column named without the _en suffix', () => {
    const group = { group_name: 'African States', group_name_zh: '非洲国家组' };
    expect(localName(group, 'group_name', 'en')).toBe('African States');
    expect(localName(group, 'group_name', 'zh')).toBe('非洲国家组');
  });

  it('is empty when the row has neither', () => {
    expect(localName({}, 'name', 'zh')).toBe('');
  });
});

describe('localCell(base): a table cell in the page’s language, or English marked as such', () => {
  const row = {
    title_en: 'UN Charter',
    title_zh: '联合国宪章',
    theme_en: 'Tracing',
    theme_zh: null,
  };

  it('gives the Chinese text on Chinese pages, in the page’s language', () => {
    expect(localCell('title')(row, 'zh')).toEqual({ text: '联合国宪章', lang: undefined });
  });

  it('marks the English text shown on a Chinese page for want of Chinese', () => {
    expect(localCell('theme')(row, 'zh')).toEqual({ text: 'Tracing', lang: 'en' });
  });

  it('leaves English pages as they are', () => {
    expect(localCell('title')(row, 'en')).toEqual({ text: 'UN Charter', lang: undefined });
  });
});

describe('localName and localCell in the other UN languages', () => {
  // As countries.csv gives COD (from the M49 downloads); Darfur has no M49 name.
  const country = {
    name_en: 'Democratic Republic of the Congo',
    name_zh: '刚果民主共和国',
    name_fr: 'République démocratique du Congo',
    name_es: 'República Democrática del Congo',
    name_ru: 'Демократическая Республика Конго',
    name_ar: 'جمهورية الكونغو الديمقراطية',
  };

  it('picks <base>_<locale> for any locale', () => {
    expect(localName(country, 'name', 'fr')).toBe('République démocratique du Congo');
    expect(localName(country, 'name', 'es')).toBe('República Democrática del Congo');
    expect(localName(country, 'name', 'ru')).toBe('Демократическая Республика Конго');
    expect(localName(country, 'name', 'ar')).toBe('جمهورية الكونغو الديمقراطية');
    expect(localCell('name')(country, 'ar')).toEqual({ text: country.name_ar, lang: undefined });
  });

  it('falls back to English marked lang="en" where the row has no name in the language', () => {
    const area = { host_en: 'Darfur', host_zh: '达尔富尔', host_fr: null };
    expect(localName(area, 'host', 'fr')).toBe('Darfur');
    expect(localCell('host')(area, 'fr')).toEqual({ text: 'Darfur', lang: 'en' });
    expect(localCell('host')(area, 'ru')).toEqual({ text: 'Darfur', lang: 'en' });
  });
});

describe('translatedCell(table, base)', () => {
  const figure = {
    label_en: 'Operative paragraphs of resolution 2117 (2013)',
    label_zh: '第2117(2013)号决议的执行段落',
  };
  const label = translatedCell('key_figures', 'label');

  it('gives the row’s own Chinese column on a Chinese page, the English on an English page', () => {
    expect(label(figure, 'zh')).toEqual({ text: figure.label_zh });
    expect(label(figure, 'en')).toEqual({ text: figure.label_en });
  });

  it('gives data/translations.csv’s text in the languages the row has no column for', () => {
    expect(label(figure, 'fr')).toEqual({
      text: 'Paragraphes du dispositif de la résolution 2117 (2013)',
    });
    expect(label(figure, 'ar')).toEqual({ text: 'فقرات منطوق القرار 2117 (2013)' });
  });

  it('marks the English as English where neither has a text', () => {
    expect(label({ label_en: 'Not in the data', label_zh: null }, 'ru')).toEqual({
      text: 'Not in the data',
      lang: 'en',
    });
  });
});

// The mission detail's tasks and the Register caveats have no Chinese column: the Chinese pages
// show data/translations.csv's zh text, as the other languages' pages show theirs (issue 22).
describe('the Chinese of a mission task detail and of a Register caveat', () => {
  const texts = readTranslations(readFileSync('data/translations.csv', 'utf8'));
  /** The rows of a CSV of data/ as objects, column name → value. */
  const table = (file: string) => {
    const { header, records } = parseCsv(readFileSync(file, 'utf8'));
    return records.map(({ values }) =>
      Object.fromEntries(header.map((name, index) => [name, values[index]])),
    );
  };
  const distinct = (values: string[]) => [...new Set(values)].filter((each) => each !== '');
  const zh = (key: string) => texts.get(key)?.get('zh');

  it("translatedCell('mission_tasks', 'detail') gives each detail in Chinese on a Chinese page, not marked English", () => {
    const details = distinct(table('data/mission_tasks.csv').map((row) => row.detail_en));
    expect(details.length).toBeGreaterThan(15);
    const key = (detail: string) => `code/mission_tasks.detail_en/${detail}`;
    expect(details.filter((detail) => zh(key(detail)) === undefined)).toEqual([]);
    const cell = translatedCell('mission_tasks', 'detail');
    expect(details.map((detail) => cell({ detail_en: detail }, 'zh'))).toEqual(
      details.map((detail) => ({ text: zh(key(detail)) })),
    );
  });

  it("codeText('register_participation.note') gives each caveat in Chinese on a Chinese page", () => {
    // The counts the page's participation table shows: states reporting, by year of transfers.
    const notes = distinct(
      table('data/register_participation.csv')
        .filter((row) => row.measure === 'states_reporting' && row.data_year !== '')
        .map((row) => row.note),
    );
    expect(notes.length).toBeGreaterThan(15);
    for (const note of notes) {
      const key = `code/register_participation.note/${note}`;
      expect(zh(key), key).toBeDefined();
      expect(codeText('register_participation.note', note, 'zh')).toEqual({
        text: zh(key),
        lang: 'zh-Hans',
      });
    }
  });
});
