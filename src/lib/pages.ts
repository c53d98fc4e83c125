import type { Pathname } from '$app/types';
import type { MessageKey } from '$lib/i18n/messages';

/**
 * The site's pages, in navigation order: the one list the navigation, the overview's list of
 * views and the browser tests read. `charts` marks the pages whose views DuckDB re-computes
 * in the browser; `blurb` is the overview's line about the page.
 */
export type SitePage = {
  path: Pathname;
  name: MessageKey;
  blurb?: MessageKey;
  charts: boolean;
};

export const sitePages: readonly SitePage[] = [
  { path: '/', name: 'nav.overview', charts: true },
  { path: '/register/', name: 'nav.register', blurb: 'overview.view.register', charts: true },
  { path: '/missions/', name: 'nav.missions', blurb: 'overview.view.missions', charts: true },
  { path: '/trade/', name: 'nav.trade', blurb: 'overview.view.trade', charts: true },
  { path: '/centres/', name: 'nav.centres', blurb: 'overview.view.centres', charts: true },
  { path: '/countries/', name: 'nav.countries', charts: false },
  { path: '/indicators/16-4-2/', name: 'nav.indicator', charts: true },
  { path: '/sources/', name: 'nav.sources', blurb: 'overview.view.sources', charts: true },
  { path: '/data/', name: 'nav.data', blurb: 'overview.view.data', charts: false },
  { path: '/workbench/', name: 'nav.workbench', charts: false },
];
