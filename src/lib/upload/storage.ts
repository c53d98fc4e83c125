import type { CsvOptions } from './inspect';
import type { KnownFormat } from './formats';
import type { SqlType } from './sql';

/** An uploaded table as it is listed and kept: enough to load it again after a restart. */
export type StoredTable = {
  table: string;
  /** The file the user uploaded. */
  fileName: string;
  /** Size of the uploaded file in bytes. */
  bytes: number;
  rows: number;
  columns: { name: string; type: SqlType }[];
  /** ISO 8601 time of the load. */
  loadedAt: string;
  options: CsvOptions;
  format?: KnownFormat;
};

export type StorageFailure = 'unavailable' | 'full' | 'failed';

/** Why storage refused, from the error the browser threw. */
export class StorageError extends Error {
  constructor(
    readonly reason: StorageFailure,
    cause: unknown,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
  }
}

/**
 * Uploaded tables are kept in the Origin Private File System as the UTF-8 CSV DuckDB read,
 * with an index of what each one is; a reload reads them again with DuckDB's CSV reader.
 * (DuckDB-WASM's own OPFS database files do not survive a reload in this version.)
 */
const folderName = 'uploads';
const indexName = 'index.json';

async function folder(): Promise<FileSystemDirectoryHandle> {
  try {
    const root = await navigator.storage.getDirectory();
    return await root.getDirectoryHandle(folderName, { create: true });
  } catch (error) {
    throw new StorageError('unavailable', error);
  }
}

function failure(error: unknown): StorageError {
  if (error instanceof StorageError) return error;
  const name = error instanceof DOMException ? error.name : '';
  return new StorageError(name === 'QuotaExceededError' ? 'full' : 'failed', error);
}

export async function listStored(): Promise<StoredTable[]> {
  const directory = await folder();
  try {
    const file = await (await directory.getFileHandle(indexName)).getFile();
    return JSON.parse(await file.text()) as StoredTable[];
  } catch {
    return []; // no index yet
  }
}

async function writeFile(directory: FileSystemDirectoryHandle, name: string, data: Blob | string) {
  const handle = await directory.getFileHandle(name, { create: true });
  const writable = await handle.createWritable();
  try {
    await writable.write(data);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => {});
    throw error;
  }
}

/** Keeps `data` (the UTF-8 CSV DuckDB loaded) and lists `table`; replaces a table of that name. */
export async function saveTable(table: StoredTable, data: Blob): Promise<void> {
  const directory = await folder();
  try {
    await writeFile(directory, dataName(table.table), data);
    const others = (await listStored()).filter((each) => each.table !== table.table);
    await writeFile(directory, indexName, JSON.stringify([...others, table]));
  } catch (error) {
    await directory.removeEntry(dataName(table.table)).catch(() => {});
    throw failure(error);
  }
}

export async function readStored(table: string): Promise<File> {
  const directory = await folder();
  return (await directory.getFileHandle(dataName(table))).getFile();
}

export async function removeStored(table: string): Promise<void> {
  const directory = await folder();
  try {
    const others = (await listStored()).filter((each) => each.table !== table);
    await writeFile(directory, indexName, JSON.stringify(others));
    await directory.removeEntry(dataName(table)).catch(() => {});
  } catch (error) {
    throw failure(error);
  }
}

function dataName(table: string): string {
  return `${table}.csv`;
}
