import { getLocale, type Locale } from '$lib/paraglide/runtime.js';

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
