import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseCsv } from './csv';

/** One dataset of data/datapackage.json as the data page lists it. */
export type DatasetEntry = {
  name: string;
  file: string;
  title: string;
  description: string;
  rows: number;
  columns: { name: string; type: string; description: string }[];
  sources: { title: string; path?: string }[];
};

type Resource = {
  name: string;
  path: string;
  title: string;
  description: string;
  sources?: { title: string; path?: string }[];
  schema: { fields: { name: string; type: string; description?: string }[] };
};

/** The package's datasets with their row counts, read from data/ when the site is built. */
export function datasetCatalogue(dir = path.resolve('data')): DatasetEntry[] {
  const datapackage = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as {
    resources: Resource[];
  };
  return datapackage.resources.map((resource) => ({
    name: resource.name,
    file: resource.path,
    title: resource.title,
    description: resource.description,
    rows: parseCsv(readFileSync(path.join(dir, resource.path), 'utf8')).records.length,
    columns: resource.schema.fields.map((field) => ({
      name: field.name,
      type: field.type,
      description: field.description ?? '',
    })),
    sources: resource.sources ?? [],
  }));
}

/** The files of data/ that the site serves for download: each dataset and the package. */
export function downloadableFiles(dir = path.resolve('data')): string[] {
  return ['datapackage.json', ...datasetCatalogue(dir).map((entry) => entry.file)];
}
