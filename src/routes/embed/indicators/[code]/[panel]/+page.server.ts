import { error } from '@sveltejs/kit';
import { viewsAtBuild } from '$lib/db/node.server';
import { EMBEDDABLE } from '$lib/share/embed';
import { INDICATORS, indicatorQueries, type IndicatorSlug } from '../../../../indicators/queries';
import type { EntryGenerator, PageServerLoad } from './$types';

const PANELS = EMBEDDABLE['/indicators/[code]'];
/** Only 16.4.2 has values to chart: 16.4.1's page has no panel. */
const CHARTED: IndicatorSlug[] = ['16-4-2'];

export const entries: EntryGenerator = () =>
  CHARTED.flatMap((code) => PANELS.map((panel) => ({ code, panel })));

export const load: PageServerLoad = async ({ params }) => {
  if (!(params.code in INDICATORS) || !PANELS.includes(params.panel)) error(404, 'Not found');
  return {
    code: params.code as IndicatorSlug,
    panel: params.panel,
    views: await viewsAtBuild(indicatorQueries),
  };
};
