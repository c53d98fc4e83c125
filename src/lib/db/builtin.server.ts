import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
// Relative imports: the Vite plugin below runs before SvelteKit's aliases exist.
import type { DataPackage } from '../datapackage/schema.ts';
import {
  builtInCatalog,
  countRowsSql,
  createLoadsSql,
  createTableSql,
  datasetFromPath,
  loadFromCount,
  loadsTable,
  offlineSettingsSql,
  schemaFor,
  type DatasetLoad,
} from './registry.ts';
import { errorMessage } from './result.ts';

/**
 * Writes every `*.csv` of `dataDir` as a table of one DuckDB database file, with how each
 * load ended in `builtin.meta.dataset_loads`: the one dataset loader, for the browser (which
 * attaches the file read-only) and for node (the build and the tests attach the same bytes).
 *
 * The file is written by native DuckDB in the storage format of DuckDB 1.4, the version
 * duckdb-wasm 1.32 runs: duckdb-wasm cannot checkpoint a database file of its own (in node
 * its writes stay in the WAL; in the browser an empty registered file is refused).
 */
export async function writeBuiltInDatabase(
  dataDir: string,
  target: string,
): Promise<DatasetLoad[]> {
  mkdirSync(path.dirname(target), { recursive: true });
  // A name of this process's own: `npm test` builds the site while the unit tests' Vite writes
  // the same database, and one writer must not delete or rename the other's half-written file.
  const partial = `${target}.${process.pid}.partial`;
  for (const stale of [partial, `${partial}.wal`]) rmSync(stale, { force: true });

  const descriptor = path.join(dataDir, 'datapackage.json');
  const dataPackage = existsSync(descriptor)
    ? (JSON.parse(readFileSync(descriptor, 'utf8')) as DataPackage)
    : undefined;
  const files = readdirSync(dataDir)
    .filter((file) => file.toLowerCase().endsWith('.csv'))
    .sort();

  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  const loads: DatasetLoad[] = [];
  try {
    await conn.run(offlineSettingsSql);
    await conn.run(
      `ATTACH '${partial.replaceAll("'", "''")}' AS ${builtInCatalog} (STORAGE_VERSION 'v1.4.0')`,
    );
    await conn.run(createLoadsSql);
    for (const file of files) {
      const found = datasetFromPath(file);
      const dataset = { ...found, schema: schemaFor(dataPackage, file) };
      const source = path.join(dataDir, file);
      let load: DatasetLoad;
      try {
        await conn.run(createTableSql(dataset, source));
        const count = await conn.runAndReadAll(countRowsSql(dataset));
        load = loadFromCount(dataset, Number(count.getRowObjects()[0].n));
      } catch (error) {
        // Users see the file's name, not where the build machine keeps it.
        load = { ...found, error: errorMessage(error).replaceAll(source, file) };
      }
      loads.push(load);
      await conn.run(`INSERT INTO ${loadsTable} VALUES ($1, $2, $3, $4)`, [
        load.table,
        load.file,
        load.error === undefined ? load.rows : null,
        load.error ?? null,
      ]);
    }
    await conn.run(`DETACH ${builtInCatalog}`);
  } finally {
    conn.closeSync();
    instance.closeSync();
  }
  renameSync(partial, target);
  return loads;
}

/** Where the build keeps the database file that the browser bundle imports with `?url`. */
export const generatedDatabase = 'src/lib/db/generated/builtin.duckdb';

/**
 * Vite plugin: writes the built-in database from `data/` when a build or dev server starts
 * (and again when a dataset changes in dev), before any module imports it.
 */
export function builtInDatabase(dataDir = 'data') {
  // Written once per process: SvelteKit's server and client builds each load this config
  // (and its modules) anew, and both must import the same bytes.
  const cache = globalThis as { sdgBuiltInDatabase?: Promise<void> };
  const write = async () => {
    const loads = await writeBuiltInDatabase(
      path.resolve(dataDir),
      path.resolve(generatedDatabase),
    );
    for (const load of loads) {
      if (load.error) console.warn(`data/${load.file} was not loaded: ${load.error}`);
    }
  };
  return {
    name: 'sdg-builtin-database',
    async buildStart() {
      cache.sdgBuiltInDatabase ??= write();
      await cache.sdgBuiltInDatabase;
    },
    configureServer(server: {
      watcher: {
        add(path: string): void;
        on(event: string, listener: (file: string) => void): void;
      };
    }) {
      server.watcher.add(path.resolve(dataDir));
      server.watcher.on('change', (file) => {
        if (file.startsWith(path.resolve(dataDir)) && file.endsWith('.csv')) {
          cache.sdgBuiltInDatabase = write();
        }
      });
    },
  };
}
