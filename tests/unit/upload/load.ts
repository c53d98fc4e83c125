import type { NodeDatabase } from '$lib/db/node.server';
import { inspect } from '$lib/upload/inspect';
import { loadCsvSteps, runSteps } from '$lib/upload/load';

let loads = 0;

/**
 * Loads `bytes` into `db` as the browser does (preview, then the load's statements), with
 * the load's own SQL on a real DuckDB, the engine the browser runs.
 */
export function loadUpload(db: NodeDatabase, bytes: Uint8Array, table: string) {
  const preview = inspect(bytes, bytes.length);
  const names = preview.columns.map((column) => column.name);
  const file = `load-${++loads}.csv`;
  db.registerFile(file, bytes);
  const steps = loadCsvSteps(
    table,
    file,
    preview.options,
    names,
    preview.columns.map((column) => column.type),
  );
  const loaded = runSteps(steps, (sql) => db.query(sql));
  return {
    rows: loaded.rows,
    types: loaded.types,
    notes: loaded.notes,
    names,
    format: preview.format,
  };
}
