import { describe, expect, it } from 'vitest';
import { wrap } from '$lib/download/image';

const LRI = '\u2066';
const PDI = '\u2069';

describe('wrap', () => {
  it('closes an isolate at the end of each line it runs over and opens it again on the next', () => {
    const source = `المصادر: ${LRI}UNODC speech 2010-10-22 (UNTOC COP5 closing remarks)${PDI}؛ الفقرة 6`;
    const lines = wrap(source, 200, 11);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.split(LRI).length, line).toBe(line.split(PDI).length);
    // The break falls inside the English: that line closes it and the next opens it again.
    const broken = lines.findIndex((line, index) => index > 0 && line.startsWith(LRI));
    expect(broken).toBeGreaterThan(0);
    expect(lines[broken - 1].endsWith(PDI)).toBe(true);
    expect(lines[broken - 1]).toContain('UNODC');
    // The same words, in the same order, once the marks are taken out.
    const words = (text: string) => text.replaceAll(LRI, '').replaceAll(PDI, '').split(/\s+/);
    expect(lines.flatMap(words)).toEqual(words(source));
  });

  it('gives the marks no width: a line of them fits as the same line without them', () => {
    const plain = 'UN Disarmament Yearbook 2011, Part II';
    expect(wrap(`${LRI}${plain}${PDI}`, 230, 11)).toEqual([`${LRI}${plain}${PDI}`]);
    expect(wrap(plain, 230, 11)).toEqual([plain]);
  });
});
