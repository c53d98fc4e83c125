/** A change to the view state in the URL: a value, several values, or null to remove the key. */
export type ParamUpdate = Record<string, string | string[] | null>;

/**
 * The URL with `updates` applied. Keys are kept in a stable order so one view state always
 * has one address (links compare equal, back/forward entries are not duplicated).
 */
export function withParams(url: URL, updates: ParamUpdate): URL {
  const next = new URL(url);
  for (const [key, value] of Object.entries(updates)) {
    next.searchParams.delete(key);
    for (const each of value === null ? [] : [value].flat()) {
      if (each !== '') next.searchParams.append(key, each);
    }
  }
  next.searchParams.sort();
  // A comma is allowed as it is in a query string and reads better in a list
  // (`?countries=gbr,fra`); URLSearchParams would write it as %2C. Both read back the same.
  next.search = next.search.replaceAll('%2C', ',');
  return next;
}

/** The values of `key` that are among `allowed`, so a hand-edited link cannot select nonsense. */
export function allowedValues<T extends string>(
  params: URLSearchParams,
  key: string,
  allowed: readonly T[],
): T[] {
  return params.getAll(key).filter((value): value is T => allowed.includes(value as T));
}
