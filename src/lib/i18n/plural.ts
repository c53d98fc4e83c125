import type { Locale } from '$lib/paraglide/runtime.js';
import { formatInteger, pluralCategory } from './intl';

/**
 * Plural messages, written ICU-style inside a catalogue's plain string:
 * `'{count, plural, one {Cited once} other {Cited # times}}'`. Each language writes the
 * categories its grammar has (Intl.PluralRules: Russian one/few/many/other, Arabic
 * zero/one/two/few/many/other) and may write `=0`-style exact matches; `#` is the count in the
 * language's digits (formatInteger). A language without plural forms writes plain text
 * (`'{count}次'`). Variants hold text and `{name}` placeholders, not other plurals.
 */
export type Plural = { name: string; variants: Record<string, string>; start: number; end: number };

const opening = /\{(\w+)\s*,\s*plural\s*,/g;
const selector = /^\s*(=\d+|zero|one|two|few|many|other)\s*\{/;

/** The plurals of a message, in order, with where each stands in it. */
export function parsePlurals(text: string): Plural[] {
  const plurals: Plural[] = [];
  opening.lastIndex = 0;
  for (let match = opening.exec(text); match; match = opening.exec(text)) {
    const variants: Record<string, string> = {};
    let at = opening.lastIndex;
    for (;;) {
      const rest = text.slice(at);
      const head = selector.exec(rest);
      if (!head) {
        const close = /^\s*\}/.exec(rest);
        if (!close) throw new Error(`a plural without its end in “${text}”`);
        at += close[0].length;
        break;
      }
      let depth = 1;
      let cursor = at + head[0].length;
      const from = cursor;
      for (; cursor < text.length && depth > 0; cursor++) {
        if (text[cursor] === '{') depth++;
        else if (text[cursor] === '}') depth--;
      }
      if (depth > 0) throw new Error(`a plural variant without its end in “${text}”`);
      variants[head[1]] = text.slice(from, cursor - 1);
      at = cursor;
    }
    if (!('other' in variants)) throw new Error(`a plural without “other” in “${text}”`);
    plurals.push({ name: match[1], variants, start: match.index, end: at });
    opening.lastIndex = at;
  }
  return plurals;
}

/**
 * `text` with each plural replaced by the variant its count selects (an exact `=n` first, then
 * the category of Intl.PluralRules), `#` in it by the count as `locale` writes it. A plural
 * whose count is not given stays as written, as a missing placeholder does; a count given as
 * text (not a number) takes `other`.
 */
export function selectPlurals(
  text: string,
  params: Record<string, unknown>,
  locale: Locale,
): string {
  let result = '';
  let at = 0;
  for (const plural of parsePlurals(text)) {
    result += text.slice(at, plural.start);
    at = plural.end;
    const count = params[plural.name];
    if (count === undefined) {
      result += text.slice(plural.start, plural.end);
      continue;
    }
    const number = typeof count === 'number' ? count : NaN;
    const variant = Number.isFinite(number)
      ? (plural.variants[`=${number}`] ??
        plural.variants[pluralCategory(number, locale)] ??
        plural.variants.other)
      : plural.variants.other;
    const shown = Number.isFinite(number) ? formatInteger(number, locale) : String(count);
    result += variant.replaceAll('#', shown);
  }
  return result + text.slice(at);
}
