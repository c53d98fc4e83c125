import type { ClientInit } from '@sveltejs/kit';
import { startDatabase } from '$lib/db/query';
import { loadLanguage } from '$lib/i18n/language';
import { getLocale, rememberedAddress } from '$lib/i18n/routing';

/** A reader who chose Chinese on an earlier visit and opens an English address gets its Chinese page. */
export const init: ClientInit = async () => {
  // A chart-only page is in the language its embed code chose, whatever the reader chose here.
  const chartOnly = /\/embed\//.test(location.pathname);
  const address = chartOnly ? undefined : rememberedAddress(new URL(location.href));
  if (!address) {
    // DuckDB's worker starts before hydration and compiles the wasm while the page hydrates;
    // the first chart is already drawn from the build, so nothing waits for the database.
    const database = startDatabase(
      /\/workbench\/?$/.test(location.pathname) ? 'workbench' : 'dashboard',
    )
      // A failure to start is shown by the database's status; the page hydrates all the same.
      .catch(() => {});
    // The page's words, in its language only, before it hydrates.
    await Promise.all([database, loadLanguage(getLocale())]);
    return;
  }
  location.replace(address);
  // The page is being replaced: do not start this one.
  await new Promise(() => {});
};
