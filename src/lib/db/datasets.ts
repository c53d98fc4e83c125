import type { AsyncDuckDB, AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import type { DataPackage } from '$lib/datapackage/schema';
import {
  countRowsSql,
  createTableSql,
  datasetFromPath,
  loadFromCount,
  schemaFor,
  type Dataset,
  type DatasetLoad,
} from './registry';
import { errorMessage } from './result';

/** A built-in dataset and the URL the built site serves its CSV file from. */
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

/** Downloads one dataset's CSV from the site itself. */
export async function fetchDataset(dataset: BuiltInDataset): Promise<Uint8Array> {
  const response = await fetch(dataset.url);
  if (!response.ok) {
    throw new Error(`${dataset.file}: the server answered HTTP ${response.status}`);
  }
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * Turns downloaded CSV bytes into a table. Never throws: a dataset that fails is reported
 * with its message and the others still load.
 */
export async function createDatasetTable(
  db: AsyncDuckDB,
  conn: AsyncDuckDBConnection,
  dataset: Dataset,
  bytes: Promise<Uint8Array>,
): Promise<DatasetLoad> {
  const { table, file } = dataset;
  try {
    await db.registerFileBuffer(file, await bytes);
    await conn.query(createTableSql(dataset));
    const count = await conn.query(countRowsSql(dataset));
    return loadFromCount(dataset, Number(count.getChild('n')?.get(0) ?? 0));
  } catch (error) {
    return { table, file, error: errorMessage(error) };
  }
}
