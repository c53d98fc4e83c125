import { viewsAtBuild } from '$lib/db/node.server';
import type { PageServerLoad } from './$types';
import { listQueries } from './queries';

export const load: PageServerLoad = async () => ({ views: await viewsAtBuild(listQueries) });
