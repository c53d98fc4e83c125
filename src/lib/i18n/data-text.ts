import type { Translations } from './translations';

export { readTranslations } from './translations';

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

/**
 * Each language's texts of data/translations.csv, the one place data text is translated: a
 * module of its own (translations.server.ts), so a page loads its own language's only.
 */
const modules: Record<string, () => Promise<{ default: Record<string, string> }>> = {
  zh: () => import('virtual:translations/zh'),
  ar: () => import('virtual:translations/ar'),
  fr: () => import('virtual:translations/fr'),
  ru: () => import('virtual:translations/ru'),
  es: () => import('virtual:translations/es'),
};

const loaded = new Map<string, Map<string, string>>([['en', new Map()]]);

/** Loads the data texts of `locale` (the page's language: see i18n/language.ts). */
export async function loadDataTexts(locale: string): Promise<void> {
  if (loaded.has(locale)) return;
  const load = modules[locale];
  if (!load) throw new Error(`No data texts for the language ${locale}`);
  loaded.set(locale, new Map(Object.entries((await load()).default)));
}

// The server renders every language: it has them all from the start.
if (import.meta.env.SSR) await Promise.all(Object.keys(modules).map(loadDataTexts));

function textsOf(locale: string): Map<string, string> {
  const texts = loaded.get(locale);
  if (!texts) throw new Error(`The data texts of ${locale} are not loaded (loadLanguage first)`);
  return texts;
}

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
  from?: Translations,
): DataText {
  const text =
    locale === 'en' ? undefined : from ? from.get(key)?.get(locale) : textsOf(locale).get(key);
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
