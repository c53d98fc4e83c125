import type { Locale } from '$lib/paraglide/runtime.js';
import { zhSubparagraphs } from './places';

/**
 * A resolution named in a sentence or a label, in the page's language. UN Chinese writes a
 * Security Council resolution "第2117(2013)号决议" (安全理事会第2117(2013)号决议 with `body`)
 * and a General Assembly one "第70/1号决议" (大会第70/1号决议), never its symbol; every other
 * language, and any text that is not such a symbol, keeps the symbol ("S/RES/2117 (2013)").
 * Where the symbol is cited as a symbol (a document's reference, a link), use the symbol.
 */
export function resolutionName(symbol: string, locale: Locale, body = false): string {
  if (locale !== 'zh') return symbol;
  const council = /^S\/RES\/(\d+) \((\d{4})\)$/.exec(symbol.trim());
  if (council) return `${body ? '安全理事会' : ''}第${council[1]}(${council[2]})号决议`;
  const assembly = /^A\/RES\/(\d+\/\d+(?: [A-Z])?)$/.exec(symbol.trim());
  if (assembly) return `${body ? '大会' : ''}第${assembly[1]}号决议`;
  return symbol;
}

/**
 * A resolution as a sentence names it after the word "resolution" in the page's language:
 * "2283 (2016)" («резолюцией 2283 (2016)», "by resolution 2283 (2016)"), "70/262"; in Chinese
 * the whole name, the Council or Assembly first (安全理事会第2283(2016)号决议), as
 * `resolutionName` writes it. Anything that is not a resolution symbol stays as it is.
 */
export function resolutionInSentence(symbol: string, locale: Locale): string {
  if (locale === 'zh') return resolutionName(symbol, locale, true);
  const council = /^S\/RES\/(\d+ \(\d{4}\))$/.exec(symbol.trim());
  const assembly = /^A\/RES\/(\d+\/\d+(?: [A-Z])?)$/.exec(symbol.trim());
  return (council ?? assembly)?.[1] ?? symbol;
}

/**
 * A paragraph of a resolution in the page's language: "para. 34 (c) (v)" is "第34(c)(五)段" in
 * Chinese, its subparagraph's Roman number in Chinese numerals, as S/2017/1025 cites it; null
 * for a place of another form.
 */
export function resolutionParagraph(place: string, locale: Locale): string | null {
  if (locale !== 'zh') return place;
  const parts = /^para\. (\d+(?: \([a-z]\))?(?: \([ivx]+\))*)$/.exec(place.trim());
  return parts ? `第${zhSubparagraphs(parts[1])}段` : null;
}
