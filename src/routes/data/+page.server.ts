import { datasetCatalogue, packageNames } from '$lib/datapackage/catalogue.server';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { PageServerLoad } from './$types';

// Prerendered once per language: the titles and descriptions in the page's language.
// The package's names, shown as code in the descriptions.
export const load: PageServerLoad = () => ({
  datasets: datasetCatalogue(undefined, getLocale()),
  names: packageNames(),
});
