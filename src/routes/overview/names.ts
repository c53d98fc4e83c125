import type { Row } from '$lib/db/rows';
import { localName } from '$lib/i18n/names';
import { getLocale, type Locale } from '$lib/paraglide/runtime.js';

/**
 * An event's name in the page's language. On a Chinese page: the name written for this site
 * (`label_zh`, written only where the seed prints no name or one another event shares, like a
 * bare 政府专家组), else the name the seed prints (`name_zh`), else `name_en`; on an English
 * page `name_en`.
 */
export function eventName(row: Row, locale: Locale = getLocale()): string {
  const written = typeof row.label_zh === 'string' && row.label_zh.trim() !== '';
  const zh = written ? row.label_zh : row.name_zh;
  return localName({ name_en: row.name_en, name_zh: zh }, 'name', locale);
}

/**
 * `eventName` as a table cell or a heading: the English name, where the page's language has
 * none (Arabic, French, Russian, Spanish: the data names events in English and Chinese only),
 * marked as English.
 */
export function eventCell(row: Row, locale: string = getLocale()): { text: string; lang?: string } {
  const text = eventName(row, locale as Locale);
  return { text, lang: locale === 'en' || locale === 'zh' || text === '' ? undefined : 'en' };
}
