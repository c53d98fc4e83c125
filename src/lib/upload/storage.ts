import type { ArrowCopy } from '$lib/db/kept';
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
  /** The Arrow copy (`file` in the folder) that loads without parsing text, once written. */
  arrow?: ArrowCopy & { file: string };
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

/** A table of that name was kept (by another tab) after this one chose the name: never replaced. */
export class TableTakenError extends Error {
  constructor(
    readonly table: string,
    /** Every name storage holds or another tab is loading at this moment. */
    readonly taken: ReadonlySet<string>,
  ) {
    super(`a table named ${table} is already kept`);
  }
}

/** What one tab tells the others on the channel `sdg-uploads`. */
export type StorageNews =
  { kind: 'kept'; table: StoredTable } | { kind: 'removed'; table: string; loadedAt: string };

/**
 * Uploaded tables are kept in the Origin Private File System as the UTF-8 CSV DuckDB read
 * (`<table>.csv`) and a description of each (`<table>.meta.json`). Once kept, an Arrow copy
 * (`<table>.<time>.arrow`, see `$lib/db/kept`) is written beside them and named in the
 * description: a reload loads that, with no text to parse; the CSV stays as the fallback.
 * (DuckDB-WASM's own OPFS database files do not survive a reload in this version.) There is no shared index to rewrite: the list is whatever descriptions the
 * folder holds, so a crash while one table is written or removed cannot lose another.
 * Every write runs under the Web Lock `sdg-uploads`, shared by all tabs of the site, and a tab
 * loading a table holds the lock `sdg-uploads:table:<name>` until the table is kept or failed.
 */
const folderName = 'uploads';
/** Written by earlier versions: one list of every table; read, then replaced by descriptions. */
const legacyIndexName = 'index.json';
const metaSuffix = '.meta.json';
const lockName = 'sdg-uploads';
const claimPrefix = `${lockName}:table:`;

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

/** Where Web Locks are missing, the work runs at once: it still reads storage right before it writes. */
function withLock<T>(work: () => Promise<T>): Promise<T> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  return locks ? locks.request(lockName, work) : work();
}

/**
 * One list from the descriptions kept per table and the legacy index: a description wins over
 * a legacy entry of the same table; the oldest load comes first, as tables were loaded.
 */
export function mergeStored(
  legacy: readonly StoredTable[],
  described: readonly StoredTable[],
): StoredTable[] {
  const byName = new Map<string, StoredTable>();
  for (const entry of legacy) byName.set(entry.table, entry);
  for (const entry of described) byName.set(entry.table, entry);
  return [...byName.values()].sort(
    (a, b) => a.loadedAt.localeCompare(b.loadedAt) || a.table.localeCompare(b.table),
  );
}

/** `name` if it is free, else the next free `<name>_<n>` (a `_<n>` it already ends with counts up). */
export function freeName(name: string, taken: ReadonlySet<string>): string {
  if (!taken.has(name)) return name;
  const base = name.replace(/_\d+$/, '') || name;
  let suffix = 2;
  while (taken.has(`${base}_${suffix}`)) suffix++;
  return `${base}_${suffix}`;
}

async function readJson<T>(directory: FileSystemDirectoryHandle, name: string): Promise<T> {
  const file = await (await directory.getFileHandle(name)).getFile();
  return JSON.parse(await file.text()) as T;
}

async function readLegacy(directory: FileSystemDirectoryHandle): Promise<StoredTable[]> {
  try {
    const entries = await readJson<StoredTable[]>(directory, legacyIndexName);
    return Array.isArray(entries) ? entries : [];
  } catch {
    return []; // none, or a broken one: the descriptions are what counts
  }
}

async function readDescribed(directory: FileSystemDirectoryHandle): Promise<StoredTable[]> {
  const found: StoredTable[] = [];
  for await (const [name, handle] of directory.entries()) {
    if (handle.kind !== 'file' || !name.endsWith(metaSuffix)) continue;
    try {
      const entry = await readJson<StoredTable>(directory, name);
      if (entry.table === name.slice(0, -metaSuffix.length)) found.push(entry);
    } catch {
      // A description that cannot be read lists nothing; it hides no other table.
    }
  }
  return found;
}

async function readAll(directory: FileSystemDirectoryHandle): Promise<StoredTable[]> {
  return mergeStored(await readLegacy(directory), await readDescribed(directory));
}

export async function listStored(): Promise<StoredTable[]> {
  return readAll(await folder());
}

async function writeFile(directory: FileSystemDirectoryHandle, name: string, data: Blob | string) {
  const handle = await directory.getFileHandle(name, { create: true });
  // Written to a swap file that replaces the old one only on close().
  const writable = await handle.createWritable();
  try {
    await writable.write(data);
    await writable.close();
  } catch (error) {
    await writable.abort().catch(() => {});
    throw error;
  }
}

