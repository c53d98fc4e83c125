import { error } from '@sveltejs/kit';
import { viewsAtBuild } from '$lib/db/node.server';
import type { EntryGenerator, PageServerLoad } from './$types';
import { INDICATORS, indicatorQueries, type IndicatorSlug } from '../queries';

export const entries: EntryGenerator = () => Object.keys(INDICATORS).map((code) => ({ code }));

export const load: PageServerLoad = async ({ params }) => {
  if (!(params.code in INDICATORS)) error(404, 'Not found');
  return { code: params.code as IndicatorSlug, views: await viewsAtBuild(indicatorQueries) };
};
