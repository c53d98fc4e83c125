import type { Row } from '$lib/db/rows';
import { codeText } from '$lib/i18n/data-text';
import { localName } from '$lib/i18n/names';
import { getLocale, type Locale } from '$lib/paraglide/runtime.js';

/**
 * `eventName` as a table cell or a heading: the name in the page's language, or the English
 * name, marked as English, where the page's language has none. On a Chinese page: the name
 * written for this site (`label_zh`, written only where the seed prints no name or one another
 * event shares, like a bare 政府专家组), else the name the seed prints (`name_zh`); in Arabic,
 * French, Russian and Spanish the name data/translations.csv gives
 * (`code/events.name_en/<English>`).
 */
export function eventCell(row: Row, locale: string = getLocale()): { text: string; lang?: string } {
  if (locale === 'zh') {
    const written = typeof row.label_zh === 'string' && row.label_zh.trim() !== '';
    const zh = written ? row.label_zh : row.name_zh;
    const text = localName({ name_en: row.name_en, name_zh: zh }, 'name', 'zh');
    const inChinese = typeof zh === 'string' && zh.trim() !== '';
    return { text, lang: inChinese || text === '' ? undefined : 'en' };
  }
  const given = codeText('events.name_en', row.name_en, locale);
  return { text: given.text, lang: locale === 'en' || given.lang !== 'en' ? undefined : 'en' };
}

/** An event's name in the page's language (see `eventCell`); on an English page `name_en`. */
export function eventName(row: Row, locale: Locale = getLocale()): string {
  return eventCell(row, locale).text;
}
