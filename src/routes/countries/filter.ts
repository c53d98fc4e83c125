import type { Row } from '$lib/db/rows';
import { byGroupOrder } from '$lib/i18n/groups';
import { collator } from '$lib/i18n/intl';
import type { Locale } from '$lib/paraglide/runtime.js';

/**
 * The regional groups the filter offers, as [id, name] in UN order (African States first),
 * each named by `name`; a country with no group gives the id ''.
 */
export function regionOptions(rows: Row[], name: (row: Row) => string): [string, string][] {
  return [...new Map(rows.map((row) => [String(row.group_id ?? ''), name(row)]))].sort(([a], [b]) =>
    byGroupOrder(a, b),
  );
}

/** The rows in the order of `name` (the name the page shows) in `locale`'s alphabet. */
export function byName(rows: Row[], name: (row: Row) => string, locale: Locale): Row[] {
  const order = collator(locale);
  return [...rows].sort((a, b) => order.compare(name(a), name(b)));
}

/**
 * The countries whose English or Chinese name, the name `shown` on the page, or ISO3 code holds
 * `search` (any case), in the UN regional group `region` (empty for any).
 */
export function filterCountries(
  rows: Row[],
  search: string,
  region: string,
  shown: (row: Row) => string = () => '',
): Row[] {
  const needle = search.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!region || row.group_id === region) &&
      (!needle ||
        [row.name_en, row.name_zh, row.iso3, shown(row)].some((value) =>
          String(value ?? '')
            .toLowerCase()
            .includes(needle),
        )),
  );
}
