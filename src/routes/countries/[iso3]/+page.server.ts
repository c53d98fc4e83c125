import { error } from '@sveltejs/kit';
import { queryAtBuild, viewsAtBuild } from '$lib/db/node.server';
import { readyRows } from '$lib/db/result';
import listSql from '$lib/sql/country_list.sql?raw';
import type { EntryGenerator, PageServerLoad } from './$types';
import { countryQueries } from '../queries';

/** Every Member State in countries.csv gets its page, at its ISO3 code in lower case. */
export const entries: EntryGenerator = async () =>
  readyRows(await queryAtBuild(listSql)).map((row) => ({ iso3: String(row.slug) }));

export const load: PageServerLoad = async ({ params }) => {
  if (!/^[a-z]{3}$/.test(params.iso3)) error(404, 'Not found');
  const views = await viewsAtBuild(countryQueries(params.iso3));
  if (readyRows(views.country).length === 0) error(404, 'Not found');
  return { iso3: params.iso3, views };
};
