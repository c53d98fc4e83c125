import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { tableFromIPC, type Table } from 'apache-arrow';

/**
 * Runs one statement as a pending query: DuckDB works in slices of `queryPollingInterval`
 * (100 ms) and the worker answers other messages in between, so its heartbeat keeps going
 * during a long load and `stop()` can end it. `conn.query` would hold the worker until done.
 */
export function runPending(
  conn: AsyncDuckDBConnection,
  sql: string,
  stop: () => boolean = () => false,
): Promise<Table> {
  return conn.useUnsafe(async (bindings, id) => {
    let header = await bindings.startPendingQuery(id, sql, true);
    while (header === null) {
      if (stop()) {
        await bindings.cancelPendingQuery(id);
        throw new PendingStopped();
      }
      header = await bindings.pollPendingQuery(id);
    }
    // The result is an Arrow IPC stream: a schema message, then record batches.
    const parts: Uint8Array[] = [header];
    for (;;) {
      const chunk = await bindings.fetchQueryResults(id);
      if (chunk === null) continue; // not ready yet
      if (chunk.length === 0) break;
      parts.push(chunk);
    }
    return tableFromIPC(parts);
  });
}

/** Thrown when `stop()` ended a pending query. */
export class PendingStopped extends Error {}
