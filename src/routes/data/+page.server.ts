import { datasetCatalogue } from '$lib/datapackage/catalogue.server';
import { getLocale } from '$lib/paraglide/runtime.js';
import type { PageServerLoad } from './$types';

// Prerendered once per language: the titles and descriptions in the page's language.
export const load: PageServerLoad = () => ({
  datasets: datasetCatalogue(undefined, getLocale()),
});
