/**
 * The mark a key press moves to among `keys` (in reading order), or null for other keys:
 * arrows step, Home and End jump. One tab stop per chart, arrows within it (WAI-ARIA roving
 * tabindex), so a keyboard user is not made to tab through a hundred marks. In a mirrored
 * chart (`rtl`) reading order runs leftwards, so the left arrow steps forward.
 */
export function nextKey(
  keys: string[],
  current: string | null,
  pressed: string,
  rtl = false,
): string | null {
  if (keys.length === 0) return null;
  const index = current === null ? -1 : keys.indexOf(current);
  const swap: Record<string, string> = { ArrowLeft: 'ArrowRight', ArrowRight: 'ArrowLeft' };
  switch (rtl ? (swap[pressed] ?? pressed) : pressed) {
    case 'ArrowRight':
    case 'ArrowDown':
      return keys[Math.min(keys.length - 1, index + 1)];
    case 'ArrowLeft':
    case 'ArrowUp':
      return keys[Math.max(0, index - 1)];
    case 'Home':
      return keys[0];
    case 'End':
      return keys[keys.length - 1];
    default:
      return null;
  }
}

/**
 * The key handler of a chart whose marks are selectable with one tab stop: Enter or Space
 * selects the focused mark, arrows select the next one and move focus to it. Marks carry
 * `data-key` inside `chart`.
 */
export function rovingKeydown(
  event: KeyboardEvent,
  {
    order,
    focused,
    onselect,
    chart,
    rtl = false,
  }: {
    order: string[];
    focused: string;
    onselect: (key: string) => void;
    chart: Element | undefined;
    rtl?: boolean;
  },
): void {
  if (event.key === 'Enter' || event.key === ' ') {
    event.preventDefault();
    onselect(focused);
    return;
  }
  const next = nextKey(order, focused, event.key, rtl);
  if (next === null) return;
  event.preventDefault();
  onselect(next);
  queueMicrotask(() =>
    chart?.querySelector<SVGElement>(`[data-key="${CSS.escape(next)}"]`)?.focus(),
  );
}
