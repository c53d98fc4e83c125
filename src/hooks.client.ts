import type { ClientInit } from '@sveltejs/kit';
import { startDatabase, workbenchReady } from '$lib/db/query';
import { rememberedAddress } from '$lib/i18n/routing';

/** A reader who chose Chinese on an earlier visit and opens an English address gets its Chinese page. */
export const init: ClientInit = async () => {
  // A chart-only page is in the language its embed code chose, whatever the reader chose here.
  const chartOnly = /\/embed\//.test(location.pathname);
  const address = chartOnly ? undefined : rememberedAddress(new URL(location.href));
  if (!address) {
    // DuckDB starts before hydration: its worker compiles the wasm while the page hydrates,
    // and the first chart is already drawn from the build, so nothing waits for it. The
    // workbench starts its own DuckDB first (the page waits for that one), then the dashboard's.
    if (/\/workbench\/?$/.test(location.pathname)) {
      workbenchReady().then(startDatabase, startDatabase);
    } else startDatabase();
    return;
  }
  location.replace(address);
  // The page is being replaced: do not start this one.
  await new Promise(() => {});
};
