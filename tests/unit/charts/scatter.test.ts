import { describe, expect, it } from 'vitest';
import { scatterLayout } from '$lib/charts/scatter/scatter';

describe('scatterLayout', () => {
  it('places points inside the plot, larger x to the right and larger y higher', () => {
    const layout = scatterLayout(
      [
        { key: 'a', x: 1, y: 10, label: 'a' },
        { key: 'b', x: 5, y: 50, label: 'b' },
      ],
      { width: 400 },
    );
    const [a, b] = layout.marks;
    expect(b.cx).toBeGreaterThan(a.cx);
    expect(b.cy).toBeLessThan(a.cy);
    for (const mark of layout.marks) {
      expect(mark.cx).toBeGreaterThanOrEqual(layout.plot.left);
      expect(mark.cx).toBeLessThanOrEqual(layout.plot.right);
      expect(mark.cy).toBeGreaterThanOrEqual(layout.plot.top);
      expect(mark.cy).toBeLessThanOrEqual(layout.plot.bottom);
    }
  });

  it('gives a single point room on both axes', () => {
    const layout = scatterLayout([{ key: 'a', x: 3, y: 3, label: 'a' }], { width: 400 });
    expect(Number.isFinite(layout.marks[0].cx) && Number.isFinite(layout.marks[0].cy)).toBe(true);
  });

  it('leaves out a point with a NaN, infinite or missing coordinate', () => {
    const layout = scatterLayout(
      [
        { key: 'a', x: 1, y: 10, label: 'a' },
        { key: 'nan', x: NaN, y: 20, label: 'nan' },
        { key: 'inf', x: 2, y: -Infinity, label: 'inf' },
        { key: 'null', x: 3, y: null as unknown as number, label: 'null' },
        { key: 'b', x: 5, y: 50, label: 'b' },
      ],
      { width: 400 },
    );
    expect(layout.marks.map((mark) => mark.key)).toEqual(['a', 'b']);
    expect(layout.xTicks[0].value).toBe(1);
    expect(layout.yTicks.at(-1)?.value).toBe(50);
  });
});
