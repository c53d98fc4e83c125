import { parseCsv } from '$lib/datapackage/csv';
import type { Locale } from '$lib/paraglide/runtime.js';
import areasCsv from '../../../../data/reference/un_m49_map_areas.csv?raw';
import membersCsv from '../../../../data/reference/un_m49_member_states.csv?raw';
import outsideCsv from '../../../../data/reference/map_areas_outside_m49.csv?raw';

/** A map outline's name and the language it is in (`en` where no name in the page's exists). */
export type AreaName = { text: string; lang: Locale };

function namesBy(key: string, ...files: string[]): Map<string, Partial<Record<Locale, string>>> {
  const names = new Map<string, Partial<Record<Locale, string>>>();
  for (const file of files) {
    const { header, records } = parseCsv(file);
    const keyAt = header.indexOf(key);
    const columns = header.flatMap((name) => {
      const match = /^name_(\w+)$/.exec(name);
      return match ? [[match[1] as Locale, header.indexOf(name)] as const] : [];
    });
    for (const { values } of records) {
      names.set(values[keyAt], Object.fromEntries(columns.map(([lang, at]) => [lang, values[at]])));
    }
  }
  return names;
}

// The UN Statistics Division's M49 names (data/reference/README.md names the copy used):
// the 193 Member States and the other areas the map draws.
const unNames = namesBy('m49', membersCsv, areasCsv);

// The two outlines the M49 list has no row for, by world-atlas's name, as UN texts name them in
// each language: "Taiwan Province of China" (UNSD: "for statistical purposes, the data for China
// do not include … Taiwan Province of China") and Kosovo with the reference to Security Council
// resolution 1244 (1999) (data/reference/README.md gives the sources). world-atlas is pinned
// (package.json), so its names are a stable key.
const outsideM49 = namesBy('atlas_name', outsideCsv);

/**
 * The name of the outline with M49 code `m49` and world-atlas name `fallback` in `locale`: the
 * UN's short name where the M49 list has the area, the UN texts' name of an area outside it
 * (Taiwan Province of China, Kosovo with resolution 1244 (1999)), otherwise `fallback` marked
 * as English.
 */
export function areaName(m49: string, fallback: string, locale: Locale): AreaName {
  const un = unNames.get(m49) ?? outsideM49.get(fallback);
  const local = un?.[locale];
  if (local) return { text: local, lang: locale };
  return { text: un?.en ?? fallback, lang: 'en' };
}

/** A Member State's UN short name in `locale`, found by its UN short name in English. */
export function memberStateName(english: string, locale: Locale): string | undefined {
  for (const names of unNames.values()) if (names.en === english) return names[locale];
  return undefined;
}
