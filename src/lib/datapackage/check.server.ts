import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { CsvSyntaxError, parseCsv } from './csv';
import { checkMapShapes, crossChecks } from './crosschecks';
import { seedText, checkQuotes } from './quotes';
import {
  checkForeignKeys,
  checkTable,
  rowsOf,
  type DataPackage,
  type Problem,
  type Row,
} from './schema';

/** A data package read from disk: its descriptor, each table's rows, and the seed texts. */
export type LoadedPackage = {
  descriptor: DataPackage;
  rows: Map<string, Row[]>;
  seeds: Map<string, string>;
};

const require = createRequire(import.meta.url);

/** The ids (M49 codes) of the world-atlas 1:110m country shapes the dashboard's maps draw. */
export function worldAtlasIds(): Set<string> {
  const topology = require('world-atlas/countries-110m.json') as {
    objects: { countries: { geometries: { id?: string }[] } };
  };
  return new Set(topology.objects.countries.geometries.flatMap((g) => (g.id ? [g.id] : [])));
}

/** The table of documents, whose `seed_file` column says which documents are seeds. */
const DOCUMENTS = 'documents';

/**
 * Reads `dataDir/datapackage.json`, every table it lists and the seed files the documents
 * table names (from `seedsDir`). Problems found while reading (a CSV that cannot be parsed,
 * a CSV no resource describes) are returned, not thrown.
 */
export function loadDataPackage(
  dataDir: string,
  seedsDir: string,
): { loaded: LoadedPackage; problems: Problem[] } {
  const descriptor = JSON.parse(
    readFileSync(path.join(dataDir, 'datapackage.json'), 'utf8'),
  ) as DataPackage;
  const problems: Problem[] = [];
  const rows = new Map<string, Row[]>();

  const described = new Set(descriptor.resources.map((r) => path.basename(r.path)));
  for (const file of readdirSync(dataDir).filter((f) => f.endsWith('.csv'))) {
    if (!described.has(file)) {
      problems.push({ file, message: 'no resource in datapackage.json describes this file' });
    }
  }

  for (const resource of descriptor.resources) {
    const file = path.basename(resource.path);
    let text: string;
    try {
      text = readFileSync(path.join(dataDir, resource.path), 'utf8');
    } catch {
      problems.push({ file, message: 'the file listed in datapackage.json does not exist' });
      continue;
    }
    try {
      const table = parseCsv(text);
      problems.push(...checkTable(resource, table));
      rows.set(resource.name, rowsOf(table, resource.schema));
    } catch (error) {
      if (!(error instanceof CsvSyntaxError)) throw error;
      problems.push({
        file,
        line: error.line,
        message: `character ${error.column}: ${error.reason}`,
      });
    }
  }

  const seeds = new Map<string, string>();
  for (const doc of rows.get(DOCUMENTS) ?? []) {
    if (doc.doc_id && doc.seed_file) {
      try {
        seeds.set(doc.doc_id, seedText(readFileSync(path.join(seedsDir, doc.seed_file), 'utf8')));
      } catch {
        problems.push({
          file: `${DOCUMENTS}.csv`,
          line: doc.__line,
          column: 'seed_file',
          message: `seeds/${doc.seed_file} does not exist`,
        });
      }
    }
  }
  return { loaded: { descriptor, rows, seeds }, problems };
}

/**
 * Every problem in the data package: schema, keys, foreign keys, quotes verbatim in the seeds,
 * figures stated in their quotes, and the cross-checks between tables. Empty when all hold.
 */
export function checkDataPackage(dataDir: string, seedsDir: string): Problem[] {
  const { loaded, problems } = loadDataPackage(dataDir, seedsDir);
  const { descriptor, rows, seeds } = loaded;
  problems.push(...checkForeignKeys(descriptor.resources, rows));
  for (const resource of descriptor.resources) {
    problems.push(...checkQuotes(resource, rows.get(resource.name) ?? [], seeds));
  }
  problems.push(...crossChecks(rows));
  problems.push(...checkMapShapes(rows.get('countries') ?? [], worldAtlasIds()));
  return problems;
}
