import type { Row } from '$lib/db/rows';

/** Activities with a figure, grouped so each chart compares like with like: one centre, one unit. */
export type UnitGroup = { key: string; centre: string; unit: string; rows: Row[] };

export function groupByCentreAndUnit(rows: Row[]): UnitGroup[] {
  const groups = new Map<string, UnitGroup>();
  for (const row of rows) {
    if (row.value === null || row.unit === null) continue;
    const key = `${row.centre_id}-${row.unit}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, centre: String(row.centre_id), unit: String(row.unit), rows: [] };
      groups.set(key, group);
    }
    group.rows.push(row);
  }
  return [...groups.values()];
}
