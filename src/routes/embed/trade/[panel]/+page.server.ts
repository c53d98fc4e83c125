import { error } from '@sveltejs/kit';
import { viewsAtBuild } from '$lib/db/node.server';
import { EMBEDDABLE } from '$lib/share/embed';
import { queries } from '../../../trade/queries';
import type { EntryGenerator, PageServerLoad } from './$types';

const PANELS = EMBEDDABLE['/trade'];

export const entries: EntryGenerator = () => PANELS.map((panel) => ({ panel }));

export const load: PageServerLoad = async ({ params }) => {
  if (!PANELS.includes(params.panel)) error(404, 'Not found');
  return { panel: params.panel, views: await viewsAtBuild(queries) };
};
