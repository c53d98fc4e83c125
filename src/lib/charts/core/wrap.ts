// Text measured without a DOM, so layouts stay pure and render on the server. Widths are in
// em, on the generous side (DejaVu Sans, the widest common sans): a line estimated to fit
// fits in any of the fonts the page may get.
const NARROW = new Set(" .,:;'’!|ijlI·");
const SEMI = new Set('frt()[]-/');
const WIDE = new Set('mwMW%');

/** Chinese, Japanese and Korean characters and full-width forms: one em each. */
const FULL = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/** Closing punctuation never starts a line; opening punctuation never ends one. */
const CLOSE = new Set('）」』》〉】”’)]，。、；：！？,.;:!?%');
const OPEN = new Set('（「『《〈【“‘([');

/**
 * How much wider bold text (font-weight 600 and more) is than regular, but for Chinese. In
 * Chromium, DejaVu Sans Bold is 1.12 times as wide as DejaVu Sans in the Latin letters (1.123
 * capitals, 1.117 small letters), 1.119 in Cyrillic, 1.094 in digits, 1.133 in Arabic; Noto
 * Sans CJK's bold Chinese characters are one em, as its regular ones are.
 */
const BOLD = 1.12;

/**
 * The estimated width of `text` at `fontSize` pixels and `fontWeight` (as CSS writes it: 600
 * and more is bold, wider). A label drawn bold must be measured bold, or labels placed 2 px
 * apart by this estimate overlap when drawn.
 */
export function textWidth(text: string, fontSize: number, fontWeight = 400): number {
  let em = 0;
  let full = 0;
  for (const char of text) {
    // An ellipsis is one em in DejaVu Sans, regular and bold, as in the Chinese fonts.
    if (FULL.test(char) || char === '…') full += 1;
    else if (NARROW.has(char)) em += 0.32;
    else if (SEMI.has(char)) em += 0.42;
    else if (WIDE.has(char)) em += 0.98;
    else if (char >= 'A' && char <= 'Z') em += 0.74;
    else em += 0.64;
  }
  return (em * (fontWeight >= 600 ? BOLD : 1) + full) * fontSize;
}

/** What holds the characters either side of it on one line: a word joiner, no-break spaces. */
const JOIN = new Set('\u2060\u00a0\u202f\u2007');

function breakBefore(previous: string, char: string): boolean {
  // "تموز/\u2060يوليه" (an Arabic month and its other name), "2013\u00a0г.": never apart.
  if (JOIN.has(char) || JOIN.has(previous)) return false;
  if (/\s/u.test(char) || CLOSE.has(char) || OPEN.has(previous)) return false;
  if (/\s/u.test(previous) || previous === '–' || previous === '/') return true;
  const full = FULL.test(char);
  const previousFull = FULL.test(previous);
  // "2011年", "8月": a number keeps the character it counts.
  if (full && /[\p{L}\p{N}]/u.test(previous) && !previousFull) return false;
  return full || previousFull;
}

/**
 * The places a line may break: after a space, an en dash or a slash, and between two Chinese
 * characters (there are no spaces), keeping closing punctuation ("，", "）") with what it
 * closes, opening punctuation with what it opens, and a number with the character after it.
 */
export function breakUnits(text: string): string[] {
  const chars = [...text];
  const units: string[] = [];
  let unit = '';
  chars.forEach((char, index) => {
    if (index > 0 && breakBefore(chars[index - 1], char)) {
      units.push(unit);
      unit = '';
    }
    unit += char;
  });
  if (unit) units.push(unit);
  return units;
}

/** A unit ending a clause ("2012, ", "7月，"): the best place for a line to end. */
const CLAUSE_END = /[,，、;；:：]\s*$/u;

/**
 * `text` in lines no wider than `maxWidth` (estimated at `fontSize`), broken where
 * `breakUnits` allows, preferably after a comma when that leaves the line at least half
 * full ("…, 26 April 2012, / Trinidad and Tobago", not "…, Trinidad / and Tobago"); a single
 * word wider than a line is cut between its characters. Nothing is left out: the lines
 * joined are the text, less the spaces at the breaks.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  const width = (units: string[]) => textWidth(units.join('').trimEnd(), fontSize);
  let line: string[] = [];
  const push = (units: string[]) => {
    const joined = units.join('').trimEnd();
    if (joined) lines.push(joined);
  };
  for (const unit of breakUnits(text.trim())) {
    if (width([...line, unit]) <= maxWidth) {
      line.push(unit);
      continue;
    }
    // Break after the last comma of the line when it leaves the line half full or more.
    let clause = -1;
    for (let index = line.length - 2; index >= 0; index--) {
      if (CLAUSE_END.test(line[index]) && width(line.slice(0, index + 1)) >= maxWidth / 2) {
        clause = index;
        break;
      }
    }
    if (clause >= 0 && width([...line.slice(clause + 1), unit]) <= maxWidth) {
      push(line.slice(0, clause + 1));
      line = [...line.slice(clause + 1), unit];
      continue;
    }
    push(line);
    line = [];
    if (width([unit]) <= maxWidth) {
      line = [unit];
      continue;
    }
    let piece = '';
    for (const char of unit) {
      if (piece && textWidth(piece + char, fontSize) > maxWidth) {
        lines.push(piece);
        piece = '';
      }
      piece += char;
    }
    line = [piece];
  }
  push(line);
  return lines;
}

/**
 * `text` cut to fit `maxWidth` (drawn in `fontWeight`): whole when it fits, else at a word (a
 * character in text without spaces) with "…"; null when less than `minChars` characters would
 * be left.
 */
export function fitText(
  text: string,
  maxWidth: number,
  fontSize: number,
  minChars = 4,
  fontWeight = 400,
): string | null {
  if (textWidth(text, fontSize, fontWeight) <= maxWidth) return text;
  const room = maxWidth - textWidth('…', fontSize, fontWeight);
  const words = text.includes(' ') ? text.split(' ') : [...text];
  const joiner = text.includes(' ') ? ' ' : '';
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept}${joiner}${word}` : word;
    if (textWidth(next, fontSize, fontWeight) > room) break;
    kept = next;
  }
  kept = kept.replace(/[\s,;:(–-]+$/u, '');
  return [...kept].length >= minChars ? `${kept}…` : null;
}
