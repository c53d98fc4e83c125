import { describe, expect, it } from 'vitest';
import { placeLabels } from '$lib/charts/core/labels';
import { textWidth } from '$lib/charts/core/wrap';
import { expectClearLabels } from './clear-labels';

const room = { left: 0, top: 0, right: 300, bottom: 200 };
const fontSize = 12;

describe('placeLabels(wanted, marks, { room, fontSize })', () => {
  it('puts a label above its mark when there is room, centred on it', () => {
    const mark = { id: 'a', x: 150, y: 100, r: 5 };
    const [label] = placeLabels([{ ...mark, text: '124' }], [mark], { room, fontSize });
    expect(label).toMatchObject({ id: 'a', anchor: 'middle', x: 150 });
    expect(label.y).toBeLessThan(mark.y - mark.r);
  });

  it('gives way to the label asked for first: the second goes elsewhere or is left out', () => {
    // Two marks 4 px apart: both labels cannot go above.
    const marks = [
      { id: 'first', x: 150, y: 100, r: 5 },
      { id: 'second', x: 150, y: 104, r: 5 },
    ];
    const placed = placeLabels(
      marks.map((mark) => ({ ...mark, text: '120' })),
      marks,
      { room, fontSize },
    );
    expect(placed[0]).toMatchObject({ id: 'first', anchor: 'middle' });
    expect(placed[0].y).toBeLessThan(100);
    expectClearLabels(placed, marks, { room, fontSize });
  });

  it('leaves out a label that fits nowhere in the room, and keeps every label inside it', () => {
    const narrow = { left: 0, top: 0, right: 40, bottom: 30 };
    const mark = { id: 'wide', x: 20, y: 15, r: 5 };
    const text = 'a label far wider than the room';
    expect(textWidth(text, fontSize)).toBeGreaterThan(narrow.right);
    expect(placeLabels([{ ...mark, text }], [mark], { room: narrow, fontSize })).toEqual([]);

    const many = Array.from({ length: 30 }, (_, i) => ({
      id: `m${i}`,
      x: 10 + ((i * 37) % 280),
      y: 10 + ((i * 53) % 180),
      r: 5,
    }));
    const placed = placeLabels(
      many.map((mark) => ({ ...mark, text: mark.id })),
      many,
      { room, fontSize },
    );
    expect(placed.length).toBeGreaterThan(0);
    expectClearLabels(placed, many, { room, fontSize });
  });
});
