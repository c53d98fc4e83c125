import { builtInTables, dropTable, loadCsvTable, LoadError } from '$lib/db/uploads';
import { datasetFromPath } from '$lib/db/registry';
import { reservedWords } from '$lib/sql/keywords';
import { errorMessage } from '$lib/db/result';
import { DatabaseLost } from '$lib/db/lost';
import { workbenchStatus } from '$lib/db/status.svelte';
import { untrack } from 'svelte';
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
  claimTable,
  freeName,
  listStored,
  onStorageNews,
  removeStored,
  saveTable,
  StorageError,
  TableTakenError,
  type Claim,
  type StorageFailure,
  type StoredTable,
} from '$lib/upload/storage';
import { readCsvFile } from '$lib/upload/read';
import { holdingUnload } from '$lib/upload/hold-unload';
import { keepArrowCopy, restoreKept } from '$lib/upload/keep-arrow';

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
export type UploadedTable = StoredTable & {
  kept: boolean;
  /** For a table kept by an earlier visit or another tab: the copy it was loaded from. */
  restoredFrom?: 'arrow' | 'csv';
  /** What the load found that the preview did not show, said once under the list. */
  notes?: Problem[];
};

/** Table names: from the file name, as built-in tables are named, and never one already taken. */
export function tableNameFor(fileName: string, taken: ReadonlySet<string>): string {
  // Accents dropped ("données" is donnees, not donn_es); what is left of a name in another
  // script ("武器转让.csv", "بيانات.csv": "_") is no name: such a file's table is "upload".
  const latin = fileName.normalize('NFKD').replace(/\p{M}/gu, '');
  let base = datasetFromPath(latin)
    .table.replace(/_{2,}/g, '_')
    .replace(/^t_(?=_)/, 't')
    .replace(/^_(?=[0-9])/, 't_')
    .replace(/^_+$/, 'upload')
    .slice(0, 55);
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
  /**
   * Kept tables read from storage but not yet loaded into DuckDB: listed at once (storage
   * answers before DuckDB has started), usable once loaded.
   */
  coming = $state<StoredTable[]>([]);
  /** Kept tables that did not load again, with why. */
  restoreFailures = $state<{ table: string; message: string }[]>([]);
  /** Kept tables whose Arrow copy could not be read: loaded from their CSV, nothing lost. */
  restoredFromCsv = $state<string[]>([]);
  /** Bumped whenever a table is added or removed, so the catalogue is read again. */
  version = $state(0);

  /** Tables kept by another tab (or an earlier visit) while they load into this tab's DuckDB. */
  private adopting = new Set<string>();
  private listening = false;

  taken(except?: number): Set<string> {
    return new Set([
      ...builtInTables,
      ...this.tables.map((table) => table.table),
      ...this.adopting,
      ...this.restoreFailures.map((failure) => failure.table),
      ...this.pending.filter((each) => each.id !== except).map((each) => each.table),
    ]);
  }

  async add(files: File[]): Promise<void> {
    // What storage holds now, so a table another tab kept is never suggested again.
    const kept = await listStored().catch((): StoredTable[] => []);
    capacity = await browserCapacity();
    for (const file of files) {
      const sample = new Uint8Array(await file.slice(0, sampleBytes).arrayBuffer());
      const detected = inspect(sample, file.size, {}, capacity);
      const id = nextId++;
      const taken = new Set([...this.taken(), ...kept.map((each) => each.table)]);
      const table = tableNameFor(file.name, taken);
      this.pending.push({ id, file, sample, detected, inspection: detected, table });
    }
  }

  /** Reads the file again with the options the user corrected. */
  correct(id: number, options: Partial<CsvOptions>): void {
    const pending = this.pending.find((each) => each.id === id);
    if (!pending) return;
    const current = pending.inspection.options;
    // A change of encoding, delimiter or comments may move the header: those are detected
    // again, and comments too after a change of encoding.
    const keep =
      'encoding' in options || 'delimiter' in options || 'comment' in options
        ? {}
        : { skip: current.skip, header: current.header };
    const comment = 'encoding' in options ? {} : { comment: current.comment };
    const next = {
      encoding: current.encoding,
      delimiter: current.delimiter,
      ...comment,
      ...keep,
      ...options,
    };
    pending.inspection = inspect(pending.sample, pending.file.size, next, capacity);
    pending.loadProblem = undefined;
  }

  discard(id: number): void {
    this.pending = this.pending.filter((each) => each.id !== id);
  }

  /**
   * Loads a previewed file into DuckDB, then keeps it in storage if storage allows. The name
   * is reserved in storage first; a name another tab kept since the preview is never
   * replaced: the load is refused and the preview offers the next free name.
   */
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
    let claim: Claim;
    try {
      claim = await claimTable(pending.table);
    } catch (error) {
      pending.progress = undefined;
      if (error instanceof TableTakenError) {
        this.renameTaken(pending, error.taken, 'nameTakenElsewhere');
        void this.catchUp();
        return;
      }
      claim = { release: () => {} };
    }
    try {
      const names = columns.map((column) => column.name);
      const { data, loaded } = await readCsvFile(
        pending.file,
        options,
        names.length,
        (prepared) =>
          loadCsvTable(
            pending.table,
            prepared,
            options,
            names,
            (fraction) => {
              pending.progress = { fraction: 0.2 + fraction * 0.8, step: 'loading' };
            },
            columns.map((column) => column.type),
          ),
        (fraction) => {
          pending.progress = { fraction: fraction * 0.2, step: 'reading' };
        },
      );
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
      this.tables = [...this.tables, { ...stored, kept: false, notes: loaded.notes }];
      this.version++;
      // Listed as soon as it can be queried; marked kept once storage has it.
      await this.keep(stored, data, pending);
    } catch (error) {
      pending.progress = undefined;
      pending.loadProblem =
        error instanceof LoadError
          ? error.problem
          : { code: 'loadFailed', level: 'error', values: { message: errorMessage(error) } };
    } finally {
      claim.release();
    }
  }

  private async keep(stored: StoredTable, data: Blob, pending: PendingFile): Promise<void> {
    try {
      await holdingUnload(() => saveTable(stored, data));
      this.tables = this.tables.map((each) =>
        each.table === stored.table ? { ...each, kept: true } : each,
      );
      void keepArrowCopy(stored).catch(() => {}); // until it is written, the CSV is the copy
    } catch (error) {
      if (!(error instanceof TableTakenError)) {
        this.storageFailed(error);
        return;
      }
      // Only without Web Locks: another tab kept this name while this one loaded. Its table
      // stays; this one goes back to its preview under the next free name.
      await dropTable(stored.table).catch(() => {});
      this.tables = this.tables.filter((each) => each.table !== stored.table);
      this.version++;
      pending.progress = undefined;
      this.pending = [...this.pending, pending];
      this.renameTaken(pending, error.taken, 'nameTakenElsewhere');
      await this.catchUp();
    }
  }

  /** Gives `pending` the next free name and says why: a table of its name was kept elsewhere. */
  private renameTaken(
    pending: PendingFile,
    storedNames: ReadonlySet<string>,
    code: 'nameKeptElsewhere' | 'nameTakenElsewhere',
  ): void {
    const name = pending.table;
    const suggested = freeName(name, new Set([...this.taken(pending.id), ...storedNames, name]));
    pending.table = suggested;
    pending.loadProblem = {
      code,
      level: code === 'nameTakenElsewhere' ? 'error' : 'warning',
      values: { name, suggested },
    };
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

  /** Loads the tables kept by earlier visits, and from then on those other tabs keep. */
  async restore(): Promise<void> {
    this.listen();
    this.restoring = true;
    try {
      await this.catchUp();
    } finally {
      this.restoring = false;
    }
  }

  /** Lists the kept tables before DuckDB is ready, so the page shows what is coming back. */
  async announce(): Promise<void> {
    try {
      this.showComing(await listStored());
    } catch {
      // Storage that cannot be read is reported by the restore, which reads it again.
    }
  }

  private showComing(stored: StoredTable[]): void {
    this.coming = stored.filter((each) => !this.tables.some((table) => table.table === each.table));
  }

  /** Loads every kept table this tab does not have yet. */
  private async catchUp(): Promise<void> {
    try {
      const stored = await listStored();
      this.showComing(stored);
      for (const table of stored) {
        await this.adopt(table);
        this.coming = this.coming.filter((each) => each.table !== table.table);
      }
    } catch (error) {
      this.coming = [];
      this.storageFailed(error);
    } finally {
      this.version++;
    }
  }

  /** Loads a kept table into this tab's DuckDB and lists it, unless this tab has that name. */
  private async adopt(table: StoredTable): Promise<void> {
    const name = table.table;
    if (this.tables.some((each) => each.table === name) || this.adopting.has(name)) return;
    if (this.restoreFailures.some((each) => each.table === name)) return;
    // This tab is loading a file under that name: its keep is refused, then it catches up.
    if (this.pending.some((each) => each.table === name && each.progress)) return;
    this.adopting.add(name);
    for (const pending of this.pending) {
      if (pending.table === name) this.renameTaken(pending, new Set(), 'nameKeptElsewhere');
    }
    try {
      const restored = await restoreKept(table);
      if (restored.arrowLost) this.restoredFromCsv = [...this.restoredFromCsv, name];
      this.tables = [
        ...this.tables,
        { ...table, rows: restored.rows, kept: true, restoredFrom: restored.from },
      ];
    } catch (error) {
      // DuckDB restarted meanwhile: the table loads again on the new one.
      if (error instanceof DatabaseLost) return;
      // The file stays kept: the user decides whether to remove it.
      const message = error instanceof LoadError ? error.problem.code : errorMessage(error);
      this.restoreFailures = [...this.restoreFailures, { table: name, message }];
    } finally {
      this.adopting.delete(name);
    }
  }

  /** Drops a table another tab removed from storage, if this tab lists that same kept table. */
  private async dropped(name: string, loadedAt: string): Promise<void> {
    this.restoreFailures = this.restoreFailures.filter((each) => each.table !== name);
    const mine = this.tables.find((each) => each.table === name);
    if (!mine?.kept || mine.loadedAt !== loadedAt) return;
    await dropTable(name).catch(() => {});
    this.tables = this.tables.filter((each) => each.table !== name);
    this.version++;
  }

  /** Tables that were for this visit only when DuckDB restarted: gone, and the user is told. */
  lostInRestart = $state<string[]>([]);
  private generation = 0;

  /**
   * After DuckDB started again (its worker died), every table is gone from it: kept tables
   * load again from storage; tables that were for this visit only are named as lost.
   */
  private async afterRestart(): Promise<void> {
    this.lostInRestart = [
      ...this.lostInRestart,
      ...this.tables.filter((each) => !each.kept).map((each) => each.table),
    ];
    this.tables = [];
    this.restoreFailures = [];
    await this.restore();
  }

  private listen(): void {
    if (this.listening) return;
    this.listening = true;
    this.generation = workbenchStatus.generation;
    $effect.root(() => {
      $effect(() => {
        if (workbenchStatus.phase !== 'ready' || workbenchStatus.generation === this.generation) {
          return;
        }
        this.generation = workbenchStatus.generation;
        untrack(() => void this.afterRestart());
      });
    });
    onStorageNews((news) => {
      if (news.kind === 'kept') {
        void this.adopt(news.table).then(() => this.version++);
      } else {
        void this.dropped(news.table, news.loadedAt);
      }
    });
  }
}

export const uploads = new Uploads();
