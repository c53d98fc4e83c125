import type { ViewQuery } from '$lib/db/result';
import embargoesSql from '$lib/sql/embargoes.sql?raw';
import tasksSql from '$lib/sql/mission_tasks.sql?raw';
import missionsSql from '$lib/sql/missions.sql?raw';
import { FACET_KEYS, emptySelection, type Selection } from './facets';

/**
 * The missions a view shows, as SQL with the view's filters bound as parameters: each facet's
 * ticked values joined by commas (empty for "any"), then the search text and the page's
 * language, whose acronyms and names the search reads too.
 */
export function missionsQuery(
  selection: Selection = emptySelection(),
  search = '',
  locale = 'en',
): ViewQuery {
  return {
    sql: missionsSql,
    params: [...FACET_KEYS.map((facet) => selection[facet].join(',')), search, locale],
  };
}

export const queries = {
  missions: missionsQuery(),
  tasks: { sql: tasksSql },
  embargoes: { sql: embargoesSql },
} satisfies Record<string, ViewQuery>;
