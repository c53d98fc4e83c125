import { getLocale } from '$lib/paraglide/runtime.js';
import { intlLocale, numberFormat, formatInteger, pluralCategory } from './intl';
import { en, hasMessage, t, type Locale, type MessageKey } from './messages';
import { parsePlurals } from './plural';

export { formatInteger, pluralCategory } from './intl';

/**
 * Numbers and dates in the page's language (each function takes `locale`, by default the
 * page's). English writes dates day first ("26 September 2013"), as UN documents do; Chinese
 * as "2013年9月26日" and large sums in 万/亿 ("60亿美元").
 */
const cache = new Map<string, Intl.DateTimeFormat>();

function dateFormat(
  locale: Locale,
  options: Intl.DateTimeFormatOptions,
  utc = true,
): Intl.DateTimeFormat {
  // A date without a time is a calendar day, the same everywhere (UTC); a moment is shown in
  // the reader's time zone.
  const key = `d${locale}${utc}${JSON.stringify(options)}`;
  let format = cache.get(key);
  if (!format) {
    const zone = utc ? { timeZone: 'UTC' } : {};
    format = new Intl.DateTimeFormat(intlLocale[locale], { ...options, ...zone });
    cache.set(key, format);
  }
  return format as Intl.DateTimeFormat;
}

/** 0.933 -> "93%". */
export function formatPercent(share: number, locale: Locale = getLocale()): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits: 0 }).format(share);
}

/** Any number a user's data holds: 1234.5678 -> "1,234.568". */
export function formatNumber(value: number, locale: Locale = getLocale()): string {
  return numberFormat(locale, { maximumFractionDigits: 3 }).format(value);
}

/** A file or table size: 45_000_000 -> "42.9 MB" / «42,9 МБ». */
export function formatBytes(bytes: number, locale: Locale = getLocale()): string {
  // Russian writes the units in Cyrillic, held to the number as «%» is.
  const units = locale === 'ru' ? ['Б', 'КБ', 'МБ', 'ГБ'] : ['B', 'KB', 'MB', 'GB'];
  const space = locale === 'ru' ? '\u00a0' : ' ';
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  const digits = unit === 0 ? 0 : 1;
  // Arabic names the unit in Arabic, as Intl (CLDR) writes it in full: "226 بايت", "42.9
  // ميغابايت"; a Latin "B" or "MB" read as a stray English letter in the sentence.
  if (locale === 'ar')
    return numberFormat(locale, {
      style: 'unit',
      unit: ['byte', 'kilobyte', 'megabyte', 'gigabyte'][unit],
      unitDisplay: 'long',
      maximumFractionDigits: digits,
    }).format(size);
  return `${numberFormat(locale, { maximumFractionDigits: digits }).format(size)}${space}${units[unit]}`;
}

/** From this size a sum is written in words: billions in English, 亿 (10^8) in Chinese. */
const compactFrom: Record<Locale, number> = {
  en: 1e9,
  zh: 1e8,
  ar: 1e9,
  fr: 1e9,
  ru: 1e9,
  es: 1e9,
};

/**
 * 10^9 in words as UN Arabic counts it, بليون ("60 بليون دولار", un.org/ar/annualreport2024), the
 * noun agreeing with its count: 3-10 take the plural, "6 بلايين دولار".
 */
function arabicBillions(billions: number, locale: Locale): string {
  const count = numberFormat(locale, { maximumFractionDigits: 1 }).format(billions);
  const category = Number.isInteger(billions) ? pluralCategory(billions, locale) : 'other';
  if (category === 'one') return 'بليون';
  if (category === 'two') return 'بليونا';
  return `${count} ${category === 'few' ? 'بلايين' : 'بليون'}`;
}

/**
 * A sum of US dollars: 6e9 -> "US$6 billion" / "60亿美元" / "6.000 millones de dólares…" /
 * "6 بلايين دولار…"; 250000 -> "US$250,000".
 */
export function formatUsd(value: number, locale: Locale = getLocale()): string {
  const compact = Math.abs(value) >= compactFrom[locale];
  const amount = !compact
    ? formatInteger(value, locale)
    : locale === 'es'
      ? // UN Spanish counts a sum past a thousand million in millions: "6.000 millones".
        `${numberFormat(locale, { maximumFractionDigits: 1 }).format(value / 1e6)} millones`
      : locale === 'ar'
        ? arabicBillions(value / 1e9, locale)
        : numberFormat(locale, {
            notation: 'compact',
            compactDisplay: 'long',
            maximumFractionDigits: 1,
          }).format(value);
  // Chinese writes the number against its unit, "60亿美元", as Intl gives it (the UN's Chinese
  // web pages join numeral and word: "逾170个国家"). French and Spanish join a sum in words to
  // its unit with "de": "6 milliards de dollars".
  const joined = compact && (locale === 'fr' || locale === 'es') ? `${amount} de` : amount;
  return t('figure.usd', { value: joined }, locale);
}

