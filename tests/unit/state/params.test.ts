import { describe, expect, it } from 'vitest';
import { allowedValues, withParams } from '$lib/state/params';

describe('withParams(url, updates)', () => {
  const url = new URL('https://example.org/missions/?q=un&kind=peacekeeping');

  it('sets, repeats and removes keys, leaving the path alone', () => {
    const next = withParams(url, { mandate: ['current', 'ended'], q: null });
    expect(next.pathname).toBe('/missions/');
    expect(next.searchParams.getAll('mandate')).toEqual(['current', 'ended']);
    expect(next.searchParams.has('q')).toBe(false);
    expect(next.searchParams.get('kind')).toBe('peacekeeping');
  });

  it('gives one view one address, whatever order the changes came in', () => {
    const a = withParams(withParams(url, { mandate: 'current' }), { region: 'AFR' });
    const b = withParams(withParams(url, { region: 'AFR' }), { mandate: 'current' });
    expect(a.href).toBe(b.href);
  });

  it('drops empty values instead of writing key=', () => {
    expect(withParams(url, { q: '' }).search).toBe('?kind=peacekeeping');
  });
});

describe('withParams(url, updates) and commas', () => {
  it('writes a comma in a value as a comma, which reads back the same', () => {
    const next = withParams(new URL('https://example.org/missions/?kind=peacekeeping'), {
      q: 'a,b',
      countries: 'gbr,fra',
    });
    expect(next.search).toBe('?countries=gbr,fra&kind=peacekeeping&q=a,b');
    expect(new URL(next.href).searchParams.get('q')).toBe('a,b');
  });
});

describe('allowedValues(params, key, allowed)', () => {
  it('keeps only values the view knows, so a hand-edited link cannot select nonsense', () => {
    const params = new URLSearchParams('mandate=current&mandate=bogus&mandate=none');
    expect(allowedValues(params, 'mandate', ['current', 'ended', 'none'])).toEqual([
      'current',
      'none',
    ]);
  });
});
