import { locale } from './messages';

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
