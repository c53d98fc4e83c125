import { nextKey } from './roving';

/**
 * What a mark's tooltip says: the same text for mouse, touch and keyboard focus. `value` is
 * the figure as shown, `qualifier` how exact it is ("at least", "as of a date"), `period` the
 * time it covers and `source` the document and place it comes from.
 */
export type TipContent = {
  title: string;
  /**
   * `title` cut into runs, each with its `lang` where it is not the page's (a document's name
   * left in English, on a Chinese page): the tooltip shows these when given.
   */
  titleRuns?: { text: string; lang?: string }[];
  value: string;
  qualifier?: string;
  period?: string;
  source?: string;
  /** `source` cut into runs, a name left in English marked so (see `titleRuns`). */
  sourceRuns?: { text: string; lang?: string }[];
};

/** The tooltip of one chart: which mark it belongs to, where it points, what it says. */
export type Tip = { key: string; x: number; y: number; content: TipContent };

/**
 * The tooltip state of one chart. A mark shows it on hover, tap or focus and hides it on
 * leave or blur; Escape hides it. A touch "leave" is ignored: a finger lifts right after the
 * tap that showed it, and the reader has not moved away.
 */
export class TipState {
  shown = $state<Tip | null>(null);

  show(key: string, x: number, y: number, content: TipContent): void {
    this.shown = { key, x, y, content };
  }

  hide(key?: string): void {
    if (key === undefined || this.shown?.key === key) this.shown = null;
  }

  /** Handlers for one mark, to spread on it. */
  on(key: string, x: number, y: number, content: TipContent | undefined) {
    if (!content) return {};
    return {
      onpointerenter: () => this.show(key, x, y, content),
      onpointerleave: (event: PointerEvent) => {
        if (event.pointerType !== 'touch') this.hide(key);
      },
      onfocus: () => this.show(key, x, y, content),
      onblur: () => this.hide(key),
      onclick: () => this.show(key, x, y, content),
    };
  }
}

/**
 * One tab stop for a chart's marks (WAI-ARIA roving tabindex): the mark last focused keeps
 * `tabindex=0`, arrows, Home and End move focus among `order()` (and focus shows the tip).
 */
export class RovingFocus {
  current = $state<string | null>(null);
  readonly #order: () => string[];
  readonly #rtl: boolean;

  /** `rtl`: the chart is mirrored, its left arrow steps forward. */
  constructor(order: () => string[], rtl = false) {
    this.#order = order;
    this.#rtl = rtl;
  }

  /** The key of the mark that takes the tab stop. */
  get focusKey(): string | undefined {
    const order = this.#order();
    return this.current !== null && order.includes(this.current) ? this.current : order[0];
  }

  keydown(event: KeyboardEvent, root: Element | undefined): void {
    const next = nextKey(this.#order(), this.focusKey ?? null, event.key, this.#rtl);
    if (next === null) return;
    event.preventDefault();
    this.current = next;
    root?.querySelector<SVGElement>(`[data-key="${CSS.escape(next)}"]`)?.focus();
  }
}
