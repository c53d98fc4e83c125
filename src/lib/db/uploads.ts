import type { AsyncDuckDB } from '@duckdb/duckdb-wasm';
import { quoteIdentifier } from '$lib/sql/identifiers';
import type { CsvOptions } from '$lib/upload/inspect';
import { LoadError, type Problem } from '$lib/upload/problems';
import { loadCsvSteps, runStepsAsync } from '$lib/upload/load';
import { problemFromLoadError } from '$lib/upload/sql';
import type { ColumnType, SqlType } from '$lib/upload/types';
import { builtInDatasets } from './datasets';
import { DatabaseLost } from './lost';
import { runPending } from './pending';
import { openWorkbenchDatabase } from './query';
import { errorMessage } from './result';

export { LoadError };

export type LoadedTable = {
  rows: number;
  columns: { name: string; type: SqlType }[];
  /** What the load did that the preview did not show (a column turned to text, and where). */
  notes: Problem[];
};

type ProgressEntry = { percentage: string | number };
type ProgressListeners = { _onExecutionProgress: ((entry: ProgressEntry) => void)[] };

/**
 * Reports DuckDB's own progress (the share of the CSV file read) while `work` runs.
 * duckdb-wasm posts these updates from its worker but has no public way to subscribe,
 * so the listener is added to its list directly.
 */
async function withProgress<T>(
  db: AsyncDuckDB,
  onProgress: (fraction: number) => void,
  work: () => Promise<T>,
): Promise<T> {
  const listeners = (db as unknown as ProgressListeners)._onExecutionProgress;
  const listener = (entry: ProgressEntry) => {
    const percentage = Number(entry.percentage);
    if (Number.isFinite(percentage) && percentage > 0) onProgress(Math.min(1, percentage / 100));
  };
  listeners.push(listener);
  try {
    return await work();
  } finally {
    listeners.splice(listeners.indexOf(listener), 1);
  }
}

let loads = 0;

/**
 * Loads a UTF-8 CSV file as `table` with DuckDB's CSV reader, typed in the same read (see
 * `loadCsvSteps`). The table appears only when every row has been read and typed: a failure leaves every other table as it was, and
 * throws a `LoadError` naming the line.
 */
export async function loadCsvTable(
  table: string,
  file: Blob,
  options: Pick<CsvOptions, 'delimiter' | 'header' | 'skip' | 'comment'>,
  names: string[],
  onProgress: (fraction: number) => void,
  /** The column types the preview showed: a column that loads otherwise is noted. */
  preview: ColumnType[] = [],
): Promise<LoadedTable> {
  const database = await openWorkbenchDatabase();
  const { db } = database;
  // A connection of its own: a restore and a user's load may run at once, and each runs
  // several pending statements that must not interleave on one connection.
  const conn = await database.openUserConnection();
  const id = ++loads;
  const fileName = `upload-${id}.csv`;
  await db.registerFileHandle(fileName, file, 2 /* BROWSER_FILEREADER */, true);
  try {
    await conn.query('SET enable_progress_bar = true');
    await conn.query('SET progress_bar_time = 0');
    const steps = loadCsvSteps(table, fileName, options, names, preview);
    const loaded = await withProgress(
      db,
      (fraction) => onProgress(fraction * 0.9),
      () =>
        runStepsAsync(steps, async (sql) => {
          try {
            return (await runPending(conn, sql)).toArray().map((row) => row.toJSON());
          } catch (error) {
            if (error instanceof DatabaseLost) throw error;
            throw new Error(errorMessage(error));
          }
        }),
    ).catch((error: unknown) => {
      if (error instanceof DatabaseLost) throw error;
      throw new LoadError(problemFromLoadError(errorMessage(error)));
    });
    onProgress(1);
    return {
      rows: loaded.rows,
      columns: names.map((name, index) => ({ name, type: loaded.types[index] })),
      notes: loaded.notes,
    };
  } catch (error) {
    if (error instanceof LoadError || error instanceof DatabaseLost) throw error;
    throw new LoadError({
      code: 'loadFailed',
      level: 'error',
      values: { message: errorMessage(error) },
    });
  } finally {
    await conn.query('SET enable_progress_bar = false').catch(() => {});
    await db.dropFile(fileName).catch(() => {});
    await conn.close().catch(() => {});
  }
}

export async function dropTable(table: string): Promise<void> {
  const conn = await (await openWorkbenchDatabase()).userConnection('charts');
  await conn.query(`DROP TABLE IF EXISTS memory.main.${quoteIdentifier(table)}`);
}

export const builtInTables: ReadonlySet<string> = new Set(
  builtInDatasets.map((each) => each.table),
);
