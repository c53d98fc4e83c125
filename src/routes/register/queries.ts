import type { Param, ViewQuery } from '$lib/db/result';
import participationSql from '$lib/sql/register_participation.sql?raw';
import rateByCountrySql from '$lib/sql/register_rate_by_country.sql?raw';
import byGroupYearsSql from '$lib/sql/register_reporting_by_group_years.sql?raw';

export const queries = {
  groups: { sql: byGroupYearsSql, params: [] as Param[] },
  countries: { sql: rateByCountrySql },
  participation: { sql: participationSql },
} satisfies Record<string, ViewQuery>;
