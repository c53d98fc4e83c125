import { getContext, setContext } from 'svelte';

/** What a chart-only page (/embed/…) tells the page it draws: the one panel to show. */
export type EmbedContext = {
  panel: string;
  /** The path of the page the panel is on, such as `/register/`: the link back leads there. */
  back: string;
};

const KEY = Symbol('embed');

/** Marks the page drawn below as a chart-only page showing `panel` alone. */
export function setEmbed(context: EmbedContext): void {
  setContext(KEY, context);
}

/** The chart-only page's context, or undefined on an ordinary page. */
export function getEmbed(): EmbedContext | undefined {
  return getContext<EmbedContext | undefined>(KEY);
}
