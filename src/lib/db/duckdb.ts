import * as duckdb from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { builtInDatasets, createDatasetTable, fetchDataset } from './datasets';
import { offlineSettingsSql } from './registry';
import { errorMessage } from './result';
import { databaseStatus } from './status.svelte';

export type Database = {
  db: duckdb.AsyncDuckDB;
  conn: duckdb.AsyncDuckDBConnection;
};

let opening: Promise<Database> | undefined;

/**
 * The page's one database, started on first call and shared after: DuckDB-WASM in a Web
 * Worker, wasm and worker served by this site. Resolves once every built-in dataset has
 * been tried; a dataset that failed is in `databaseStatus.datasets` with its message.
 */
export function getDb(): Promise<Database> {
  opening ??= open();
  return opening;
}

async function open(): Promise<Database> {
  databaseStatus.phase = 'starting';
  databaseStatus.expected = builtInDatasets.length;
  // Downloads start now, in parallel with compiling the wasm.
  const downloads = builtInDatasets.map((dataset) => fetchDataset(dataset));
  downloads.forEach((download) => download.catch(() => {})); // reported per dataset below
  try {
    // The eh bundle: the mvp bundle turns every SQL error into "_setThrew is not defined".
    const worker = new Worker(workerUrl);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(wasmUrl);
    await db.open({
      query: {
        castBigIntToDouble: false,
        castDecimalToDouble: false,
        // A long query hands control back every 100 ms, so it can be cancelled.
        queryPollingInterval: 100,
      },
    });
    const conn = await db.connect();
    await conn.query(offlineSettingsSql);
    databaseStatus.version = await db.getVersion();
    databaseStatus.phase = 'loading';
    // One connection runs one statement at a time, so tables are created in turn.
    for (const [index, dataset] of builtInDatasets.entries()) {
      const load = await createDatasetTable(db, conn, dataset, downloads[index]);
      databaseStatus.datasets = [...databaseStatus.datasets, load];
    }
    databaseStatus.phase = 'ready';
    return { db, conn };
  } catch (error) {
    databaseStatus.phase = 'failed';
    databaseStatus.error = errorMessage(error);
    throw error;
  }
}
