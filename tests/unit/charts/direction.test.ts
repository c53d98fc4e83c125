import { describe, expect, it } from 'vitest';
import { isolate, mirrorX } from '$lib/charts/core/direction';

describe('isolate(text, dir)', () => {
  it('wraps text in a first-strong isolate in a chart drawn right to left, only there', () => {
    expect(isolate('Group of Interested States in…', 'rtl')).toBe(
      '\u2068Group of Interested States in…\u2069',
    );
    expect(isolate('Group of Interested States in…', 'ltr')).toBe('Group of Interested States in…');
  });
});

describe('mirrorX(x, width)', () => {
  it('reflects a position about the middle of the chart', () => {
    expect(mirrorX(0, 800)).toBe(800);
    expect(mirrorX(200, 800)).toBe(600);
  });
});
