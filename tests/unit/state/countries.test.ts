import { describe, expect, it } from 'vitest';
import { chosenCountries, countriesParam, toggleCountry } from '$lib/state/countries';
import { withParams } from '$lib/state/params';

const AVAILABLE = ['GBR', 'FRA', 'DEU', 'MEX'];

describe('chosenCountries(params, available)', () => {
  it('reads ?countries=gbr,fra as two countries, in the order given', () => {
    expect(chosenCountries(new URLSearchParams('countries=gbr,fra'), AVAILABLE)).toEqual([
      'gbr',
      'fra',
    ]);
  });

  it('drops unknown codes and repeats, and reads upper case', () => {
    expect(chosenCountries(new URLSearchParams('countries=GBR,xyz,gbr,,mex'), AVAILABLE)).toEqual([
      'gbr',
      'mex',
    ]);
  });

  it('is empty when the key is absent', () => {
    expect(chosenCountries(new URLSearchParams(''), AVAILABLE)).toEqual([]);
  });
});

describe('countriesParam(codes) with withParams', () => {
  it('round-trips a choice through the URL, restored as it was', () => {
    const url = new URL('https://example.org/indicators/16-4-2/');
    const chosen = toggleCountry(toggleCountry([], 'GBR'), 'fra');
    const next = withParams(url, { countries: countriesParam(chosen) });
    expect(next.search).toBe('?countries=gbr,fra');
    expect(chosenCountries(new URL(next.href).searchParams, AVAILABLE)).toEqual(['gbr', 'fra']);
  });

  it('removes the key when the last country is taken out', () => {
    const url = new URL('https://example.org/indicators/16-4-2/?countries=gbr');
    const next = withParams(url, { countries: countriesParam(toggleCountry(['gbr'], 'gbr')) });
    expect(next.search).toBe('');
  });
});

describe('chosenCountries(params, available) past MAX_COMPARED', () => {
  it('keeps the first MAX_COMPARED (8, as many as there are colours) in the URL order', async () => {
    const { MAX_COMPARED } = await import('$lib/state/countries');
    const { COMPARE_COLORS } = await import('../../../src/routes/indicators/[code]/series');
    expect(MAX_COMPARED).toBe(8);
    expect(COMPARE_COLORS.length).toBeGreaterThanOrEqual(MAX_COMPARED);
    const codes = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8', 'a9', 'a10'];
    expect(chosenCountries(new URLSearchParams(`countries=${codes.join(',')}`), codes)).toEqual(
      codes.slice(0, 8),
    );
  });
});

describe('toggleCountry(chosen, code) at MAX_COMPARED', () => {
  it('adds no ninth country, and still takes one out', () => {
    const eight = ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7', 'a8'];
    expect(toggleCountry(eight, 'a9')).toEqual(eight);
    expect(toggleCountry(eight, 'a8')).toEqual(eight.slice(0, 7));
  });
});
