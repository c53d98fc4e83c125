import { expect } from 'vitest';
import type { Box, Circle, PlacedLabel } from '$lib/charts/core/labels';
import { textWidth } from '$lib/charts/core/wrap';

/**
 * Asserts what a reader needs of labels drawn beside marks: each inside `room` (the frame, or
 * the part of it clear of axes and titles), none over another label, none over a mark other
 * than its own. Boxes are measured with the one text estimator the layouts use, in the labels'
 * weight, ascent 0.8 em and descent 0.25 em.
 */
export function expectClearLabels(
  labels: PlacedLabel[],
  marks: Circle[],
  { room, fontSize, fontWeight = 400 }: { room: Box; fontSize: number; fontWeight?: number },
): void {
  const boxes = labels.map((label) => {
    const w = textWidth(label.text, fontSize, fontWeight);
    const left =
      label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
    return {
      ...label,
      left,
      right: left + w,
      top: label.y - fontSize * 0.8,
      bottom: label.y + fontSize * 0.25,
    };
  });
  for (const box of boxes) {
    const name = `"${box.text}" (${box.id}) in a room ${room.right - room.left} wide`;
    expect(box.left, name).toBeGreaterThanOrEqual(room.left);
    expect(box.right, name).toBeLessThanOrEqual(room.right);
    expect(box.top, name).toBeGreaterThanOrEqual(room.top);
    expect(box.bottom, name).toBeLessThanOrEqual(room.bottom);
    for (const other of boxes) {
      if (other === box) continue;
      const apart =
        box.right <= other.left ||
        other.right <= box.left ||
        box.bottom <= other.top ||
        other.bottom <= box.top;
      expect(apart, `${name} and "${other.text}" (${other.id})`).toBe(true);
    }
    for (const mark of marks) {
      if (mark.id === box.id) continue;
      const dx = mark.x - Math.min(Math.max(mark.x, box.left), box.right);
      const dy = mark.y - Math.min(Math.max(mark.y, box.top), box.bottom);
      expect(Math.hypot(dx, dy), `${name} over mark ${mark.id}`).toBeGreaterThanOrEqual(mark.r);
    }
  }
}
