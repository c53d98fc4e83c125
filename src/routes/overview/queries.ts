import type { ViewQuery } from '$lib/db/result';
import eventsSql from '$lib/sql/events.sql?raw';
import figuresByIdSql from '$lib/sql/key_figures_by_id.sql?raw';

/** The headline figures on the overview, in reading order, each linked to its view. */
export const HEADLINES = [
  ['small_arms_trade_value_2014', '/trade/'],
  ['ammunition_share_of_transfers', '/trade/'],
  ['violent_deaths_by_firearms_share', '/trade/'],
  ['conflict_deaths_by_firearms_share', '/trade/'],
  ['missions_with_embargo_mandate', '/missions/'],
  ['expert_panels', '/sources/'],
  ['salw_states_ever_reporting', '/register/'],
  ['previous_recommendations', '/sources/'],
] as const;

/**
 * Where a figure's source document is described on the sources page: the document selected in
 * the citation network (`?doc=`), scrolled to that panel. `sourcesPage` is the page's address in
 * the reader's language.
 */
export function passageHref(sourcesPage: string, doc: string): string {
  return `${sourcesPage}?${new URLSearchParams({ doc })}#network`;
}

const ids = HEADLINES.map(([id]) => id).join(',');

export const queries = {
  figures: { sql: figuresByIdSql, params: [ids, ids] },
  events: { sql: eventsSql },
} satisfies Record<string, ViewQuery>;

/** Timeline lanes: what kind of step each event is. */
export const LANES = {
  decision: ['adoption', 'founding', 'launch', 'agreement', 'guidelines', 'report'],
  meeting: [
    'conference',
    'review_conference',
    'biennial_meeting',
    'expert_meeting',
    'working_group',
    'preparatory_committee',
    'consultations',
    'seminar',
    'security_council_meeting',
  ],
  field: ['mission_arrangement'],
} as const;

export type Lane = keyof typeof LANES;

/** The lane of an event kind; kinds not listed go with the meetings. */
export function laneOf(kind: string): Lane {
  for (const lane of Object.keys(LANES) as Lane[]) {
    if ((LANES[lane] as readonly string[]).includes(kind)) return lane;
  }
  return 'meeting';
}
