import type { ViewQuery } from '$lib/db/result';
import participationSql from '$lib/sql/register_participation.sql?raw';
import rateByCountrySql from '$lib/sql/register_rate_by_country.sql?raw';
import byGroupSql from '$lib/sql/register_reporting_by_group.sql?raw';

/** The report year of the regional chart: the one year with figures for every group. */
export const REGISTER_YEAR = 2011;

export const queries = {
  groups: { sql: byGroupSql, params: [REGISTER_YEAR] },
  countries: { sql: rateByCountrySql, params: [REGISTER_YEAR] },
  participation: { sql: participationSql },
} satisfies Record<string, ViewQuery>;
