import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { dataText, readTranslations, type DataText } from '../i18n/data-text';
import { parseCsv } from './csv';

/**
 * One dataset of data/datapackage.json as the data page lists it: its title and the
 * descriptions in the reader's language where data/translations.csv gives them, otherwise in
 * English as the package writes them, each with the language it is in.
 */
export type DatasetEntry = {
  name: string;
  file: string;
  title: DataText;
  description: DataText;
  rows: number;
  columns: { name: string; type: string; description: DataText }[];
  /** Its sources' titles: in the reader's language where translations.csv has a `source/` row. */
  sources: { title: DataText; path?: string }[];
};

type Resource = {
  name: string;
  path: string;
  title: string;
  description: string;
  sources?: { title: string; path?: string }[];
  schema: {
    fields: {
      name: string;
      type: string;
      description?: string;
      constraints?: { enum?: unknown[] };
    }[];
  };
};

/**
 * The names the package's descriptions write as they are, in every language: its datasets'
 * and columns' names, the values its columns allow (`confirmed`, `public_source`) and the
 * booleans' `true` and `false`. The data page shows them as code.
 */
export function packageNames(dir = path.resolve('data')): string[] {
  const datapackage = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as {
    resources: Resource[];
  };
  const names = new Set(['true', 'false']);
  for (const resource of datapackage.resources) {
    names.add(resource.name);
    for (const field of resource.schema.fields) {
      names.add(field.name);
      for (const value of field.constraints?.enum ?? []) names.add(String(value));
    }
  }
  return [...names].sort();
}

/** The package's datasets with their row counts, read from data/ when the site is built. */
export function datasetCatalogue(dir = path.resolve('data'), locale = 'en'): DatasetEntry[] {
  const datapackage = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as {
    resources: Resource[];
  };
  const translations = path.join(dir, 'translations.csv');
  const texts = readTranslations(
    existsSync(translations) ? readFileSync(translations, 'utf8') : '',
  );
  const local = (key: string, english: string) => dataText(key, english, locale, texts);
  return datapackage.resources.map((resource) => ({
    name: resource.name,
    file: resource.path,
    title: local(`dataset/${resource.name}/title`, resource.title),
    description: local(`dataset/${resource.name}/description`, resource.description),
    rows: parseCsv(readFileSync(path.join(dir, resource.path), 'utf8')).records.length,
    columns: resource.schema.fields.map((field) => ({
      name: field.name,
      type: field.type,
      description: local(`field/${resource.name}/${field.name}`, field.description ?? ''),
    })),
    sources: (resource.sources ?? []).map((source) => ({
      ...source,
      title: local(`source/${source.title}`, source.title),
    })),
  }));
}

/** The files of data/ that the site serves for download: each dataset and the package. */
export function downloadableFiles(dir = path.resolve('data')): string[] {
  return ['datapackage.json', ...datasetCatalogue(dir).map((entry) => entry.file)];
}
