import { getLocale, type Locale } from '$lib/paraglide/runtime.js';

/**
 * A data name in the page's language: on a Chinese page the row's `<base>_zh` where the data
 * has one, otherwise (and on an English page) its `<base>_en`, or `<base>` itself for columns
 * named without a suffix (`group_name` with `group_name_zh`). Empty when the row has neither.
 */
/**
 * A table cell of `localName`: the Chinese text on Chinese pages where the row has one, else
 * the English text marked as English, so a screen reader reads it in an English voice.
 */
export function localCell(base: string) {
  return (row: Record<string, unknown>, locale: string): { text: string; lang?: string } => {
    const text = localName(row, base, locale as Locale);
    const zh = row[`${base}_zh`];
    const translated = locale === 'zh' && typeof zh === 'string' && zh.trim() !== '';
    return { text, lang: translated || locale === 'en' || text === '' ? undefined : 'en' };
  };
}

export function localName(
  row: Record<string, unknown>,
  base: string,
  locale: Locale = getLocale(),
): string {
  const zh = row[`${base}_zh`];
  if (locale === 'zh' && typeof zh === 'string' && zh.trim() !== '') return zh;
  const en = `${base}_en` in row ? row[`${base}_en`] : row[base];
  return en === null || en === undefined ? '' : String(en);
}
