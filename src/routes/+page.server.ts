import { viewsAtBuild } from '$lib/db/node.server';
import type { PageServerLoad } from './$types';
import { queries } from './overview/queries';

// Runs when the site is built: the cards and the timeline are in the HTML before any script loads.
export const load: PageServerLoad = async () => ({ views: await viewsAtBuild(queries) });
