import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { shapeIds, worldMapLayout } from '$lib/charts/map/map';

describe('worldMapLayout(width)', () => {
  it('fits the world to the width, wider than tall, without Antarctica', () => {
    const layout = worldMapLayout(800);
    expect(layout.width).toBe(800);
    expect(layout.height).toBeGreaterThan(300);
    expect(layout.height).toBeLessThan(800);
    expect(layout.shapes.some((shape) => shape.id === '010')).toBe(false);
  });

  it('draws every shape inside the frame', () => {
    const layout = worldMapLayout(600);
    for (const shape of layout.shapes) {
      const numbers = shape.path.match(/-?\d+(\.\d+)?/g)!.map(Number);
      const xs = numbers.filter((_, index) => index % 2 === 0);
      const ys = numbers.filter((_, index) => index % 2 === 1);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(-1);
      expect(Math.max(...xs)).toBeLessThanOrEqual(601);
      expect(Math.min(...ys)).toBeGreaterThanOrEqual(-1);
      expect(Math.max(...ys)).toBeLessThanOrEqual(layout.height + 1);
    }
  });

  it('has a shape for every country data/countries.csv says has one', () => {
    const rows = readFileSync('data/countries.csv', 'utf8').trim().split('\n').slice(1);
    const withShape = rows.filter((line) => line.includes(',true,'));
    expect(withShape.length).toBe(165);
    for (const line of withShape) expect(shapeIds.has(line.split(',')[1])).toBe(true);
  });
});
