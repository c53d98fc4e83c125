import { describe, expect, it } from 'vitest';
import {
  visibleMessage,
  bidiControl,
  codePointName,
  escapeOf,
  hiddenCharacter,
  nameParts,
  shownName,
  visibleText,
} from '$lib/i18n/hidden';

const FSI = '\u2068';
const PDI = '\u2069';
const LRI = '\u2066';

describe('shownName(name): a user-supplied name as the page shows it (issue 22)', () => {
  it('writes out the characters that reorder a name or show as nothing, and isolates it', () => {
    // The names of the attack: each looked like another ("reportexe.csv", "value").
    expect(shownName('report\u202Evsc.exe')).toBe(`${FSI}report${LRI}\\u202E${PDI}vsc.exe${PDI}`);
    expect(shownName('\u202Eeulav')).toBe(`${FSI}${LRI}\\u202E${PDI}eulav${PDI}`);
    expect(shownName('val\u2060ue')).toBe(`${FSI}val${LRI}\\u2060${PDI}ue${PDI}`);
    expect(shownName('value')).toBe(`${FSI}value${PDI}`);
    // What is left reorders nothing: no character of the name hides in what is shown.
    for (const name of ['report\u202Evsc.exe', '\u202Eeulav', 'val\u2060ue', 'a\u200Bb\uFEFF']) {
      const inside = shownName(name).slice(1, -1).replaceAll(LRI, '').replaceAll(PDI, '');
      expect(inside, name).not.toMatch(hiddenCharacter);
    }
  });

  it('leaves names in any script as they are, emoji and their variation selectors too', () => {
    for (const name of ['قيمة_المؤشر', '中文名', 'Значение', 'año', 'a b', 'x\u00A0y', '❤\uFE0F']) {
      expect(nameParts(name), name).toEqual([{ text: name, hidden: false }]);
      expect(shownName(name), name).toBe(`${FSI}${name}${PDI}`);
    }
  });

  it('splits a name into its text and its hidden characters, written out', () => {
    expect(nameParts('\u202Ecod\u202C')).toEqual([
      { text: '\\u202E', hidden: true },
      { text: 'cod', hidden: false },
      { text: '\\u202C', hidden: true },
    ]);
    expect(nameParts('\u0000\u200E\u061C')).toEqual([
      { text: '\\u0000', hidden: true },
      { text: '\\u200E', hidden: true },
      { text: '\\u061C', hidden: true },
    ]);
    expect(nameParts('')).toEqual([]);
    // A tag character past the first plane is one character, written as such.
    expect(escapeOf('\u{E0041}')).toBe('\\u{E0041}');
    expect(nameParts('a\u{E0041}')).toEqual([
      { text: 'a', hidden: false },
      { text: '\\u{E0041}', hidden: true },
    ]);
  });

  it('writes out every bidirectional control and the invisible characters the editor marks', () => {
    const bidi = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e];
    const invisible = [0x00ad, 0x200b, 0x200c, 0x200d, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064];
    for (const code of [...bidi, 0x2066, 0x2067, 0x2068, 0x2069, ...invisible, 0xfeff]) {
      const character = String.fromCodePoint(code);
      expect(hiddenCharacter.test(character), code.toString(16)).toBe(true);
      expect(visibleText(`a${character}b`)).toBe(`a${LRI}${escapeOf(character)}${PDI}b`);
    }
    for (const code of [...bidi, 0x2066, 0x2067, 0x2068, 0x2069]) {
      expect(bidiControl.test(String.fromCodePoint(code)), code.toString(16)).toBe(true);
    }
    for (const code of [0x200b, 0x2060, 0xfeff, 0x00a0]) {
      expect(bidiControl.test(String.fromCodePoint(code)), code.toString(16)).toBe(false);
    }
    expect(codePointName('\u202E')).toBe('U+202E');
    expect(codePointName('\u061C')).toBe('U+061C');
  });

  it("keeps a message's line breaks as breaks and writes out the hidden characters of the names it quotes", () => {
    // DuckDB's error for a column no table has, naming a column whose name hides U+202E.
    const message =
      'Binder Error: Referenced column "nme" not found in FROM clause!\nCandidate bindings: "na\u202Eme"';
    expect(visibleMessage(message)).toBe(
      `Binder Error: Referenced column "nme" not found in FROM clause!\nCandidate bindings: "na${LRI}\\u202E${PDI}me"`,
    );
  });
});
