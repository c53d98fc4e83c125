import type { Row } from '$lib/db/rows';

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
