import type { Row } from '$lib/db/rows';
import { byGroupOrder } from '$lib/i18n/groups';
import { compareNames, searchKey } from '$lib/i18n/intl';
import { localName } from '$lib/i18n/names';
import { getLocale, type Locale } from '$lib/paraglide/runtime.js';

/**
 * The regional groups the filter offers, as [id, name] in UN order (African States first),
 * each named by `name`; a country with no group gives the id ''.
 */
export function regionOptions(rows: Row[], name: (row: Row) => string): [string, string][] {
  return [...new Map(rows.map((row) => [String(row.group_id ?? ''), name(row)]))].sort(([a], [b]) =>
    byGroupOrder(a, b),
  );
}

/**
 * The countries in the UN regional group `region` (empty for any) whose name as the page shows
 * it, English or Chinese name, or ISO3 code holds `search` (whatever its case, accents and
 * apostrophes: see searchKey), in the alphabetical order of the names the page shows
 * (Intl.Collator of its language: "Albania, Alemania, Andorra, Argelia" on a Spanish page, not
 * the order of the English names; Arabic names without their article ال, see compareNames).
 */
export function filterCountries(
  rows: Row[],
  search: string,
  region: string,
  locale: Locale = getLocale(),
): Row[] {
  const needle = searchKey(search, locale);
  const named = rows.map((row) => ({ row, name: localName(row, 'name', locale) }));
  return named
    .filter(
      ({ row, name }) =>
        (!region || row.group_id === region) &&
        (!needle ||
          [name, row.name_en, row.name_zh, row.iso3].some((value) =>
            searchKey(String(value ?? ''), locale).includes(needle),
          )),
    )
    .sort((a, b) => compareNames(a.name, b.name, locale))
    .map(({ row }) => row);
}
