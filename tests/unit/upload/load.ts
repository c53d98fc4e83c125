import type { NodeDatabase } from '$lib/db/node.server';
import { inspect, sampleBytes } from '$lib/upload/inspect';
import { loadCsvSteps, runSteps } from '$lib/upload/load';
import { LoadError } from '$lib/upload/problems';
import { readCsvFile } from '$lib/upload/read';
import { problemFromLoadError } from '$lib/upload/sql';

let loads = 0;

/**
 * Loads `bytes` into `db` as the browser does (a preview of the file's start, then
 * `readCsvFile` with the load's statements), with the load's own SQL on a real DuckDB, the
 * engine the browser runs. A failed load throws the `LoadError` the page would show.
 */
export async function loadUpload(db: NodeDatabase, bytes: Uint8Array, table: string) {
  const preview = inspect(bytes.slice(0, sampleBytes), bytes.length);
  const names = preview.columns.map((column) => column.name);
  const { data, loaded } = await readCsvFile(
    new Blob([bytes as Uint8Array<ArrayBuffer>]),
    preview.options,
    names.length,
    async (prepared) => {
      const file = `load-${++loads}.csv`;
      db.registerFile(file, new Uint8Array(await prepared.arrayBuffer()));
      const steps = loadCsvSteps(
        table,
        file,
        preview.options,
        names,
        preview.columns.map((column) => column.type),
      );
      try {
        return runSteps(steps, (sql) => db.query(sql));
      } catch (error) {
        throw new LoadError(problemFromLoadError((error as Error).message));
      }
    },
  );
  return {
    rows: loaded.rows,
    types: loaded.types,
    notes: loaded.notes,
    names,
    format: preview.format,
    preview,
    data,
  };
}