/**
 * Gives every table of the legacy index its own description, then removes the index, so
 * removing a table later is removing its files. Runs under the lock; a crash half way
 * leaves both, which read as the same list.
 */
async function migrate(directory: FileSystemDirectoryHandle): Promise<void> {
  const legacy = await readLegacy(directory);
  if (legacy.length === 0) {
    await directory.removeEntry(legacyIndexName).catch(() => {});
    return;
  }
  const described = new Set((await readDescribed(directory)).map((each) => each.table));
  for (const entry of legacy) {
    if (!described.has(entry.table)) {
      await writeFile(directory, metaName(entry.table), JSON.stringify(entry));
    }
  }
  await directory.removeEntry(legacyIndexName);
}

/** Names other tabs are loading now: they hold `sdg-uploads:table:<name>`. */
async function claimed(): Promise<string[]> {
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  if (!locks) return [];
  const { held = [] } = await locks.query();
  return held
    .map((lock) => lock.name ?? '')
    .filter((name) => name.startsWith(claimPrefix))
    .map((name) => name.slice(claimPrefix.length));
}

async function takenNow(directory: FileSystemDirectoryHandle): Promise<Set<string>> {
  return new Set([...(await readAll(directory)).map((each) => each.table), ...(await claimed())]);
}

/** The hold on a name while its table is loaded; `release` once it is kept or has failed. */
export type Claim = { release: () => void };

function hold(name: string): Promise<Claim | undefined> {
  return new Promise((granted) => {
    void navigator.locks.request(name, { ifAvailable: true }, (lock) => {
      if (!lock) {
        granted(undefined);
        return;
      }
      return new Promise<void>((release) => granted({ release: () => release() }));
    });
  });
}

/**
 * Reserves `table` for a load in this tab, checked against what storage holds and what other
 * tabs are loading at this moment. Throws `TableTakenError` when it is taken. Where storage or
 * Web Locks are missing the load goes ahead unreserved (`saveTable` checks again).
 */
export async function claimTable(table: string): Promise<Claim> {
  const none: Claim = { release: () => {} };
  let directory: FileSystemDirectoryHandle;
  try {
    directory = await folder();
  } catch {
    return none; // nothing can be kept: nothing can be overwritten
  }
  return withLock(async () => {
    const taken = await takenNow(directory).catch(() => new Set<string>());
    if (taken.has(table)) throw new TableTakenError(table, taken);
    if (typeof navigator === 'undefined' || !navigator.locks) return none;
    const claim = await hold(claimPrefix + table);
    if (!claim) throw new TableTakenError(table, new Set([...taken, table]));
    return claim;
  });
}

/**
 * Keeps `data` (the UTF-8 CSV DuckDB loaded) and describes `table`, and tells the other tabs.
 * Never replaces a kept table: throws `TableTakenError` if one of that name is kept by now.
 */
export async function saveTable(table: StoredTable, data: Blob): Promise<void> {
  const directory = await folder();
  await withLock(async () => {
    let wrote = false;
    try {
      await migrate(directory);
      const kept = await readAll(directory);
      if (kept.some((each) => each.table === table.table)) {
        throw new TableTakenError(table.table, new Set(kept.map((each) => each.table)));
      }
      wrote = true;
      await writeFile(directory, dataName(table.table), data);
      // The description is written last: until it is there, the table is not kept.
      await writeFile(directory, metaName(table.table), JSON.stringify(table));
    } catch (error) {
      if (error instanceof TableTakenError) throw error;
      if (wrote) {
        await directory.removeEntry(metaName(table.table)).catch(() => {});
        await directory.removeEntry(dataName(table.table)).catch(() => {});
      }
      throw failure(error);
    }
  });
  announce({ kind: 'kept', table });
}

export async function readStored(table: string): Promise<File> {
  const directory = await folder();
  return (await directory.getFileHandle(dataName(table))).getFile();
}

export async function removeStored(table: string): Promise<void> {
  const directory = await folder();
  const removed = await withLock(async () => {
    try {
      await migrate(directory);
      const entry = (await readDescribed(directory)).find((each) => each.table === table);
      // The description goes first: once it is gone the table is not listed, whatever follows.
      await directory.removeEntry(metaName(table)).catch((error: unknown) => {
        if (!(error instanceof DOMException && error.name === 'NotFoundError')) throw error;
      });
      await directory.removeEntry(dataName(table)).catch(() => {});
      await removeArrowFiles(directory, table);
      return entry;
    } catch (error) {
      throw failure(error);
    }
  });
  if (removed) announce({ kind: 'removed', table, loadedAt: removed.loadedAt });
}

