/**
 * The countries chosen for comparison, in the URL as one list: `?countries=gbr,fra`. Codes are
 * ISO 3166-1 alpha-3 in lower case; the URL keeps them in the order chosen.
 */
export const COUNTRIES_KEY = 'countries';

/**
 * How many countries can be compared at once: one colour each from a palette told apart with
 * colour-blindness (COMPARE_COLORS), as Our World in Data caps its pickers. Past it, colours
 * would repeat and two lines look the same.
 */
export const MAX_COMPARED = 8;

/**
 * The chosen codes among `available` (lower case), each once, in the URL's order, the first
 * `limit` of them (a link may name more than can be compared).
 */
export function chosenCountries(
  params: URLSearchParams,
  available: readonly string[],
  limit = MAX_COMPARED,
): string[] {
  const known = new Set(available.map((code) => code.toLowerCase()));
  const asked = (params.get(COUNTRIES_KEY) ?? '')
    .split(',')
    .map((code) => code.trim().toLowerCase())
    .filter((code) => known.has(code));
  return [...new Set(asked)].slice(0, limit);
}

/** The URL value for `codes`: `gbr,fra`, or null (the key removed) when none is chosen. */
export function countriesParam(codes: readonly string[]): string | null {
  return codes.length === 0 ? null : codes.map((code) => code.toLowerCase()).join(',');
}

/**
 * `chosen` with `code` added at the end, or taken out if it was there; unchanged when it would
 * be added past MAX_COMPARED.
 */
export function toggleCountry(chosen: readonly string[], code: string): string[] {
  const key = code.toLowerCase();
  if (chosen.includes(key)) return chosen.filter((each) => each !== key);
  return chosen.length >= MAX_COMPARED ? [...chosen] : [...chosen, key];
}
