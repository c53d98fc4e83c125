import { getLocale, type Locale } from '$lib/paraglide/runtime.js';

/**
 * The Intl locale of each page language, and the number formats and plural rules that both
 * format.ts and the messages' plurals (plural.ts) use; kept apart from format.ts, which calls
 * `t()`, so that `t()` can format a count without an import cycle.
 */
export const intlLocale: Record<Locale, string> = {
  en: 'en-GB',
  zh: 'zh-Hans-CN',
  // Arabic numbers follow one convention, CLDR's Arabic with Latin digits (0-9) as UN Arabic
  // documents print them: "," groups thousands, "." marks decimals, "%" (with its left-to-right
  // marks) follows a share in charts and tables; running text writes "في المائة" as the UN
  // does (`figure.percent`). Every number goes through numberFormat here, never through
  // toLocaleString() or a hand-built string, whose reader's default locale may write
  // Arabic-Indic digits, "٬" and "٪".
  ar: 'ar-u-nu-latn',
  fr: 'fr-FR',
  ru: 'ru-RU',
  es: 'es-ES',
};

export type NumberFormat = Pick<Intl.NumberFormat, 'format' | 'formatRange'>;

const cache = new Map<string, NumberFormat>();

/**
 * UN Chinese documents group digits by thousands with a space, from four digits: "3 500 件…武器",
 * "60 000 多发弹药" (A/67/…, para. 28), where Intl's Chinese writes "3,500". The space is a
 * no-break one, so a number never splits across lines.
 */
function spaceGrouped(format: Intl.NumberFormat): NumberFormat {
  const space = (text: string) => text.replace(/(?<=\d),(?=\d{3})/gu, '\u00a0');
  return {
    format: (value) => space(format.format(value)),
    formatRange: (start, end) => space(format.formatRange(start, end)),
  };
}

/** A cached number format of `locale` (Chinese grouped by spaces). */
export function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): NumberFormat {
  const key = `n${locale}${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    // UN Spanish groups four-digit numbers too ("3.500 armas"), where Intl's Spanish writes 3500.
    const grouping: Intl.NumberFormatOptions = locale === 'es' ? { useGrouping: 'always' } : {};
    const intl = new Intl.NumberFormat(intlLocale[locale], { ...grouping, ...options });
    format = locale === 'zh' ? spaceGrouped(intl) : intl;
    cache.set(key, format);
  }
  return format;
}

/** 60000 -> "60,000" / "60 000". */
export function formatInteger(value: number, locale: Locale = getLocale()): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

const pluralCache = new Map<Locale, Intl.PluralRules>();

/**
 * The plural category of `count` in the page's language, as Intl.PluralRules gives it: "one"
 * and "other" in English; "one", "few", "many" and "other" in Russian; six in Arabic ("zero",
 * "one", "two", "few", "many", "other"); "other" only in Chinese.
 */
export function pluralCategory(count: number, locale: Locale = getLocale()): Intl.LDMLPluralRule {
  let rules = pluralCache.get(locale);
  if (!rules) pluralCache.set(locale, (rules = new Intl.PluralRules(intlLocale[locale])));
  return rules.select(count);
}

const collators = new Map<Locale, Intl.Collator>();

/**
 * How `locale` orders words: its alphabet (Russian Е before К, French É with E), Chinese by
 * pinyin, as ICU's default Chinese collation does and Chinese dictionaries order.
 */
export function collator(locale: Locale = getLocale()): Intl.Collator {
  let collation = collators.get(locale);
  if (!collation) collators.set(locale, (collation = new Intl.Collator(intlLocale[locale])));
  return collation;
}

/**
 * How `locale` orders names in an index: by its collator, and in Arabic without the article
 * of the first word, as Arabic indexes and the UN's Arabic lists of Member States order them
 * (الجزائر under ج, اليمن under ي, not every "ال…" under ا).
 */
export function compareNames(a: string, b: string, locale: Locale = getLocale()): number {
  if (locale !== 'ar') return collator(locale).compare(a, b);
  const key = (name: string) => name.trim().replace(/^ال(?=\p{Script=Arabic})/u, '');
  return collator(locale).compare(key(a), key(b)) || collator(locale).compare(a, b);
}

/**
 * `text` as a search compares it, so a reader finds a name as a keyboard types it: in lower
 * case, without accents or other combining marks ("cote d'ivoire" finds Côte d’Ivoire, "mexico"
 * México), every apostrophe the straight one (Кот-д’Ивуар finds Кот-д'Ивуар), and Arabic folded
 * as Lucene's ArabicNormalizer folds it: the hamza and madda on an alef dropped (NFD gives them
 * as marks), the harakat and shadda and the tatweel removed, ى read as ي and ة as ه (الامارات
 * finds الإمارات).
 */
export function searchKey(text: string, locale: Locale = getLocale()): string {
  return text
    .normalize('NFD')
    .replace(/[\p{M}\u0640]/gu, '')
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/gu, "'")
    .replace(/\u0649/gu, '\u064a')
    .replace(/\u0629/gu, '\u0647')
    .toLocaleLowerCase(locale)
    .trim();
}

/**
 * The quotation marks of `locale` around a passage quoted in another language (a seed's
 * Chinese): “…” in English, Chinese and Spanish (as UN Spanish texts quote: the UN Nairobi
 * Spanish unit's style rules, dcs.unon.org/node/60, write “session” and “agenda”), «…» in
 * Arabic and Russian, and « … » with no-break spaces in French.
 */
const quotationMarks: Record<Locale, readonly [string, string]> = {
  en: ['“', '”'],
  zh: ['“', '”'],
  ar: ['«', '»'],
  fr: ['«\u00a0', '\u00a0»'],
  ru: ['«', '»'],
  es: ['“', '”'],
};

export function quoteMarks(locale: Locale = getLocale()): readonly [string, string] {
  return quotationMarks[locale];
}
