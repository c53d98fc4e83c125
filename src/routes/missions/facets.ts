import type { Row } from '$lib/db/rows';
import { byGroupOrder } from '$lib/i18n/groups';
import { searchKey } from '$lib/i18n/intl';
import { missionAcronym, missionName } from './labels';

/** The missions' facets: the URL key of each and the column it reads. */
export const FACETS = {
  mandate: 'embargo_mandate',
  kind: 'kind',
  wam: 'wam_support',
  region: 'host_group',
  // The host State (ISO3), chosen on the map; 'none' for a mission with no single host State.
  host: 'host_iso3',
} as const;

export type FacetKey = keyof typeof FACETS;
export const FACET_KEYS = Object.keys(FACETS) as FacetKey[];

/** The values ticked in each facet; an empty list means the facet does not filter. */
export type Selection = Record<FacetKey, string[]>;

export function emptySelection(): Selection {
  return { mandate: [], kind: [], wam: [], region: [], host: [] };
}

/**
 * The values a facet offers, in the order the rows give them, but the host's regional group in
 * UN order (African States first, "no single host" last).
 */
export function facetValues(rows: Row[], facet: FacetKey): string[] {
  const values = [...new Set(rows.map((row) => facetValue(row, facet)))];
  return facet === 'region' ? values.sort(byGroupOrder) : values;
}

/** A row's value in a facet, as the URL spells it (`true`/`false` for booleans). */
export function facetValue(row: Row, facet: FacetKey): string {
  return String(row[FACETS[facet]] ?? 'none');
}

const SEARCHED = [
  'mission_id',
  'name_en',
  'name_zh',
  'short_name_zh',
  'host_en',
  'host_zh',
  'host_fr',
  'host_es',
  'host_ru',
  'host_ar',
  'host_iso3',
  'embargo_mandate_ended_by',
  'resolutions',
];

/**
 * True when `text` (whatever its case, accents and apostrophes: see searchKey) appears in one
 * of the row's names, hosts or resolutions, or in the acronym and name a page in `locale` shows
 * (FINUL and « Force intérimaire des Nations Unies au Liban » on a French page), as
 * missions.sql finds them.
 */
export function matchesSearch(row: Row, text: string, locale: string = 'en'): boolean {
  const needle = searchKey(text, 'en');
  if (!needle) return true;
  const shown = locale === 'en' ? [] : [missionAcronym(row, locale), missionName(row, locale)];
  return [...SEARCHED.map((key) => row[key]), ...shown.map((each) => each.text)].some((value) =>
    searchKey(String(value ?? ''), 'en').includes(needle),
  );
}

function matches(
  row: Row,
  selection: Selection,
  text: string,
  locale: string,
  except?: FacetKey,
): boolean {
  return (
    matchesSearch(row, text, locale) &&
    FACET_KEYS.every(
      (facet) =>
        facet === except ||
        selection[facet].length === 0 ||
        selection[facet].includes(facetValue(row, facet)),
    )
  );
}

/** The rows every facet and the search (in the names a page in `locale` shows) let through. */
export function filterRows(
  rows: Row[],
  selection: Selection,
  text: string,
  locale: string = 'en',
): Row[] {
  return rows.filter((row) => matches(row, selection, text, locale));
}

/**
 * For each facet value, how many rows ticking it would show, given the other facets and the
 * search: the usual faceted-search count, so a count never promises rows that will not come.
 */
export function facetCounts(
  rows: Row[],
  selection: Selection,
  text: string,
  locale: string = 'en',
): Record<FacetKey, Map<string, number>> {
  const counts = {} as Record<FacetKey, Map<string, number>>;
  for (const facet of FACET_KEYS) {
    const map = new Map<string, number>();
    for (const row of rows) map.set(facetValue(row, facet), 0);
    for (const row of rows) {
      if (matches(row, selection, text, locale, facet)) {
        const value = facetValue(row, facet);
        map.set(value, (map.get(value) ?? 0) + 1);
      }
    }
    counts[facet] = map;
  }
  return counts;
}
