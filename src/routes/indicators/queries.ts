import type { ViewQuery } from '$lib/db/result';
import valuesSql from '$lib/sql/sdg_16_4_2_values.sql?raw';
import indicatorsSql from '$lib/sql/sdg_indicators.sql?raw';

/** The SDG 16.4 indicators the site has a page for, by their address. */
export const INDICATORS = { '16-4-1': '16.4.1', '16-4-2': '16.4.2' } as const;
export type IndicatorSlug = keyof typeof INDICATORS;

/** An indicator page's views: target and indicator wording, and the published values. */
export const indicatorQueries = {
  indicators: { sql: indicatorsSql },
  values: { sql: valuesSql, params: ['', ''] },
} satisfies Record<string, ViewQuery>;
