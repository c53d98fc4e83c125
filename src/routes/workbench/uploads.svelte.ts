import { builtInTables, dropTable, loadCsvTable, LoadError } from '$lib/db/uploads';
import { datasetFromPath } from '$lib/db/registry';
import { reservedWords } from '$lib/sql/keywords';
import { errorMessage } from '$lib/db/result';
import { browserCapacity } from '$lib/upload/capacity';
import {
  inspect,
  sampleBytes,
  type Capacity,
  type CsvOptions,
  type Inspection,
  type Problem,
} from '$lib/upload/inspect';
import {
  listStored,
  readStored,
  removeStored,
  saveTable,
  StorageError,
  type StorageFailure,
  type StoredTable,
} from '$lib/upload/storage';
import { toUtf8 } from '$lib/upload/transcode';

/** A file dropped in and not loaded yet: its preview, the options the user chose, its progress. */
export type PendingFile = {
  id: number;
  file: File;
  sample: Uint8Array;
  detected: Inspection;
  inspection: Inspection;
  table: string;
  /** Set while loading: the fraction done and what is being done. */
  progress?: { fraction: number; step: 'reading' | 'loading' };
  loadProblem?: Problem;
};

/** A table the user uploaded, and whether it is kept for the next visit. */
export type UploadedTable = StoredTable & { kept: boolean };

/** Table names: from the file name, as built-in tables are named, and never one already taken. */
export function tableNameFor(fileName: string, taken: ReadonlySet<string>): string {
  let base = datasetFromPath(fileName).table.slice(0, 55);
  if (reservedWords.has(base)) base = `${base}_data`;
  let name = base;
  for (let suffix = 2; taken.has(name); suffix++) name = `${base}_${suffix}`;
  return name;
}

export function nameProblem(name: string, taken: ReadonlySet<string>): Problem | undefined {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    return { code: 'nameInvalid', level: 'error', values: { name } };
  }
  if (reservedWords.has(name)) return { code: 'nameReserved', level: 'error', values: { name } };
  if (taken.has(name) || name.startsWith('__staging_')) {
    return {
      code: 'nameTaken',
      level: 'error',
      values: { name, builtIn: builtInTables.has(name) ? 1 : 0 },
    };
  }
  return undefined;
}

let nextId = 1;
/** What the browser can hold, read again with each file added (storage fills up). */
let capacity: Capacity = {};

class Uploads {
  pending = $state<PendingFile[]>([]);
  tables = $state<UploadedTable[]>([]);
  /** Why tables cannot be kept, if they cannot: shown once, above the list. */
  storageFailure = $state<StorageFailure | undefined>();
  restoring = $state(false);
  /** Kept tables that did not load again, with why. */
  restoreFailures = $state<{ table: string; message: string }[]>([]);
  /** Bumped whenever a table is added or removed, so the catalogue is read again. */
  version = $state(0);

  taken(except?: number): Set<string> {
    return new Set([
      ...builtInTables,
      ...this.tables.map((table) => table.table),
      ...this.pending.filter((each) => each.id !== except).map((each) => each.table),
    ]);
  }

  async add(files: File[]): Promise<void> {
    capacity = await browserCapacity();
    for (const file of files) {
      const sample = new Uint8Array(await file.slice(0, sampleBytes).arrayBuffer());
      const detected = inspect(sample, file.size, {}, capacity);
      const id = nextId++;
      const table = tableNameFor(file.name, this.taken());
      this.pending.push({ id, file, sample, detected, inspection: detected, table });
    }
  }

  /** Reads the file again with the options the user corrected. */
  correct(id: number, options: Partial<CsvOptions>): void {
    const pending = this.pending.find((each) => each.id === id);
    if (!pending) return;
    const current = pending.inspection.options;
    // A change of encoding or delimiter may move the header: those are detected again.
    const keep =
      'encoding' in options || 'delimiter' in options
        ? {}
        : { skip: current.skip, header: current.header };
    const next = { encoding: current.encoding, delimiter: current.delimiter, ...keep, ...options };
    pending.inspection = inspect(pending.sample, pending.file.size, next, capacity);
    pending.loadProblem = undefined;
  }

