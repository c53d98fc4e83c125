/**
 * Which rows of a long result are drawn: only those in view, plus a few either side. Browsers
 * cap an element's height (about 33 million pixels in Chromium), so past `maxHeight` the
 * scroll bar maps proportionally onto the rows instead of one pixel per pixel.
 */
export type GridWindow = { first: number; count: number; offset: number; height: number };

export const maxHeight = 10_000_000;

export function gridWindow(
  rows: number,
  rowHeight: number,
  viewport: number,
  scrollTop: number,
  overscan = 6,
): GridWindow {
  const natural = rows * rowHeight;
  const height = Math.min(natural, maxHeight);
  const shown = Math.ceil(viewport / rowHeight);
  let top: number;
  if (natural <= maxHeight) top = Math.floor(scrollTop / rowHeight);
  else {
    const scrollable = Math.max(1, height - viewport);
    top = Math.round((Math.min(scrollTop, scrollable) / scrollable) * Math.max(0, rows - shown));
  }
  const first = Math.max(0, Math.min(top - overscan, rows - 1));
  const count = Math.max(0, Math.min(rows - first, shown + overscan * 2));
  // Rows are placed where the scroll position expects the first visible one.
  const offset = scrollTop + (first - top) * rowHeight;
  return {
    first,
    count,
    offset: Math.max(0, Math.min(offset, Math.max(0, height - count * rowHeight))),
    height,
  };
}
