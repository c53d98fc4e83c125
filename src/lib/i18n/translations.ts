// Relative imports: the Vite plugin in translations.server.ts runs before SvelteKit's aliases exist.
import { parseCsv } from '../datapackage/csv.ts';

/** key → language → text, from data/translations.csv: the one place data text is translated. */
export type Translations = Map<string, Map<string, string>>;

/** data/translations.csv read into key → language → text. */
export function readTranslations(csv: string): Translations {
  if (csv.trim() === '') return new Map();
  const { header, records } = parseCsv(csv);
  const [key, lang, text] = ['key', 'lang', 'text'].map((name) => header.indexOf(name));
  const texts: Translations = new Map();
  for (const { values } of records) {
    const byLang = texts.get(values[key]) ?? new Map<string, string>();
    byLang.set(values[lang], values[text]);
    texts.set(values[key], byLang);
  }
  return texts;
}

/** The texts of one language: key → text (what a page in that language loads, and no more). */
export function textsIn(translations: Translations, locale: string): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const [key, byLang] of translations) {
    const text = byLang.get(locale);
    if (text !== undefined) texts[key] = text;
  }
  return texts;
}
