import { describe, expect, it } from 'vitest';
import { readCatalogue, toMessageFormat, translationProblems } from '../../../scripts/messages.js';
import { en } from '$lib/i18n/messages';

describe('scripts/messages.js', () => {
  it('readCatalogue(file, name) reads the English catalogue as TypeScript imports it', () => {
    expect(readCatalogue('src/lib/i18n/messages.ts', 'en')).toEqual(en);
  });

  it('translationProblems(base, translation) names missing, empty, unknown and misplaced keys', () => {
    const base = { 'a.one': 'One {n}', 'a.two': 'Two', 'b.three': 'Three' };
    expect(translationProblems(base, { 'a.one': '一 {m}', 'a.two': ' ', 'c.four': '四' })).toEqual({
      missing: ['a.two', 'b.three'],
      unknown: ['c.four'],
      placeholderMismatch: ['a.one'],
    });
  });

  it('toMessageFormat(entries) nests by area and escapes braces that are not placeholders', () => {
    expect(toMessageFormat({ 'nav.overview': 'Overview', 'set.of': '{a} of {b, } x}' })).toEqual({
      $schema: 'https://inlang.com/schema/inlang-message-format',
      nav: { overview: 'Overview' },
      set: { of: String.raw`{a} of \{b, \} x\}` },
    });
  });
});
