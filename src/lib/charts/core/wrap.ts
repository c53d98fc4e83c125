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

/** The estimated width of `text` at `fontSize` pixels. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) {
    if (FULL.test(char)) em += 1;
    else if (NARROW.has(char)) em += 0.32;
    else if (SEMI.has(char)) em += 0.42;
    else if (WIDE.has(char)) em += 0.98;
    else if (char >= 'A' && char <= 'Z') em += 0.74;
    else em += 0.64;
  }
  return em * fontSize;
}

function breakBefore(previous: string, char: string): boolean {
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

/**
 * `text` in lines no wider than `maxWidth` (estimated at `fontSize`), broken where
 * `breakUnits` allows; a single word wider than a line is cut between its characters.
 * Nothing is left out: the lines joined are the text, less the spaces at the breaks.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number): string[] {
  const lines: string[] = [];
  let line = '';
  const fits = (candidate: string) => textWidth(candidate.trimEnd(), fontSize) <= maxWidth;
  for (const unit of breakUnits(text.trim())) {
    if (fits(line + unit)) {
      line += unit;
      continue;
    }
    if (line) lines.push(line.trimEnd());
    line = '';
    for (const char of unit) {
      if (line && !fits(line + char)) {
        lines.push(line);
        line = '';
      }
      line += char;
    }
  }
  if (line.trimEnd()) lines.push(line.trimEnd());
  return lines;
}
