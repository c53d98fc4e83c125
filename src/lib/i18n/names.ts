import { getLocale, type Locale } from '$lib/paraglide/runtime.js';

/**
 * A data name in the page's language: on a Chinese page the row's `<base>_zh` where the data
 * has one, otherwise (and on an English page) its `<base>_en`, or `<base>` itself for columns
 * named without a suffix (`group_name` with `group_name_zh`). Empty when the row has neither.
 */
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
