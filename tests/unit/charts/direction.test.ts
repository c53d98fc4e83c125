import { describe, expect, it } from 'vitest';
import { isolate, mirrorX } from '$lib/charts/core/direction';

describe('isolate(text, dir)', () => {
  it('makes a text without Arabic letters a left-to-right isolate in a chart drawn right to left', () => {
    expect(isolate('Group of Interested States in…', 'rtl')).toBe(
      '\u2066Group of Interested States in…\u2069',
    );
    expect(isolate('Group of Interested States in…', 'ltr')).toBe('Group of Interested States in…');
  });

  it('leaves Arabic text alone, a number at its start marked left to right included', () => {
    // "93% · 28 of 30" as the Arabic register chart writes it, the percentage with an LRM.
    const value = '\u200e93%\u200e · 28 من أصل 30';
    expect(isolate(value, 'rtl')).toBe(value);
  });
});

describe('mirrorX(x, width)', () => {
  it('reflects a position about the middle of the chart', () => {
    expect(mirrorX(0, 800)).toBe(800);
    expect(mirrorX(200, 800)).toBe(600);
  });
});
