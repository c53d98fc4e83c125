import { catalogue, locale, t, type MessageKey } from './messages';

const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
const integer = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });

/** 0.933 -> "93%". */
export function formatPercent(share: number): string {
  return percent.format(share);
}

/** 60000 -> "60,000". */
export function formatInteger(value: number): string {
  return integer.format(value);
}

const number = new Intl.NumberFormat(locale, { maximumFractionDigits: 3 });

/** Any number a user's data holds: 1234.5678 -> "1,234.568". */
export function formatNumber(value: number): string {
  return number.format(value);
}

/** A file or table size: 45_000_000 -> "42.9 MB". */
export function formatBytes(bytes: number): string {
  const units = ['B', 'KB', 'MB', 'GB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(size)} ${units[unit]}`;
}

/** A figure with its unit: 6e9 USD -> "US$6 billion", 38 percent -> "38%", 9 states -> "9 states". */
export function formatValue(value: number, unit: string | null): string {
  if (unit === 'USD' && value >= 1e9)
    return t('figure.usdBillion', { value: formatInteger(value / 1e9) });
  if (unit === 'percent') return t('figure.percent', { value: formatInteger(value) });
  if (!unit || unit === 'year') return unit === 'year' ? String(value) : formatInteger(value);
  return t('figure.withUnit', { value: formatInteger(value), unit });
}

/** A figure as the document qualifies it: "at least US$6 billion", "nearly 50%". */
export function formatQualified(
  value: number,
  unit: string | null,
  qualifier: string | null,
): string {
  const text = formatValue(value, unit);
  const key = `qualifier.${qualifier ?? 'exactly'}` as MessageKey;
  return key in catalogue() ? t(key, { value: text }) : text;
}

/** A period from partial dates: "2010–2015", "2014", "since 2004", "as of 2017". */
export function formatPeriod(start: string | null, end: string | null): string {
  if (start && end) return start === end ? start : t('figure.period', { start, end });
  if (start) return t('figure.since', { start });
  if (end) return t('figure.until', { end });
  return '';
}

/**
 * A data code as text: its catalogue entry `{group}.{code}` when there is one (so a
 * translation can name it), else the code with spaces for underscores ("in_force" -> "in force").
 */
export function codeLabel(group: string, code: unknown): string {
  const text = String(code ?? '');
  const key = `${group}.${text}` as MessageKey;
  return key in catalogue() ? t(key) : text.replaceAll('_', ' ');
}
