import { textWidth } from './wrap';

/** A round mark on a chart: a network node, a point of a line. */
export type Circle = { id: string; x: number; y: number; r: number };

/** A mark's label where it fits: beside the circle, clear of other circles and labels. */
export type PlacedLabel = {
  id: string;
  text: string;
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
};

/**
 * A label as a chart that runs left to right (a network, a map: not mirrored) draws it, in its
 * own direction: a label with Arabic in it is isolated by its first strong letter (U+2068 FSI …
 * U+2069 PDI), so "الموقع الشبكي لنظام PoA-ISS" reads right to left, the name at its left end,
 * where inside the left-to-right SVG it showed at the right end, where an Arabic reader starts.
 * A label that starts in Latin letters ("UNLIREC · ليما", "A/67/…") stays left to right.
 */
export function inOwnDirection(text: string): string {
  return /\p{Script=Arabic}/u.test(text) ? `\u2068${text}\u2069` : text;
}

/** A rectangle in the chart's pixels: the room labels may take, or a label's own box. */
export type Box = { left: number; right: number; top: number; bottom: number };

/**
 * Labels where they fit, in the order asked (the most important first): above, below, right
 * or left of the circle, inside `room` (keeping clear of axes and titles is the caller's, by the
 * room it gives), touching no circle of `marks` but its own and no label already placed. A
 * label that fits nowhere is left out: a crowded chart (a phone) gets fewer labels, and every
 * mark keeps its name and tooltip. Pure.
 */
export function placeLabels(
  wanted: (Circle & { text: string })[],
  marks: Circle[],
  {
    room,
    fontSize,
    fontWeight = 400,
  }: {
    room: Box;
    fontSize: number;
    /** The weight the labels are drawn in (CSS `font-weight`): bold labels are wider. */
    fontWeight?: number;
  },
): PlacedLabel[] {
  const taken: Box[] = [];
  const placed: PlacedLabel[] = [];
  const ascent = fontSize * 0.8;
  const descent = fontSize * 0.25;
  const gap = 3;
  for (const mark of wanted) {
    const { id, text, x, y, r } = mark;
    const w = textWidth(text, fontSize, fontWeight);
    const candidates: PlacedLabel[] = [
      { id, text, x, y: y - r - gap - descent, anchor: 'middle' },
      { id, text, x, y: y + r + gap + ascent, anchor: 'middle' },
      { id, text, x: x + r + gap, y: y + ascent / 2 - 1, anchor: 'start' },
      { id, text, x: x - r - gap, y: y + ascent / 2 - 1, anchor: 'end' },
    ];
    for (const label of candidates) {
      const left =
        label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - w : label.x - w / 2;
      const box = { left, right: left + w, top: label.y - ascent, bottom: label.y + descent };
      const inside =
        box.left >= room.left &&
        box.right <= room.right &&
        box.top >= room.top &&
        box.bottom <= room.bottom;
      if (!inside) continue;
      if (taken.some((other) => overlaps(box, other, 2))) continue;
      if (marks.some((other) => other.id !== id && touches(box, other, 1))) continue;
      taken.push(box);
      placed.push(label);
      break;
    }
  }
  return placed;
}

function overlaps(a: Box, b: Box, pad: number): boolean {
  return (
    a.left < b.right + pad &&
    b.left < a.right + pad &&
    a.top < b.bottom + pad &&
    b.top < a.bottom + pad
  );
}

function touches(box: Box, circle: Circle, pad: number): boolean {
  const dx = circle.x - clamp(circle.x, box.left, box.right);
  const dy = circle.y - clamp(circle.y, box.top, box.bottom);
  return dx * dx + dy * dy < (circle.r + pad) ** 2;
}

export function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
