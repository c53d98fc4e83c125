import type { ClientInit } from '@sveltejs/kit';
import { startDatabase } from '$lib/db/query';
import { rememberedAddress } from '$lib/i18n/routing';

/** A reader who chose Chinese on an earlier visit and opens an English address gets its Chinese page. */
export const init: ClientInit = async () => {
  const address = rememberedAddress(new URL(location.href));
  if (!address) {
    // DuckDB starts before hydration: its worker compiles the wasm while the page hydrates,
    // and the first chart is already drawn from the build, so nothing waits for it.
    startDatabase();
    return;
  }
  location.replace(address);
  // The page is being replaced: do not start this one.
  await new Promise(() => {});
};
