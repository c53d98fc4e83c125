import type { ViewQuery } from '$lib/db/result';
import figuresByIdSql from '$lib/sql/key_figures_by_id.sql?raw';

const figures = (...ids: string[]): ViewQuery => ({
  sql: figuresByIdSql,
  params: [ids.join(','), ids.join(',')],
});

export const queries = {
  trade: figures('small_arms_trade_value_2014', 'ammunition_share_of_transfers'),
  harm: figures('violent_deaths_by_firearms_share', 'conflict_deaths_by_firearms_share'),
} satisfies Record<string, ViewQuery>;
