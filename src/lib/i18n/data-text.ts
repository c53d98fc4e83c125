import { parseCsv } from '$lib/datapackage/csv';
import translationsCsv from '../../../data/translations.csv?raw';

/** A text of the data in the language it is given in: the reader's, or English as written. */
export type DataText = { text: string; lang: string };

/** The BCP 47 tag a page marks text in each language with (Chinese is written in Han script). */
const langTags: Record<string, string> = {
  en: 'en',
  zh: 'zh-Hans',
  ar: 'ar',
  fr: 'fr',
  ru: 'ru',
  es: 'es',
};

/** key → language → text, from data/translations.csv: the one place data text is translated. */
export function readTranslations(csv: string): Map<string, Map<string, string>> {
  if (csv.trim() === '') return new Map();
  const { header, records } = parseCsv(csv);
  const [key, lang, text] = ['key', 'lang', 'text'].map((name) => header.indexOf(name));
  const texts = new Map<string, Map<string, string>>();
  for (const { values } of records) {
    const byLang = texts.get(values[key]) ?? new Map<string, string>();
    byLang.set(values[lang], values[text]);
    texts.set(values[key], byLang);
  }
  return texts;
}

const translations = readTranslations(translationsCsv);

/** « … » with no-break spaces inside, as French typography sets them, so « never ends a line. */
function frenchSpacing(text: string): string {
  return text.replace(/«[ \u00a0\u202f]?/gu, '«\u00a0').replace(/[ \u00a0\u202f]?»/gu, '\u00a0»');
}

/**
 * The text of `key` in `locale`, or `english` (the data's own text) marked as English when
 * the file has none. Keys: dataset/<name>/title, dataset/<name>/description,
 * field/<name>/<field>, code/<table>.<column>/<value>.
 */
export function dataText(
  key: string,
  english: string,
  locale: string,
  from: Map<string, Map<string, string>> = translations,
): DataText {
  const text = locale === 'en' ? undefined : from.get(key)?.get(locale);
  return text === undefined
    ? { text: english, lang: langTags.en }
    : { text: locale === 'fr' ? frenchSpacing(text) : text, lang: langTags[locale] ?? locale };
}

/** A value of `table.column` as the page shows it: its translation, or the value as written. */
export function codeText(column: string, value: unknown, locale: string): DataText {
  const english = value === null || value === undefined ? '' : String(value);
  if (english === '') return { text: '', lang: langTags[locale] ?? locale };
  return dataText(`code/${column}/${english}`, english, locale);
}
