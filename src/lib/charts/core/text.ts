/**
 * The width of a line of text, estimated from its characters: a CJK character is an em wide,
 * other characters a little over half. Layouts are pure and run on the server, where nothing
 * can be measured; the estimate errs wide, so a label it places does not collide.
 */
export function textWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) {
    if (/[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u.test(char)) width += 1;
    else if (char === ' ') width += 0.32;
    else if (/[A-Z0-9]/.test(char)) width += 0.68;
    else width += 0.58;
  }
  return width * fontSize;
}

/**
 * `text` cut to fit `maxWidth`: whole when it fits, else at a word (a character in text
 * without spaces) with "…"; null when less than `minChars` characters would be left.
 */
export function fitText(
  text: string,
  maxWidth: number,
  fontSize: number,
  minChars = 4,
): string | null {
  if (textWidth(text, fontSize) <= maxWidth) return text;
  const room = maxWidth - textWidth('…', fontSize);
  const words = text.includes(' ') ? text.split(' ') : [...text];
  const joiner = text.includes(' ') ? ' ' : '';
  let kept = '';
  for (const word of words) {
    const next = kept ? `${kept}${joiner}${word}` : word;
    if (textWidth(next, fontSize) > room) break;
    kept = next;
  }
  kept = kept.replace(/[\s,;:(–-]+$/u, '');
  return [...kept].length >= minChars ? `${kept}…` : null;
}