/**
 * A figure with its unit: 6e9 USD -> "US$6 billion", 38 percent -> "38%", 9 states -> "9 states"
 * / "9 государств" / "9 دول". A counted unit is a plural message (`unit.states`), so the noun
 * agrees with the count as the language writes it; any other unit (an ordinal "report", or one
 * without a message) follows the number as written.
 */
export function formatValue(
  value: number,
  unit: string | null,
  locale: Locale = getLocale(),
): string {
  if (unit === 'USD') return formatUsd(value, locale);
  if (unit === 'percent')
    return t('figure.percent', { value: formatInteger(value, locale) }, locale);
  if (unit === 'year') return String(value);
  if (!unit) return formatInteger(value, locale);
  const key = `unit.${unit}`;
  if (hasMessage(key) && parsePlurals(en[key]).length > 0) return t(key, { count: value }, locale);
  return t(
    'figure.withUnit',
    { value: formatInteger(value, locale), unit: hasMessage(key) ? t(key, {}, locale) : unit },
    locale,
  );
}

/** A figure as the document qualifies it: "at least US$6 billion" / "至少60亿美元", "nearly 50%". */
export function formatQualified(
  value: number,
  unit: string | null,
  qualifier: string | null,
  locale: Locale = getLocale(),
): string {
  const text = formatValue(value, unit, locale);
  const key = `qualifier.${qualifier ?? 'exactly'}`;
  return hasMessage(key) ? t(key, { value: text }, locale) : text;
}

/**
 * A date as the documents give it, to the day, month or year: "2013-09-26" -> "26 September
 * 2013" / "2013年9月26日", "2013-09" -> "September 2013" / "2013年9月", "2013" -> "2013" /
 * "2013年". Anything else is returned as it is.
 */
export function formatDate(date: string, locale: Locale = getLocale()): string {
  const parts = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date.trim());
  if (!parts) return date;
  const [, year, month, day] = parts;
  const time = Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1));
  const options: Intl.DateTimeFormatOptions = day
    ? { year: 'numeric', month: 'long', day: 'numeric' }
    : month
      ? { year: 'numeric', month: 'long' }
      : { year: 'numeric' };
  // A year stays bare ("2013") except in Chinese, which writes "2013年" (Russian's "2013 г." is
  // not how a year reads in a table).
  if (!month && locale !== 'zh') return year;
  return formatted(dateFormat(locale, options), time, locale);
}

/**
 * The months as UN Arabic documents name them, each by its Syriac and its Latin name
 * ("26 أيلول/سبتمبر 2013", with يونيه and يوليه): so the Arabic texts of S/RES/2117 (2013) and
 * S/RES/2118 (2013) date the statements they recall. Intl writes the Latin name alone.
 */
const unArabicMonths = [
  'كانون الثاني/يناير',
  'شباط/فبراير',
  'آذار/مارس',
  'نيسان/أبريل',
  'أيار/مايو',
  'حزيران/يونيه',
  'تموز/يوليه',
  'آب/أغسطس',
  'أيلول/سبتمبر',
  'تشرين الأول/أكتوبر',
  'تشرين الثاني/نوفمبر',
  'كانون الأول/ديسمبر',
];

/** Intl's Arabic month name → the UN's. */
let arabicMonths: Map<string, string> | undefined;
function unArabicMonth(intlName: string): string {
  arabicMonths ??= new Map(
    unArabicMonths.map((name, index) => [
      new Intl.DateTimeFormat(intlLocale.ar, { month: 'long', timeZone: 'UTC' }).format(
        Date.UTC(2000, index, 15),
      ),
      name,
    ]),
  );
  const name = arabicMonths.get(intlName);
  return name === undefined ? intlName : unbroken(name);
}

/**
 * An Arabic month pair or a range as one unbreakable word: a no-break space inside "كانون
 * الثاني" and a word joiner (U+2060) after the pair's slash or around a range's dash, where a
 * line may otherwise break ("أيلول/" at the end of one line, "سبتمبر" at the start of the next;
 * "2001–" and "2002").
 */
export function unbroken(text: string): string {
  return text
    .replaceAll(' ', '\u00a0')
    .replace(/(?<=\S)([/–])(?=\S)/gu, (mark) => (mark === '/' ? '/\u2060' : '\u2060–\u2060'));
}

/**
 * `time` by `format`; in French the first of a month as the ordinal French writes it, « 1er
 * juillet 2010 » (Intl writes « 1 juillet 2010 »); in Arabic the month as the UN names it.
 */
