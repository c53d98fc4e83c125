import { DataType } from 'apache-arrow';
import type { Value } from './rows';

/**
 * A result cell as text, exactly as DuckDB holds it: integers of any size and decimals in
 * full (a DECIMAL keeps its scale: 0.100 in a DECIMAL(18,3)), dates as `YYYY-MM-DD`,
 * timestamps as ISO 8601, NaN and ±Infinity by name, lists and structs as JSON, NULL as ''.
 * The result grid shows it and the CSV export writes it, so both show the same value.
 */
export function cellText(value: Value, type?: DataType): string {
  if (value === null) return '';
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'number' && type && DataType.isDecimal(type) && type.scale > 0) {
    const text = String(value);
    // A number here reads back as the decimal itself (see `decimalValue`), so only zeros are missing.
    if (/e/i.test(text)) return text;
    const [whole, fraction = ''] = text.split('.');
    return `${whole}.${fraction.padEnd(type.scale, '0')}`;
  }
  return String(value);
}
