/**
 * Characters a reader cannot see, and names shown so that they are seen.
 *
 * A file name, table name or column name is the user's (or an uploaded file's) text. It may
 * hold characters that show as nothing (U+2060 WORD JOINER: "val\u2060ue" looks like "value")
 * or that change the order of the text after them (U+202E RIGHT-TO-LEFT OVERRIDE:
 * "report\u202Evsc.exe" shows as "reportexe.csv", and a message naming it shows its
 * "line 12, column 15" backwards). Wherever the page shows such a name it is isolated (a
 * `<bdi>`, or U+2068 FSI … U+2069 PDI in a sentence) and each such character is written out as
 * an escape (`\u202E`), marked, so a name can neither pass for another nor reorder the text
 * around it. SQL, exports and share links keep the name exactly as it is.
 */

/**
 * Unicode's bidirectional formatting characters and the marks that act as strong letters
 * (U+061C ALM, U+200E LRM, U+200F RLM): each changes the order in which the text beside it is
 * shown, so SQL that holds one may not read as it runs ("Trojan Source").
 */
export const bidiControl = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/**
 * Characters that show as nothing or reorder text, as ranges of code points. Variation
 * selectors are left alone: emoji and CJK ideographs need them.
 */
const hiddenRanges: [number, number][] = [
  [0x0000, 0x0008], // control characters, but the tab
  [0x000a, 0x001f],
  [0x007f, 0x009f], // DELETE and the C1 controls
  [0x00ad, 0x00ad], // SOFT HYPHEN
  [0x034f, 0x034f], // COMBINING GRAPHEME JOINER
  [0x061c, 0x061c], // ARABIC LETTER MARK
  [0x115f, 0x1160], // Hangul fillers
  [0x17b4, 0x17b5], // Khmer inherent vowels, invisible
  [0x180e, 0x180e], // MONGOLIAN VOWEL SEPARATOR
  [0x200b, 0x200f], // zero-width space, non-joiner, joiner; LRM, RLM
  [0x2028, 0x202e], // line and paragraph separators; LRE, RLE, PDF, LRO, RLO
  [0x2060, 0x206f], // WORD JOINER, invisible operators; LRI, RLI, FSI, PDI; deprecated controls
  [0x3164, 0x3164], // HANGUL FILLER
  [0xfeff, 0xfeff], // ZERO WIDTH NO-BREAK SPACE (the byte order mark)
  [0xffa0, 0xffa0], // HALFWIDTH HANGUL FILLER
  [0xfff9, 0xfffb], // interlinear annotation marks
  [0xe0000, 0xe007f], // tag characters
];

const codePoint = (code: number) => `\\u{${code.toString(16)}}`;

/**
 * Characters that show as nothing or reorder text: control characters but the tab, the soft
 * hyphen, the bidirectional controls and marks, zero-width spaces and joiners, invisible
 * operators, line and paragraph separators, the byte order mark, interlinear annotation marks,
 * Hangul fillers and tag characters (`hiddenRanges`).
 */
export const hiddenCharacter = new RegExp(
  `[${hiddenRanges.map(([from, to]) => `${codePoint(from)}-${codePoint(to)}`).join('')}]`,
  'u',
);

const hiddenCharacters = new RegExp(hiddenCharacter.source, 'gu');

/** `U+202E`: a character as Unicode names its code point. */
export function codePointName(character: string): string {
  return `U+${character.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A hidden character written out: `\u202E`, or `\u{E0041}` past the first plane. */
export function escapeOf(character: string): string {
  const hex = character.codePointAt(0)!.toString(16).toUpperCase();
  return hex.length > 4 ? `\\u{${hex}}` : `\\u${hex.padStart(4, '0')}`;
}

/** A name in runs of its text and of its hidden characters, each of these written out. */
export type NamePart = { text: string; hidden: boolean };

export function nameParts(name: string): NamePart[] {
  const parts: NamePart[] = [];
  let at = 0;
  for (const found of name.matchAll(hiddenCharacters)) {
    if (found.index > at) parts.push({ text: name.slice(at, found.index), hidden: false });
    parts.push({ text: escapeOf(found[0]), hidden: true });
    at = found.index + found[0].length;
  }
  if (at < name.length) parts.push({ text: name.slice(at), hidden: false });
  return parts;
}

/**
 * `text` with its hidden characters written out, each escape isolated left to right (U+2066
 * LRI … U+2069 PDI) so that it reads `\u202E` beside Arabic too.
 */
export function visibleText(text: string): string {
  return nameParts(text)
    .map((part) => (part.hidden ? `\u2066${part.text}\u2069` : part.text))
    .join('');
}

/**
 * A message of several lines (DuckDB's errors: "Binder Error: …" then "Candidate bindings: …")
 * with the hidden characters of the names it quotes written out, its line breaks kept as
 * breaks: `visibleText` of the whole wrote each one out as `\u000A`.
 */
export function visibleMessage(text: string): string {
  return text.split('\n').map(visibleText).join('\n');
}

/**
 * A user-supplied name as plain text shows it (in a sentence, an option, a title): its hidden
 * characters written out and the whole isolated (U+2068 FSI … U+2069 PDI), so that it takes
 * its direction from its own first letter and leaves the sentence around it in order.
 */
export function shownName(name: string): string {
  return `\u2068${visibleText(name)}\u2069`;
}
