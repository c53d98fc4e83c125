import type { Row } from '$lib/db/rows';
import { byGroupOrder } from '$lib/i18n/groups';

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
 * The countries whose English or Chinese name or ISO3 code holds `search` (any case), in the
 * UN regional group `region` (empty for any).
 */
export function filterCountries(rows: Row[], search: string, region: string): Row[] {
  const needle = search.trim().toLowerCase();
  return rows.filter(
    (row) =>
      (!region || row.group_id === region) &&
      (!needle ||
        [row.name_en, row.name_zh, row.iso3].some((value) =>
          String(value ?? '')
            .toLowerCase()
            .includes(needle),
        )),
  );
}
