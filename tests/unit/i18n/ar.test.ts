import { describe, expect, it } from 'vitest';
import { ar } from '$lib/i18n/ar';

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
