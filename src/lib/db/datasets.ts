import type { DataPackage } from '$lib/datapackage/schema';
import { datasetFromPath, schemaFor, type Dataset } from './registry';

/** A built-in dataset and the URL the built site serves its CSV file from (for downloads). */
export type BuiltInDataset = Dataset & { url: string };

// Every CSV in data/ is a dataset: adding a file adds a table, no list to keep in step.
const files = import.meta.glob('/data/*.csv', { query: '?url', import: 'default', eager: true });

// The package descriptor gives each table its column types.
const dataPackage = Object.values(
  import.meta.glob('/data/datapackage.json', { import: 'default', eager: true }),
)[0] as DataPackage | undefined;

export const builtInDatasets: BuiltInDataset[] = Object.entries(files)
  .map(([path, url]) => {
    const dataset = datasetFromPath(path);
    return { ...dataset, schema: schemaFor(dataPackage, dataset.file), url: url as string };
  })
  .sort((a, b) => a.table.localeCompare(b.table));
