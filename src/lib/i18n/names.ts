import { getLocale, type Locale } from '$lib/paraglide/runtime.js';
import { codeText } from './data-text';

/** The row's `<base>_<locale>` when it holds text, else undefined. */
function translated(row: Record<string, unknown>, base: string, locale: string) {
  if (locale === 'en') return undefined;
  const text = row[`${base}_${locale}`];
  return typeof text === 'string' && text.trim() !== '' ? text : undefined;
}

/**
 * A table cell of `localName`: the text in the page's language where the row has one, else
 * the English text marked as English, so a screen reader reads it in an English voice.
 */
export function localCell(base: string) {
  return (row: Record<string, unknown>, locale: string): { text: string; lang?: string } => {
    const text = localName(row, base, locale as Locale);
    const inLocale = translated(row, base, locale) !== undefined;
    return { text, lang: inLocale || locale === 'en' || text === '' ? undefined : 'en' };
  };
}

/**
 * A data name in the page's language: the row's `<base>_<locale>` (`name_zh`, `name_fr`…)
 * where the data has one, otherwise (and on an English page) its `<base>_en`, or `<base>`
 * itself for columns named without a suffix (`group_name` with `group_name_zh`). Empty when
 * the row has neither.
 */
export function localName(
  row: Record<string, unknown>,
  base: string,
  locale: Locale = getLocale(),
): string {
  const text = translated(row, base, locale);
  if (text !== undefined) return text;
  const en = `${base}_en` in row ? row[`${base}_en`] : row[base];
  return en === null || en === undefined ? '' : String(en);
}

/**
 * `localCell` for a table whose rows carry only English and Chinese (`label_en`, `label_zh`):
 * in the other languages the text is data/translations.csv's `code/<table>.<base>_en/<English>`,
 * else the English, marked as English.
 */
export function translatedCell(table: string, base: string) {
  const own = localCell(base);
  return (row: Record<string, unknown>, locale: string): { text: string; lang?: string } => {
    const cell = own(row, locale);
    if (cell.lang !== 'en') return cell;
    const given = codeText(`${table}.${base}_en`, row[`${base}_en`], locale);
    return given.lang === 'en' ? cell : { text: given.text };
  };
}
