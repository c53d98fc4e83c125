import { queryAtBuild } from '$lib/db/node.server';
import registerByGroupSql from '$lib/sql/register_reporting_by_group.sql?raw';
import type { PageServerLoad } from './$types';

/** The report year of the regional chart: the one year with figures for every group. */
const REGISTER_YEAR = 2011;

// Runs when the site is built: the chart is in the HTML before any script or wasm loads.
export const load: PageServerLoad = async () => ({
  registerYear: REGISTER_YEAR,
  registerByGroup: await queryAtBuild(registerByGroupSql, [REGISTER_YEAR]),
});