/** Removes every Arrow copy of `table`, but `except`. Table names hold no dot. */
async function removeArrowFiles(
  directory: FileSystemDirectoryHandle,
  table: string,
  except?: string,
): Promise<void> {
  const names: string[] = [];
  for await (const [name] of directory.entries()) {
    if (name.startsWith(`${table}.`) && name.endsWith(arrowSuffix) && name !== except) {
      names.push(name);
    }
  }
  for (const name of names) await directory.removeEntry(name).catch(() => {});
}

const arrowSuffix = '.arrow';

/**
 * Writes the Arrow copy of a kept table: `write` streams it into the file (`exportArrow`)
 * and says how to read it. The file becomes visible, and the description names it, only if
 * the table is still kept as it was (the same load) when the copy is complete: a table
 * removed meanwhile leaves nothing behind. Resolves to the description as it now stands.
 */
export async function saveArrowCopy(
  table: StoredTable,
  write: (put: (bytes: Uint8Array) => Promise<void>) => Promise<ArrowCopy>,
): Promise<StoredTable | undefined> {
  const directory = await folder();
  const file = `${table.table}.${Date.parse(table.loadedAt) || 0}${arrowSuffix}`;
  const handle = await directory.getFileHandle(file, { create: true });
  // Written to a swap file that replaces the file only on close().
  const writable = await handle.createWritable();
  let copy: ArrowCopy;
  try {
    copy = await write((bytes) => writable.write(bytes as Uint8Array<ArrayBuffer>));
  } catch (error) {
    await writable.abort().catch(() => {});
    await removeEmpty(directory, file);
    throw failure(error);
  }
  return withLock(async () => {
    const kept = await readMeta(directory, table.table);
    if (!kept || kept.loadedAt !== table.loadedAt || kept.arrow) {
      await writable.abort().catch(() => {});
      if (!kept?.arrow || kept.arrow.file !== file) await removeEmpty(directory, file);
      return kept;
    }
    try {
      await writable.close();
      const described = { ...kept, arrow: { ...copy, file } };
      await writeFile(directory, metaName(table.table), JSON.stringify(described));
      await removeArrowFiles(directory, table.table, file);
      return described;
    } catch (error) {
      await directory.removeEntry(file).catch(() => {});
      throw failure(error);
    }
  });
}

/** createWritable makes the file, empty, before anything is written: gone again if unused. */
async function removeEmpty(directory: FileSystemDirectoryHandle, name: string): Promise<void> {
  try {
    const file = await (await directory.getFileHandle(name)).getFile();
    if (file.size === 0) await directory.removeEntry(name);
  } catch {
    // Not there.
  }
}

async function readMeta(
  directory: FileSystemDirectoryHandle,
  table: string,
): Promise<StoredTable | undefined> {
  try {
    return await readJson<StoredTable>(directory, metaName(table));
  } catch {
    return undefined;
  }
}

/** The Arrow copy a description names; throws `NotFoundError` if it is not there. */
export async function readArrowCopy(table: StoredTable): Promise<File> {
  if (!table.arrow) throw new DOMException('no Arrow copy', 'NotFoundError');
  const directory = await folder();
  return (await directory.getFileHandle(table.arrow.file)).getFile();
}

/**
 * Forgets an Arrow copy that did not load (missing, cut short, unreadable): the description
 * no longer names it and the file is gone, so the next visit reads the CSV, and a new copy
 * can be written. The CSV and the description otherwise stay as they were.
 */
export async function forgetArrowCopy(table: StoredTable): Promise<StoredTable | undefined> {
  const directory = await folder();
  return withLock(async () => {
    const kept = await readMeta(directory, table.table);
    if (!kept || kept.loadedAt !== table.loadedAt) return kept;
    const { arrow, ...rest } = kept;
    if (arrow) await writeFile(directory, metaName(table.table), JSON.stringify(rest));
    await removeArrowFiles(directory, table.table);
    return rest;
  }).catch((error: unknown) => {
    throw failure(error);
  });
}

function dataName(table: string): string {
  return `${table}.csv`;
}

function metaName(table: string): string {
  return `${table}${metaSuffix}`;
}

let channel: BroadcastChannel | undefined;

/** This tab's one channel: a channel never hears its own messages, so a tab never hears itself. */
function news(): BroadcastChannel | undefined {
  if (typeof BroadcastChannel === 'undefined') return undefined;
  channel ??= new BroadcastChannel(lockName);
  return channel;
}

function announce(message: StorageNews): void {
  try {
    // As plain JSON: a description may hold a reactive proxy, which cannot be cloned.
    news()?.postMessage(JSON.parse(JSON.stringify(message)));
  } catch {
    // Other tabs learn of it on their next reload.
  }
}

/** Calls `listener` whenever another tab keeps or removes a table; returns how to stop. */
export function onStorageNews(listener: (message: StorageNews) => void): () => void {
  const target = news();
  if (!target) return () => {};
  const handler = (event: MessageEvent<StorageNews>) => listener(event.data);
  target.addEventListener('message', handler);
  return () => target.removeEventListener('message', handler);
}