function formatted(format: Intl.DateTimeFormat, time: number | Date, locale: Locale): string {
  // «2012 г.» never breaks before «г.» (Intl writes an ordinary space), as «год» does not.
  if (locale === 'ru') return format.format(time).replace(/ (?=г\.)/gu, '\u00a0');
  if (locale !== 'fr' && locale !== 'ar') return format.format(time);
  return format
    .formatToParts(time)
    .map((part) =>
      locale === 'fr' && part.type === 'day' && Number(part.value) === 1
        ? '1er'
        : locale === 'ar' && part.type === 'month'
          ? unArabicMonth(part.value)
          : part.value,
    )
    .join('');
}

/** A moment in the reader's time zone: "26 September 2013 at 14:05" / "2013年9月26日 14:05". */
export function formatDateTime(moment: string | Date, locale: Locale = getLocale()): string {
  const time = new Date(moment);
  if (Number.isNaN(time.getTime())) return String(moment);
  return formatted(
    dateFormat(locale, { dateStyle: 'long', timeStyle: 'short' }, false),
    time,
    locale,
  );
}

/** A date with a month ("2013-09" or "2013-09-26") without its year: "8 mars", "август". */
function withoutYear(date: string, locale: Locale): string {
  const [year, month, day] = date.split('-').map(Number);
  const options: Intl.DateTimeFormatOptions = day
    ? { month: 'long', day: 'numeric' }
    : { month: 'long' };
  return formatted(dateFormat(locale, options), Date.UTC(year, month - 1, day || 1), locale);
}

/**
 * Whether two dates with a month, both to the day or both to the month, fall in one year and
 * differ: a range that writes its year once.
 */
function oneYear(start: string, end: string): boolean {
  const precision = (date: string) =>
    /^\d{4}-\d{2}-\d{2}$/.test(date) ? 'day' : /^\d{4}-\d{2}$/.test(date) ? 'month' : null;
  return (
    start !== end &&
    precision(start) !== null &&
    precision(start) === precision(end) &&
    start.slice(0, 4) === end.slice(0, 4)
  );
}

/**
 * A date as a sentence names it: Russian follows a bare year with «г.» (Intl writes a bare year
 * without it), «по состоянию на 2017 г.», «август 2011 г. — июль 2012 г.»; other languages as
 * formatted.
 */
function dateInSentence(date: string, formatted: string, locale: Locale): string {
  return locale === 'ru' && /^\d{4}$/.test(date.trim()) ? `${formatted}\u00a0г.` : formatted;
}

/**
 * A range of dates with a month or a day, in the words each language joins them with; undefined
 * where the `figure.period` dash does (English, two bare years). Russian sets a spaced em dash
 * between dates that hold spaces, «август 2011 г. — июль 2012 г.», a bare year taking «г.»
 * beside them; Spanish, French and Arabic write from … to …, a range of days in one month with
 * the month once, as the Programme of Action (A/CONF.192/15) dates its conference: «del 9 al 20
 * de julio de 2001», « du 9 au 20 juillet 2001 », "من 9 إلى 20 تموز/يوليه 2001". A range within
 * one year writes the year once: "2013年2月25日至3月8日" (Chinese writes it first, and within one
 * month the month once too, "2001年7月9日至20日"), « du 25 février au 8 mars 2013 ».
 */
function periodInWords(start: string, end: string, locale: Locale): string | undefined {
  const bare = (date: string) => /^\d{4}$/.test(date);
  if (locale === 'en' || (bare(start) && bare(end))) return undefined;
  const from = formatDate(start, locale);
  const to = formatDate(end, locale);
  const day = (date: string) => /^\d{4}-\d{2}-(\d{2})$/.exec(date)?.[1];
  const oneMonth =
    day(start) !== undefined && day(end) !== undefined && start.slice(0, 7) === end.slice(0, 7);
  const sameYear = oneYear(start, end);
  if (locale === 'zh') {
    if (!sameYear) return undefined;
    // The end without what the start already says: its year, and in one month its month.
    const said = oneMonth
      ? `${Number(start.slice(0, 4))}年${Number(start.slice(5, 7))}月`
      : `${Number(start.slice(0, 4))}年`;
    return t(
      'figure.period',
      { start: from, end: to.startsWith(said) ? to.slice(said.length) : to },
      locale,
    );
  }
  const first = oneMonth
    ? String(Number(day(start)))
    : sameYear
      ? withoutYear(start, locale)
      : from;
  switch (locale) {
    case 'ru':
      if (oneMonth) return `${first}–${to}`;
      if (sameYear) return `${first}\u00a0— ${to}`;
      return `${dateInSentence(start, from, locale)}\u00a0— ${dateInSentence(end, to, locale)}`;
    case 'es':
      return day(start) ? `del ${first} al ${to}` : `de ${first} a ${to}`;
    case 'fr':
      if (day(start)) return `du ${first === '1' ? '1er' : first} au ${to}`;
      return `${first}\u00a0– ${to}`;
    case 'ar':
      return `من ${first} إلى ${to}`;
  }
  return undefined;
}

