import { describe, expect, it } from 'vitest';
import { t, type MessageKey } from '$lib/i18n/messages';
import { parsePlurals, selectPlurals } from '$lib/i18n/plural';
import type { Locale } from '$lib/paraglide/runtime.js';
import { catalogues, readCatalogue } from '../../../scripts/messages.js';

const catalogue = Object.fromEntries(
  Object.entries(catalogues).map(([locale, { file, name }]) => [locale, readCatalogue(file, name)]),
);

describe('parsePlurals(text)', () => {
  it('reads each plural with its variants, placeholders and # kept', () => {
    const text = 'Rows: {rows, plural, one {# row} other {# rows in {table}}} · {ms} ms';
    expect(parsePlurals(text)).toEqual([
      {
        name: 'rows',
        variants: { one: '# row', other: '# rows in {table}' },
        start: 6,
        end: text.indexOf(' · '),
      },
    ]);
  });

  it('refuses a plural without "other" or without its end', () => {
    expect(() => parsePlurals('{n, plural, one {# row}}')).toThrow(/other/);
    expect(() => parsePlurals('{n, plural, one {# row} other {# rows}')).toThrow(/end/);
  });
});

describe('selectPlurals(text, params, locale)', () => {
  const text = '{n, plural, =0 {none} one {# row} few {# rows (few)} other {# rows}}';
  it('takes an exact match first, then the category, # as the language writes the count', () => {
    expect(selectPlurals(text, { n: 0 }, 'en')).toBe('none');
    expect(selectPlurals(text, { n: 1 }, 'en')).toBe('1 row');
    expect(selectPlurals(text, { n: 1234 }, 'en')).toBe('1,234 rows');
    expect(selectPlurals(text, { n: 3 }, 'ru')).toBe('3 rows (few)');
  });
  it('takes "other" for a count given as text, and leaves a plural without its count as written', () => {
    expect(selectPlurals(text, { n: '1' }, 'en')).toBe('1 rows');
    expect(selectPlurals(`a ${text} b`, {}, 'en')).toBe(`a ${text} b`);
  });
});

describe('the plural messages of the six catalogues', () => {
  const plural = Object.entries(catalogue).flatMap(([locale, entries]) =>
    Object.entries(entries)
      .filter(([, text]) => /\{\w+\s*,\s*plural\s*,/.test(text))
      .map(([key, text]) => ({ locale, key, text })),
  );

  it('have every plural category Intl.PluralRules gives their language, "other" always', () => {
    expect(plural.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const { locale, key, text } of plural) {
      // The rules depend on the language alone (en, ar), not on its region.
      const needed = new Intl.PluralRules(locale).resolvedOptions().pluralCategories;
      for (const { name, variants } of parsePlurals(text)) {
        const lacking = [...new Set([...needed, 'other'])].filter(
          (category) => !(category in variants),
        );
        if (lacking.length) missing.push(`${locale} ${key} {${name}}: ${lacking.join(', ')}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('are chosen by t(), where the English message needs no plural too', () => {
    const unchosen = plural
      .filter(({ locale, key, text }) => {
        const counts = Object.fromEntries(parsePlurals(text).map(({ name }) => [name, 5]));
        return /,\s*plural\s*,/.test(t(key as MessageKey, counts, locale as Locale));
      })
      .map(({ locale, key }) => `${locale} ${key}`);
    expect(unchosen).toEqual([]);
  });
});
