/**
 * Which chart panels have a chart-only page under /embed/, by the route of the page that holds
 * them: `/embed/register/trend/` draws the panel `trend` of `/register/`. The embed routes
 * prerender these, so a panel listed here must exist on its page, as a direct child of the
 * page (the chart-only page hides every other one) with a chart or map tab. Not yet: the
 * missions map (its panel sits in the page's two-column layout) and the country pages.
 */
export const EMBEDDABLE: Readonly<Record<string, readonly string[]>> = {
  '/': ['timeline'],
  '/register': ['reporting', 'trend', 'participation'],
  '/trade': ['trade', 'harm'],
  '/centres': ['activities', 'centres'],
  '/indicators/[code]': ['indicator'],
  '/sources': ['network', 'embargoes'],
};

/** The overview's charts are under /embed/overview/: /embed/ itself is no page. */
const EMBED_FOLDER: Readonly<Record<string, string>> = { '/': '/overview/' };

/**
 * A route's path with its parameters filled in, with a trailing slash as the site's
 * addresses have: ('/indicators/[code]', { code: '16-4-2' }) -> '/indicators/16-4-2/'.
 */
export function routePath(routeId: string, params: Record<string, string>): string {
  const path = routeId.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? '');
  return path.endsWith('/') ? path : `${path}/`;
}

/**
 * The chart-only page of panel `panel` on the page of `routeId` (without language prefix or
 * base path), or null when that panel has none.
 */
export function embedPath(
  routeId: string | null,
  params: Record<string, string>,
  panel: string,
): string | null {
  if (!routeId || !EMBEDDABLE[routeId]?.includes(panel)) return null;
  return `/embed${EMBED_FOLDER[routeId] ?? routePath(routeId, params)}${panel}/`;
}

const escapeAttribute = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;');

/**
 * The HTML to paste into another page to show a chart: an `<iframe>` of its chart-only page,
 * named by the chart's title (a frame needs a name for screen readers), full width.
 */
export function embedCode(src: string, title: string, height = 560): string {
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" ` +
    `width="100%" height="${height}" loading="lazy" style="border: 0; max-width: 100%;"></iframe>`
  );
}
