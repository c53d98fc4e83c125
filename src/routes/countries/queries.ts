import type { ViewQuery } from '$lib/db/result';
import countrySql from '$lib/sql/country.sql?raw';
import embargoesSql from '$lib/sql/country_embargoes.sql?raw';
import listSql from '$lib/sql/country_list.sql?raw';
import mentionsSql from '$lib/sql/country_mentions.sql?raw';
import missionsSql from '$lib/sql/country_missions.sql?raw';
import valuesSql from '$lib/sql/sdg_16_4_2_values.sql?raw';

/** The index of Member States with what data each has. */
export const listQueries = { countries: { sql: listSql } } satisfies Record<string, ViewQuery>;

/** One country's views, its ISO3 code bound as a parameter. */
export function countryQueries(iso3: string) {
  const code = iso3.toUpperCase();
  return {
    country: { sql: countrySql, params: [code] },
    missions: { sql: missionsSql, params: [code] },
    embargoes: { sql: embargoesSql, params: [code] },
    mentions: { sql: mentionsSql, params: [code] },
    values: { sql: valuesSql, params: [code, code] },
  } satisfies Record<string, ViewQuery>;
}
