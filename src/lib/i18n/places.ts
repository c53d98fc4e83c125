import type { Locale } from '$lib/paraglide/runtime.js';

// How UN documents in Chinese name a place in a document: 第 20 段, 脚注 8, 附件二,
// 执行部分第 7 段, 第 81 页. A place is put in Chinese only when every part of it is one of
// these forms; anything else (a news item's "2nd paragraph", a file name) is kept as written.
const numerals = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };

const parts: [RegExp, (...groups: string[]) => string][] = [
  [/^Annex (I|II|III|IV|V|VI)$/, (n) => `附件${numerals[roman[n]]}`],
  [/^chapter (I|II|III|IV|V|VI)$/, (n) => `第${numerals[roman[n]]}章`],
  [/^paras?\. (\d+(?:\s*[–-]\s*\d+)?(?: \([a-z]+\))*(?: \([ivx]+\))*)$/, (n) => `第 ${n} 段`],
  [/^op\. (\d+(?: \([a-z]+\))*)$/, (n) => `执行部分第 ${n} 段`],
  [/^footnote (\d+|\*)$/, (n) => `脚注 ${n}`],
  [/^p\. (\d+)$/, (n) => `第 ${n} 页`],
  [/^table row (\d+)$/, (n) => `表第 ${n} 行`],
  [/^table$/, () => '表'],
  [/^heading$/, () => '标题'],
  [/^preamble$/, () => '序言部分'],
  [/^summary$/, () => '摘要'],
  [/^([A-Z]+\/\d+\/\d+) recommendation (\d+)$/, (symbol, n) => `${symbol} 建议 ${n}`],
];

function partInChinese(part: string): string | null {
  for (const [pattern, write] of parts) {
    const match = pattern.exec(part);
    if (match) return write(...match.slice(1));
  }
  return null;
}

/**
 * A place in a document ("Annex II, para. 3 and footnote 1") in the page's language: in
 * Chinese "附件二，第 3 段和脚注 1" when every part is a known form, otherwise unchanged.
 */
export function localPlace(place: string, locale: Locale): string {
  if (locale !== 'zh') return place;
  const pieces = place.split(', ').map((piece) => piece.split(' and '));
  const written = pieces.map((alternatives) => alternatives.map(partInChinese));
  if (written.some((alternatives) => alternatives.some((part) => part === null))) return place;
  return written.map((alternatives) => alternatives.join('和')).join('，');
}
