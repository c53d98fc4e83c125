import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime.js';

/** /zh/missions/ is the Missions page in Chinese: the route is found without the prefix. */
export const reroute: Reroute = ({ url }) => deLocalizeUrl(url).pathname;
