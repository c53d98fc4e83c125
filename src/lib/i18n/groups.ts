/**
 * The UN regional groups in the order UN texts list them: African, Asia-Pacific, Eastern
 * European, Latin American and Caribbean, Western European and other States (the order of
 * data/regional_groups.csv, from the UN's list of the groups). Lists, legends and filters
 * follow it in every language, rather than the alphabet of one.
 */
export const UN_GROUP_ORDER = ['AFR', 'APG', 'EEG', 'GRULAC', 'WEOG'] as const;

/** Compares two group ids by UN order; anything else (no group, 'none') comes after. */
export function byGroupOrder(a: string, b: string): number {
  const rank = (id: string) => {
    const at = (UN_GROUP_ORDER as readonly string[]).indexOf(id);
    return at === -1 ? UN_GROUP_ORDER.length : at;
  };
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}