/**
 * A period from partial dates: "2010–2015", "2014", "since 2004", "as of 2017"; in Chinese
 * "2010-2015年", "2011年8月至2012年7月", "自2004年起"… (the words are the `figure.*` messages).
 */
export function formatPeriod(
  start: string | null,
  end: string | null,
  locale: Locale = getLocale(),
): string {
  const from = start && formatDate(start, locale);
  const to = end && formatDate(end, locale);
  if (from && to && start === end) return from;
  // A range of years takes 年 once, after it, as S/2017/1025 writes "2010-2015年期间".
  if (from && to && locale === 'zh' && /^\d{4}$/.test(start!.trim()) && /^\d{4}$/.test(end!.trim()))
    return `${start!.trim()}-${end!.trim()}年`;
  if (from && to) {
    const words = periodInWords(start!.trim(), end!.trim(), locale);
    if (words) return words;
    return t('figure.period', { start: from, end: to }, locale);
  }
  if (from) return t('figure.since', { start: dateInSentence(start!, from, locale) }, locale);
  if (to) return t('figure.until', { end: dateInSentence(end!, to, locale) }, locale);
  return '';
}

/** What joins the items of a plain list: "、" in Chinese, as UN Chinese texts enumerate; "، " in Arabic. */
export function listSeparator(locale: Locale = getLocale()): string {
  return locale === 'zh' ? '、' : locale === 'ar' ? '، ' : ', ';
}

/** Items joined as a sentence lists them: "1, 2, 4 and 7" / "1、2、4和7". */
export function formatList(items: string[], locale: Locale = getLocale()): string {
  return new Intl.ListFormat(intlLocale[locale], { type: 'conjunction' }).format(items);
}

/**
 * A range of numbers in Arabic text in its own order, as UN Arabic documents print "2010-2015":
 * inside a right-to-left paragraph an en dash between two numbers takes the paragraph's direction
 * and the range shows reversed, "2015–2010" ("20%–0" in a legend). A left-to-right isolate
 * (U+2066 LRI … U+2069 PDI) keeps it in order and the text around it as it was; the catalogue's
 * own ranges (`figure.period`, "2012–2021") are isolated in ar.ts.
 */
function inOrder(range: string): string {
  return `\u2066${unbroken(range)}\u2069`;
}

/** Two formatted numbers as a range, "1.5–3.2", in its own order on an Arabic page. */
export function joinRange(low: string, high: string, locale: Locale = getLocale()): string {
  const range = `${low}–${high}`;
  return locale === 'ar' ? inOrder(range) : range;
}

/** A range of counts: (3, 5) -> "3–5"; one count when both ends are equal. */
export function formatRange(low: number, high: number, locale: Locale = getLocale()): string {
  if (low === high) return formatInteger(low, locale);
  return intlRange(low, high, locale, { maximumFractionDigits: 0 });
}

/** A range as Intl writes it in the language; in Arabic kept in order on one line. */
function intlRange(
  low: number,
  high: number,
  locale: Locale,
  options: Intl.NumberFormatOptions,
): string {
  const range = numberFormat(locale, options).formatRange(low, high);
  return locale === 'ar' ? inOrder(range) : range;
}

/**
 * A range of shares, as a legend names a class: "0–20%" in English and Chinese, one sign after
 * the range; in French, Spanish, Russian and Arabic as Intl writes it, the sign spaced where the
 * language spaces it ("0–20 %").
 */
export function formatPercentRange(
  low: number,
  high: number,
  locale: Locale = getLocale(),
): string {
  if (locale === 'en' || locale === 'zh')
    return `${formatInteger(low * 100, locale)}–${formatPercent(high, locale)}`;
  return intlRange(low, high, locale, { style: 'percent', maximumFractionDigits: 0 });
}

/**
 * A data code as text: its catalogue entry `{group}.{code}` when there is one (so a
 * translation can name it), else the code with spaces for underscores ("in_force" -> "in force").
 */
export function codeLabel(group: string, code: unknown, locale: Locale = getLocale()): string {
  const text = String(code ?? '');
  const key = `${group}.${text}`;
  return hasMessage(key) ? t(key as MessageKey, {}, locale) : text.replaceAll('_', ' ');
}
