import { describe, expect, it } from 'vitest';
import { ar } from '$lib/i18n/ar';
import { formatDate, formatPeriod, formatRange } from '$lib/i18n/format';

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
    expect(formatPeriod('2001', '2002', 'ar')).toBe('2001\u2060–\u20602002');
    expect(formatRange(3, 5, 'ar')).toBe('3\u2060–\u20605');
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
