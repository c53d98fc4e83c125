import type { ViewQuery } from '$lib/db/result';
import figuresSql from '$lib/sql/key_figures.sql?raw';

export const queries = {
  trade: { sql: figuresSql, params: ['trade'] },
  harm: { sql: figuresSql, params: ['harm'] },
} satisfies Record<string, ViewQuery>;
