import type { Row } from '$lib/db/rows';
import { localName } from '$lib/i18n/names';
import { getLocale, type Locale } from '$lib/paraglide/runtime.js';

/**
 * An event's name in the page's language. On a Chinese page: the name the seed prints
 * (`name_zh`), else the one written for this site (`label_zh`), else `name_en`; on an English
 * page `name_en`.
 */
export function eventName(row: Row, locale: Locale = getLocale()): string {
  const zh =
    typeof row.name_zh === 'string' && row.name_zh.trim() !== '' ? row.name_zh : row.label_zh;
  return localName({ name_en: row.name_en, name_zh: zh }, 'name', locale);
}
