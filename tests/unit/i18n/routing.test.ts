import { describe, expect, it } from 'vitest';
import { inLocale } from '$lib/i18n/routing';
import { locales } from '$lib/paraglide/runtime.js';

const site = 'https://arms.example';

describe('inLocale(url, locale)', () => {
  it('keeps the page, its query and its fragment, in the other language', () => {
    expect(inLocale(new URL(`${site}/ar/missions/?mission=UNISFA#map`), 'fr')).toBe(
      '/fr/missions/?mission=UNISFA#map',
    );
    expect(inLocale(new URL(`${site}/zh/sources/`), 'en')).toBe('/sources/');
  });

  it('regression: never leads to another host, whatever the path ("/ar//evil.example/login/" gave "//evil.example/login/" in the 404 page’s language switch)', () => {
    for (const path of [
      '/ar//evil.example/login/',
      '/ar/\\evil.example/',
      '/zh///evil.example/x/',
      '//evil.example/',
      '/ru//%2Fevil.example/',
    ]) {
      for (const locale of locales) {
        const address = inLocale(new URL(`${site}${path}`), locale);
        // Resolved as the browser resolves a link on the page.
        expect(new URL(address, `${site}${path}`).origin, `${path} in ${locale}`).toBe(site);
      }
    }
  });
});
