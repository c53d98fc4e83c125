import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/datapackage/csv';
import { en, t, type MessageKey } from '$lib/i18n/messages';
import { locales, type Locale } from '$lib/paraglide/runtime.js';
import {
  baseLocale,
  catalogues,
  readCatalogue,
  translationProblems,
} from '../../../scripts/messages.js';

const keys = Object.keys(en) as MessageKey[];
const settings = JSON.parse(readFileSync('project.inlang/settings.json', 'utf8'));
// Each catalogue as its file spells it (the syntax tree, as the build reads it), not as the
// type checker lets it through.
const translations = Object.entries(catalogues)
  .filter(([locale]) => locale !== baseLocale)
  .map(([locale, { file, name }]) => [locale, readCatalogue(file, name)] as const);
const base = readCatalogue(catalogues.en.file, catalogues.en.name);

describe('the six catalogues', () => {
  it('are the locales of project.inlang and of the compiled runtime: the six UN languages', () => {
    expect(Object.keys(catalogues).sort()).toEqual([...settings.locales].sort());
    expect([...locales].sort()).toEqual(['ar', 'en', 'es', 'fr', 'ru', 'zh']);
  });

  it.each(translations)(
    '%s has a message for every English key, no key English lacks, and the same placeholders',
    (_locale, entries) => {
      expect(translationProblems(base, entries)).toEqual({
        missing: [],
        unknown: [],
        placeholderMismatch: [],
      });
    },
  );
});

describe('t(key, params, locale) over the compiled Paraglide messages', () => {
  it('gives every message of every catalogue as written (placeholders left unfilled)', () => {
    for (const key of keys) expect(t(key, {}, 'en'), key).toBe(en[key]);
    for (const [locale, entries] of translations) {
      for (const key of keys)
        expect(t(key, {}, locale as Locale), `${locale} ${key}`).toBe(entries[key]);
    }
  });

  it('writes each language in its own words', () => {
    expect(t('nav.missions', {}, 'en')).toBe('Missions');
    expect(t('qualifier.at_least', { value: '5' }, 'zh')).toMatch(/^至少\s*5$/);
    expect(t('qualifier.at_least', { value: '5' }, 'fr')).toBe('au moins 5');
    expect(t('qualifier.at_least', { value: '5' }, 'es')).toBe('al menos 5');
    expect(t('nav.sources', {}, 'ru')).toMatch(/\p{Script=Cyrillic}/u);
    expect(t('nav.sources', {}, 'ar')).toMatch(/\p{Script=Arabic}/u);
  });

  it('regression: Russian names a download «скачать»; «загрузить» is what an upload does', () => {
    // Every message of a download button, its label and its result, in Russian.
    const downloads = keys.filter((key) =>
      /^download\.(title|label|failed)$|^data\.download$|^workbench\.export$/.test(key),
    );
    expect(downloads).toHaveLength(5);
    for (const key of downloads) {
      expect(t(key, {}, 'ru'), key).toMatch(/[Сс]качать/);
      expect(t(key, {}, 'ru'), key).not.toMatch(/[Зз]агрузить/);
    }
    // A citation of a web page gives the day it was consulted: «дата обращения».
    expect(t('download.citation', {}, 'ru')).toContain('дата обращения');
  });

  it('regression: French spaces its high punctuation as French typography does: a no-break space before « : » and inside « », a narrow one before ; ? !', () => {
    // Lexique des règles typographiques en usage à l'Imprimerie nationale; a plain space there
    // lets a line break before the colon, and none at all reads as English.
    const french = translations.find(([locale]) => locale === 'fr')![1];
    for (const [key, message] of Object.entries(french)) {
      // Code quoted between backticks (`?`) is code.
      const text = message.replace(/`[^`]*`/g, '');
      expect(text, key).not.toMatch(/ [:;?!»]|« /);
      expect(text, key).not.toMatch(/[^\s\u00a0\u202f][;?!»]|«[^\s\u00a0\u202f]/u);
    }
  });

  it('regression: Spanish quotes with “ ” (‘ ’ inside), as UN Spanish texts do, not with « » (issue 22, Spanish reader)', () => {
    // The UN Nairobi Spanish unit's style rules (dcs.unon.org/node/60) write “session” and
    // “agenda”; UN Spanish resolutions quote titles so.
    const spanish = translations.find(([locale]) => locale === 'es')![1];
    for (const [key, message] of Object.entries(spanish)) expect(message, key).not.toMatch(/[«»]/);
    const { header, records } = parseCsv(readFileSync('data/translations.csv', 'utf8'));
    const texts = records
      .filter(({ values }) => values[header.indexOf('lang')] === 'es')
      .map(({ values }) => values[header.indexOf('text')]);
    expect(texts.length).toBeGreaterThan(500);
    expect(texts.filter((text) => /[«»]/.test(text))).toEqual([]);
  });

  it("regression: a bundle's README says the table's columns are labelled in the page's language, as they are (the ar, fr, ru and es READMEs said English; issue 22)", () => {
    // toShownCsv writes each column's title in the page's language: the README must say so.
    const named: Record<Locale, RegExp> = {
      en: /in English/,
      zh: /中文/,
      ar: /بالعربية/,
      fr: /en français/,
      ru: /на русском языке/,
      es: /en español/,
    };
    const english = /anglais|inglés|английск|الإنكليزية|الإنجليزية|英文/;
    for (const locale of locales) {
      const text = t('download.readme.tableFile', { at: '@' }, locale);
      expect(text, locale).toMatch(named[locale]);
      if (locale !== 'en') expect(text, locale).not.toMatch(english);
    }
  });

  it('is in English outside a page (no locale known)', () => {
    expect(t('nav.missions')).toBe('Missions');
  });
});
