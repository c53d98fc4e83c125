import { exportArrow, importArrow } from '$lib/db/kept';
import { DatabaseLost } from '$lib/db/lost';
import { loadCsvTable } from '$lib/db/uploads';
import {
  forgetArrowCopy,
  readArrowCopy,
  readStored,
  saveArrowCopy,
  type StoredTable,
} from './storage';

/** How a kept table came back: from its Arrow copy, or from its CSV. */
export type Restored = {
  rows: number;
  from: 'arrow' | 'csv';
  /** An Arrow copy was kept but could not be read: the CSV was read instead. */
  arrowLost: boolean;
};

/**
 * Writes the Arrow copy of a table just kept (see `$lib/db/kept` for why Arrow), streamed
 * from DuckDB into storage. A failure (storage full, the table removed meanwhile) leaves the
 * CSV as the only copy, which is how a table comes back when it has no Arrow copy.
 */
export async function keepArrowCopy(table: StoredTable): Promise<void> {
  await saveArrowCopy(table, (put) => exportArrow(table.table, put));
}

/**
 * Loads a kept table into DuckDB: from its Arrow copy if it has one, with no text parsed;
 * otherwise, or if that copy is missing or unreadable, from its CSV as before, and then
 * writes the Arrow copy again so the next visit is quick. Each restore is recorded as the
 * performance measure `restore:<table>` (its detail says from which copy), for the bench.
 */
export async function restoreKept(table: StoredTable): Promise<Restored> {
  const start = performance.now();
  const restored = await restoreFromCopy(table);
  performance.measure(`restore:${table.table}`, {
    start,
    end: performance.now(),
    detail: { from: restored.from, rows: restored.rows },
  });
  return restored;
}

async function restoreFromCopy(table: StoredTable): Promise<Restored> {
  let arrowLost = false;
  if (table.arrow) {
    const { parts } = table.arrow;
    try {
      const file = await readArrowCopy(table);
      const offsets = parts.map((_, index) => parts.slice(0, index).reduce((a, b) => a + b, 0));
      const size = parts.reduce((a, b) => a + b, 0);
      if (file.size !== size)
        throw new Error(`the Arrow copy holds ${file.size} bytes, not ${size}`);
      await importArrow(table.table, table.arrow, async (index) => {
        const part = file.slice(offsets[index], offsets[index] + parts[index]);
        return new Uint8Array(await part.arrayBuffer());
      });
      return { rows: table.arrow.rows, from: 'arrow', arrowLost };
    } catch (error) {
      if (error instanceof DatabaseLost) throw error;
      arrowLost = true;
      await forgetArrowCopy(table).catch(() => {});
    }
  }
  const file = await readStored(table.table);
  const names = table.columns.map((column) => column.name);
  const loaded = await loadCsvTable(table.table, file, table.options, names, () => {});
  void keepArrowCopy(table).catch(() => {});
  return { rows: loaded.rows, from: 'csv', arrowLost };
}