  discard(id: number): void {
    this.pending = this.pending.filter((each) => each.id !== id);
  }

  /** Loads a previewed file into DuckDB, then keeps it in storage if storage allows. */
  async load(id: number): Promise<void> {
    const pending = this.pending.find((each) => each.id === id);
    if (!pending || pending.progress) return;
    const problem =
      nameProblem(pending.table, this.taken(id)) ??
      pending.inspection.problems.find((each) => each.level === 'error');
    if (problem) {
      pending.loadProblem = problem;
      return;
    }
    const { options, columns, format } = pending.inspection;
    pending.loadProblem = undefined;
    pending.progress = { fraction: 0, step: 'reading' };
    try {
      const utf8 = await toUtf8(pending.file, options.encoding, (fraction) => {
        pending.progress = { fraction: fraction * 0.2, step: 'reading' };
      });
      const names = columns.map((column) => column.name);
      const loaded = await loadCsvTable(pending.table, utf8, options, names, (fraction) => {
        pending.progress = { fraction: 0.2 + fraction * 0.8, step: 'loading' };
      });
      const stored: StoredTable = {
        table: pending.table,
        fileName: pending.file.name,
        bytes: pending.file.size,
        rows: loaded.rows,
        columns: loaded.columns,
        loadedAt: new Date().toISOString(),
        options,
        format,
      };
      this.pending = this.pending.filter((each) => each.id !== id);
      this.tables = [...this.tables, { ...stored, kept: false }];
      this.version++;
      // Listed as soon as it can be queried; marked kept once storage has it.
      if (await this.keep(stored, utf8)) {
        this.tables = this.tables.map((each) =>
          each.table === stored.table ? { ...each, kept: true } : each,
        );
      }
    } catch (error) {
      pending.progress = undefined;
      pending.loadProblem =
        error instanceof LoadError
          ? error.problem
          : { code: 'loadFailed', level: 'error', values: { message: errorMessage(error) } };
    }
  }

  private async keep(stored: StoredTable, data: Blob): Promise<boolean> {
    try {
      await saveTable(stored, data);
      return true;
    } catch (error) {
      this.storageFailed(error);
      return false;
    }
  }

  async remove(table: string): Promise<void> {
    await dropTable(table);
    // The list changes once storage has forgotten it too, so a reload cannot bring it back.
    await removeStored(table).catch((error: unknown) => this.storageFailed(error));
    this.tables = this.tables.filter((each) => each.table !== table);
    this.version++;
  }

  private storageFailed(error: unknown): void {
    this.storageFailure = error instanceof StorageError ? error.reason : 'failed';
  }

  /** Removes a kept file that did not load again. */
  async forget(table: string): Promise<void> {
    try {
      await removeStored(table);
      this.restoreFailures = this.restoreFailures.filter((each) => each.table !== table);
    } catch (error) {
      this.storageFailed(error);
    }
  }

  /** Loads the tables kept by earlier visits. */
  async restore(): Promise<void> {
    this.restoring = true;
    try {
      const stored = await listStored();
      for (const table of stored) {
        if (this.tables.some((each) => each.table === table.table)) continue;
        try {
          const file = await readStored(table.table);
          const names = table.columns.map((column) => column.name);
          const loaded = await loadCsvTable(table.table, file, table.options, names, () => {});
          this.tables = [...this.tables, { ...table, rows: loaded.rows, kept: true }];
        } catch (error) {
          // The file stays kept: the user decides whether to remove it.
          const message = error instanceof LoadError ? error.problem.code : errorMessage(error);
          this.restoreFailures = [...this.restoreFailures, { table: table.table, message }];
        }
      }
    } catch (error) {
      this.storageFailed(error);
    } finally {
      this.restoring = false;
      this.version++;
    }
  }
}

export const uploads = new Uploads();
