/**
 * The direction a chart is laid out in. On Arabic pages the bar, line and timeline charts are
 * mirrored, as Material Design's bidirectionality guidance lays out right-to-left interfaces
 * (m2.material.io/design/usability/bidirectionality.html: "the passage of time is depicted
 * from left to right for LTR languages, and from right to left for RTL languages"; numbers
 * and untranslated text are not mirrored): category labels on the right, bars growing to the
 * left from a baseline on the right, value axes on the right, years running right to left.
 * Maps and the citation network are not mirrored (geography and a force layout have no
 * reading direction). Numbers keep their Western digits, as UN Arabic documents print them.
 */
export type Direction = 'ltr' | 'rtl';
// Views take it from the page's language: `dir[getLocale()]` ($lib/i18n/routing).

/** `x` reflected about the middle of a chart `width` wide. */
export function mirrorX(x: number, width: number): number {
  return width - x;
}

/**
 * `text` as it is drawn in a chart laid out `dir`: right to left, a text without Arabic letters
 * (an English name, a bare number) is a left-to-right isolate (U+2066 LRI … U+2069 PDI), so
 * "Group of Interested States in…" keeps its "…" at its end instead of moving it to its left.
 * Arabic text is left alone: it may start with a number that Intl marks left to right (LRM),
 * which a first-strong isolate would take for the direction of the whole text.
 */
export function isolate(text: string, dir: Direction): string {
  return dir === 'rtl' && !ARABIC.test(text) ? `\u2066${text}\u2069` : text;
}

const ARABIC = /\p{Script=Arabic}/u;
