import { parseCsv } from '$lib/datapackage/csv';
import type { Locale } from '$lib/paraglide/runtime.js';
import areasCsv from '../../../../data/reference/un_m49_map_areas.csv?raw';
import membersCsv from '../../../../data/reference/un_m49_member_states.csv?raw';

/** A map outline's name and the language it is in (`en` where no name in the page's exists). */
export type AreaName = { text: string; lang: Locale };

function namesByM49(...files: string[]): Map<string, Partial<Record<Locale, string>>> {
  const names = new Map<string, Partial<Record<Locale, string>>>();
  for (const file of files) {
    const { header, records } = parseCsv(file);
    const m49 = header.indexOf('m49');
    const columns = header.flatMap((name) => {
      const match = /^name_(\w+)$/.exec(name);
      return match ? [[match[1] as Locale, header.indexOf(name)] as const] : [];
    });
    for (const { values } of records) {
      names.set(values[m49], Object.fromEntries(columns.map(([lang, at]) => [lang, values[at]])));
    }
  }
  return names;
}

// The UN Statistics Division's M49 names (data/reference/README.md names the copy used):
// the 193 Member States and the other areas the map draws.
const unNames = namesByM49(membersCsv, areasCsv);

/**
 * The name of the outline with M49 code `m49` in `locale`: the UN's short name where the M49
 * list has the area, otherwise `fallback` (world-atlas's English name) marked as English.
 */
export function areaName(m49: string, fallback: string, locale: Locale): AreaName {
  const un = unNames.get(m49);
  const local = un?.[locale];
  if (local) return { text: local, lang: locale };
  return { text: un?.en ?? fallback, lang: 'en' };
}
