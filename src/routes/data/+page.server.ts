import { datasetCatalogue } from '$lib/datapackage/catalogue.server';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ datasets: datasetCatalogue() });
