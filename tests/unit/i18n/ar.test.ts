import { describe, expect, it } from 'vitest';
import { ar } from '$lib/i18n/ar';
import {
  formatBytes,
  formatDate,
  formatPercentRange,
  formatPeriod,
  formatRange,
} from '$lib/i18n/format';

/**
 * A path, a file name or a document symbol inside Arabic text: a word with Latin letters and a
 * slash, an asterisk or a file extension ("data/", "data/*.csv", "datapackage.json", "(.xlsx)",
 * "A/67/…"). Read inside a right-to-left paragraph its neutral ends move: "data/" shows as
 * "/data", "A/67/…" as "…/A/67".
 */
const PATH = /[A-Za-z]/;
const PATH_MARK = /[/*]|\.[A-Za-z]/;

/** The words of `text` outside its left-to-right isolates (U+2066 LRI … U+2069 PDI). */
function wordsOutsideIsolates(text: string): string[] {
  return text
    .replace(/\u2066[^\u2069]*\u2069/gu, ' ')
    .split(/[\s()«»،؛:]+/u)
    .filter(Boolean);
}

describe('the Arabic catalogue (issue 22)', () => {
  it('isolates every path, file name and document symbol left to right (LRI … PDI)', () => {
    const bare = Object.entries(ar).flatMap(([key, text]) =>
      wordsOutsideIsolates(text)
        .filter((word) => PATH.test(word) && PATH_MARK.test(word))
        .map((word) => `${key}: ${word}`),
    );
    expect(bare).toEqual([]);
  });
});

describe('Arabic month pairs and ranges keep on one line (issue 22)', () => {
  // A line may break after a slash, at a space and after an en dash: "أيلول/" ended one line
  // and "سبتمبر" began the next; so did "2001–" and "2002". A no-break space and word joiners
  // (U+2060) hold each together.
  it('formatDate and formatPeriod write a month pair and a range of years unbreakable', () => {
    expect(formatDate('2009-01-14', 'ar')).toBe('14 كانون\u00a0الثاني/\u2060يناير 2009');
    expect(formatDate('2013-09', 'ar')).toBe('أيلول/\u2060سبتمبر 2013');
    expect(formatPeriod('2001', '2002', 'ar')).toContain('2001\u2060–\u20602002');
    expect(formatRange(3, 5, 'ar')).toContain('3\u2060–\u20605');
  });

  it('the catalogue joins its own ranges and month pairs', () => {
    const broken = Object.entries(ar).flatMap(([key, text]) =>
      [
        ...text.matchAll(
          /[\d}](?!\u2060)–|–(?!\u2060)[\d{]|\p{Script=Arabic}\/(?!\u2060)\p{Script=Arabic}/gu,
        ),
      ].map((match) => `${key}: ${match[0]}`),
    );
    expect(broken).toEqual([]);
  });
});

describe('Arabic ranges of numbers read left to right (issue 22)', () => {
  // Inside a right-to-left paragraph an en dash between two numbers takes the paragraph's
  // direction, so "2010–2015" showed as "2015–2010" and the legend's "0–20%" as "20%–0". UN
  // Arabic documents print a range as "2010-2015", in the numbers' own order: a left-to-right
  // isolate (U+2066 LRI … U+2069 PDI) keeps it so.
  const isolated = (text: string) => /^\u2066[^\u2066\u2069]*\u2069$/u.test(text);

  it('formatPeriod, formatRange and formatPercentRange isolate their range', () => {
    expect(formatPeriod('2010', '2015', 'ar')).toBe('\u20662010\u2060–\u20602015\u2069');
    expect(formatRange(3, 5, 'ar')).toBe('\u20663\u2060–\u20605\u2069');
    expect(isolated(formatPercentRange(0, 0.2, 'ar'))).toBe(true);
    // One year, one number: nothing to isolate.
    expect(formatPeriod('2014', '2014', 'ar')).toBe('2014');
    expect(formatRange(4, 4, 'ar')).toBe('4');
  });

  it('the catalogue isolates each of its own ranges', () => {
    const bare = Object.entries(ar).flatMap(([key, text]) =>
      [...text.matchAll(/(?:\d+|\{\w+\})\u2060–\u2060(?:\d+|\{\w+\})/gu)]
        .filter((match) => {
          const before = text[match.index - 1];
          const after = text[match.index + match[0].length];
          return before !== '\u2066' || after !== '\u2069';
        })
        .map((match) => `${key}: ${match[0]}`),
    );
    expect(bare).toEqual([]);
  });
});

describe('Arabic sizes of files (issue 22)', () => {
  it('name their unit in Arabic, "226 بايت", not the Latin "226 B" read as a stray English letter', () => {
    expect(formatBytes(226, 'ar')).toBe('226 بايت');
    expect(formatBytes(45_000_000, 'ar')).toBe('42.9 ميغابايت');
    expect(formatBytes(2048, 'ar')).toBe('2 كيلوبايت');
    expect(formatBytes(45_000_000, 'en')).toBe('42.9 MB');
  });
});
