/**
 * The countries chosen for comparison, in the URL as one list: `?countries=gbr,fra`. Codes are
 * ISO 3166-1 alpha-3 in lower case; the URL keeps them in the order chosen.
 */
export const COUNTRIES_KEY = 'countries';

/** The chosen codes among `available` (lower case), each once, in the URL's order. */
export function chosenCountries(params: URLSearchParams, available: readonly string[]): string[] {
  const known = new Set(available.map((code) => code.toLowerCase()));
  const asked = (params.get(COUNTRIES_KEY) ?? '')
    .split(',')
    .map((code) => code.trim().toLowerCase())
    .filter((code) => known.has(code));
  return [...new Set(asked)];
}

/** The URL value for `codes`: `gbr,fra`, or null (the key removed) when none is chosen. */
export function countriesParam(codes: readonly string[]): string | null {
  return codes.length === 0 ? null : codes.map((code) => code.toLowerCase()).join(',');
}

/** `chosen` with `code` added at the end, or taken out if it was there. */
export function toggleCountry(chosen: readonly string[], code: string): string[] {
  const key = code.toLowerCase();
  return chosen.includes(key) ? chosen.filter((each) => each !== key) : [...chosen, key];
}
