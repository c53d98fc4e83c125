import type { NodeDatabase } from '$lib/db/node.server';
import { inspect } from '$lib/upload/inspect';
import {
  rowsFromCounts,
  stagingSql,
  typedTableSql,
  typeCountsSql,
  typeFromCounts,
} from '$lib/upload/sql';

let loads = 0;

/**
 * Loads `bytes` into `db` as the browser does (preview, staging as text, typing, table), with
 * the load's own SQL on a real DuckDB, the engine the browser runs.
 */
export function loadUpload(db: NodeDatabase, bytes: Uint8Array, table: string) {
  const preview = inspect(bytes, bytes.length);
  const names = preview.columns.map((column) => column.name);
  const file = `load-${++loads}.csv`;
  const staging = `__staging_${loads}`;
  db.registerFile(file, bytes);
  try {
    db.query(stagingSql(staging, file, preview.options, names));
    const counts = db.query(typeCountsSql(staging, names));
    const types = names.map((_, index) => typeFromCounts(counts, index));
    db.query(typedTableSql(table, staging, names, types));
    return { rows: rowsFromCounts(counts), types, names, format: preview.format };
  } finally {
    db.query(`DROP TABLE IF EXISTS ${staging}`);
  }
}
