import type { ClientInit } from '@sveltejs/kit';
import { rememberedAddress } from '$lib/i18n/routing';

/** A reader who chose Chinese on an earlier visit and opens an English address gets its Chinese page. */
export const init: ClientInit = async () => {
  const address = rememberedAddress(new URL(location.href));
  if (!address) return;
  location.replace(address);
  // The page is being replaced: do not start this one.
  await new Promise(() => {});
};
