import * as duckdb from '@duckdb/duckdb-wasm';
import { t } from '$lib/i18n/messages';
import { builtInUrl, wasmUrl, workerUrl } from './assets';
import { builtInCopy } from './builtin-copy';
import { builtInDatasets } from './datasets';
import { takeEarlyStart, type EarlyStart } from './early';
import { Liveness } from './liveness';
import { DatabaseLost } from './lost';
import {
  builtInFile,
  loadFromRow,
  lockedDashboardSql,
  offlineSettingsSql,
  readLoadsSql,
  workbenchSearchSql,
} from './registry';
import { errorMessage } from './result';
import { databaseStatus, workbenchStatus, type DatabaseStatus } from './status.svelte';

/**
 * Which DuckDB: the dashboard's, which holds the documents' data and runs only this site's own
 * named queries, or the workbench's, which runs whatever the user types or a link carries over
 * its own copy of that data. They are two engines in two workers, so nothing the workbench runs
 * can reach what the dashboard shows.
 */
export type EngineKind = 'dashboard' | 'workbench';

/** One start of one DuckDB: its worker, its main connection, and how to learn of its end. */
export type Database = {
  db: duckdb.AsyncDuckDB;
  /**
   * The dashboard: its one connection, over the built-in tables of a database opened read-only,
   * with file access off and its configuration locked. The workbench: its own connection.
   */
  conn: duckdb.AsyncDuckDBConnection;
  /** Counts the starts of this engine: 1, then 2 after the first restart, ... */
  generation: number;
  /** Rejects with `DatabaseLost` once this start's worker has died. */
  lost: Promise<never>;
};

/** The workbench's DuckDB: the user's tables in memory, and a read-only copy of the built-in ones. */
export type WorkbenchDatabase = Database & {
  /**
   * The connection for one user-facing purpose (the workbench's SQL, the charts of uploads):
   * opened on first use. It creates in its own in-memory catalogue and finds the built-in
   * tables after its own.
   */
  userConnection(purpose: 'workbench' | 'charts'): Promise<duckdb.AsyncDuckDBConnection>;
  /**
   * A new connection of the same kind, for work that runs several pending statements and must
   * not share a connection (a second query on a connection ends the first one's): the caller
   * closes it.
   */
  openUserConnection(): Promise<duckdb.AsyncDuckDBConnection>;
  /**
   * Attaches the documents' copy of the built-in tables again, read-only, if user SQL detached
   * it or put something else in its place.
   */
  keepBuiltIn(): Promise<void>;
};

type Engines = { dashboard: Database; workbench: WorkbenchDatabase };

type Session<K extends EngineKind> = {
  kind: K;
  generation: number;
  worker: Worker;
  opening: Promise<Engines[K]>;
  lost: Promise<never>;
  end: (reason: string) => void;
  alive: boolean;
  heartbeat?: ReturnType<typeof setInterval>;
  /** The worker static/duckdb-start.js started as the page arrived, if this start took it. */
  early?: EarlyStart;
};

type Engine<K extends EngineKind> = {
  current?: Session<K>;
  generations: number;
  restartsInARow: number;
  status: DatabaseStatus;
};

// Restarts in a row before giving up (a worker that dies as it starts would loop forever).
const maxRestarts = 3;

const engines: { [K in EngineKind]: Engine<K> } = {
  dashboard: { generations: 0, restartsInARow: 0, status: databaseStatus },
  workbench: { generations: 0, restartsInARow: 0, status: workbenchStatus },
};

/**
 * The page's DuckDB of `kind`, started on first call and shared after: DuckDB-WASM in a Web
 * Worker of its own, wasm and worker served by this site, the built-in datasets from the
 * database file the build wrote. If the worker dies, every waiting call rejects with
 * `DatabaseLost` and DuckDB starts again; the next call gets the new one.
 */
export function getDb(): Promise<Database>;
export function getDb<K extends EngineKind>(kind: K): Promise<Engines[K]>;
export function getDb(kind: EngineKind = 'dashboard'): Promise<Database> {
  const engine = engines[kind] as Engine<EngineKind>;
  engine.current ??= start(kind);
  return engine.current.opening;
}

let builtInDownload: Promise<Uint8Array> | undefined;

/**
 * The built-in database file, fetched once for both engines (each gets a copy: handing a buffer
 * to a worker takes it from this page).
 */
function builtInBytes(): Promise<Uint8Array> {
  builtInDownload ??= fetch(builtInUrl).then(async (response) => {
    if (!response.ok) throw new Error(t('database.downloadFailed', { status: response.status }));
    return new Uint8Array(await response.arrayBuffer());
  });
  const download = builtInDownload;
  // A failed download is tried again on the next start.
  download.catch(() => {
    if (builtInDownload === download) builtInDownload = undefined;
  });
  return download;
}

function start<K extends EngineKind>(kind: K): Session<K> {
  const engine = engines[kind];
  const generation = ++engine.generations;
  let end!: (reason: string) => void;
  const lost = new Promise<never>((_, reject) => {
    end = (reason) => reject(new DatabaseLost(reason));
  });
  lost.catch(() => {}); // each waiting call reports it
  // The name tells the two workers apart in a debugger (and in the browser tests).
  const early = takeEarlyStart(kind);
  const worker = early?.worker ?? new Worker(workerUrl, { name: `duckdb-${kind}` });
  const session: Session<K> = {
    kind,
    generation,
    worker,
    lost,
    end,
    alive: true,
    opening: Promise.resolve() as unknown as Promise<Engines[K]>,
    early,
  };
  worker.addEventListener('error', (event) => {
    crashed(session, event.message || t('database.workerError'));
  });
  session.opening = open(session);
  return session;
}

async function open<K extends EngineKind>(session: Session<K>): Promise<Engines[K]> {
  const status = engines[session.kind].status;
  status.phase = 'starting';
  status.expected = builtInDatasets.length;
  status.generation = session.generation;
  // The database file downloads while the wasm compiles.
  const download = builtInBytes();
  download.catch(() => {}); // reported below
  try {
    const raw = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), session.worker);
    const db = guard(raw, session.lost);
    // Watched from the start: a worker that dies while the wasm compiles is noticed too.
    watch(session, raw);
    // A worker started as the page arrived has been compiling the wasm since.
    if (session.early) await race(earlyInstantiated(session, session.early), session.lost);
    else await db.instantiate(wasmUrl);
    const bytes = (await race(download, session.lost)).slice();
    const opened =
      session.kind === 'dashboard'
        ? await openDashboard(db, bytes, status)
        : await openWorkbench(db, bytes, status);
    status.phase = 'ready';
    engines[session.kind].restartsInARow = 0;
    return { ...opened, generation: session.generation, lost: session.lost } as Engines[K];
  } catch (error) {
    if (error instanceof DatabaseLost) throw error;
    status.phase = 'failed';
    status.error = errorMessage(error);
    throw error;
  }
}

/**
 * The early worker's instantiation; if that worker died, even before this page took it over
 * (its error event then went unheard here), DuckDB is restarted as for any crash.
 */
async function earlyInstantiated(session: Session<EngineKind>, early: EarlyStart): Promise<void> {
  try {
    await early.instantiated;
  } catch (error) {
    if (!(error instanceof Error) || error.name !== 'WorkerCrash') throw error;
    crashed(session, error.message || t('database.workerError'));
    await session.lost;
  }
}

const queryConfig = {
  castBigIntToDouble: false,
  castDecimalToDouble: false,
  // A long query hands control back every 100 ms, so it can be cancelled.
  queryPollingInterval: 100,
};

/**
 * The dashboard's engine: the built-in database file is its main database, opened read-only;
 * then file access is turned off and the configuration locked, so even SQL that reached this
 * engine could not read or write a file, attach a database in memory, or change a setting
 * (what each of these blocks is tested in tests/unit/db/engines.test.ts). It runs only the
 * site's own named queries.
 */
async function openDashboard(
  db: duckdb.AsyncDuckDB,
  bytes: Uint8Array,
  status: DatabaseStatus,
): Promise<Omit<Database, 'generation' | 'lost'>> {
  await db.registerFileBuffer(builtInFile, bytes);
  await db.open({
    path: builtInFile,
    accessMode: duckdb.DuckDBAccessMode.READ_ONLY,
    query: queryConfig,
  });
  const conn = await db.connect();
  status.version = await db.getVersion();
  status.phase = 'loading';
  await conn.query(lockedDashboardSql);
  status.datasets = (await conn.query(readLoadsSql))
    .toArray()
    .map((row) => loadFromRow(row.toJSON() as Parameters<typeof loadFromRow>[0]));
  return { db, conn };
}

/**
 * The workbench's engine: an in-memory database for the user's tables, with the built-in
 * database attached read-only. The user may detach, replace or re-attach that copy: it is
 * theirs, in this worker only, and after each script it is the documents' copy again
 * (builtin-copy.ts).
 */
async function openWorkbench(
  db: duckdb.AsyncDuckDB,
  bytes: Uint8Array,
  status: DatabaseStatus,
): Promise<Omit<WorkbenchDatabase, 'generation' | 'lost'>> {
  await db.open({ query: queryConfig });
  const conn = await db.connect();
  await conn.query(offlineSettingsSql);
  status.version = await db.getVersion();
  status.phase = 'loading';
  const builtIn = builtInCopy(db, bytes);
  await builtIn.attach();
  await conn.query(workbenchSearchSql);
  status.datasets = (await conn.query(readLoadsSql))
    .toArray()
    .map((row) => loadFromRow(row.toJSON() as Parameters<typeof loadFromRow>[0]));
  const userConnections = new Map<string, Promise<duckdb.AsyncDuckDBConnection>>();
  const openUserConnection = async () => {
    const opened = await db.connect();
    await opened.query(workbenchSearchSql);
    return opened;
  };
  return {
    db,
    conn,
    userConnection(purpose) {
      let user = userConnections.get(purpose);
      if (!user) {
        user = openUserConnection();
        userConnections.set(purpose, user);
      }
      return user;
    },
    openUserConnection,
    keepBuiltIn: builtIn.keep,
  };
}

/**
 * Pings the worker and listens to it; one that gives no sign of life for long enough, after
 * a doubt confirmed, is taken for dead (see liveness.ts). Long statements run as pending
 * queries that hand control back every 100 ms and report progress, so a busy worker answers.
 */
function watch(session: Session<EngineKind>, raw: duckdb.AsyncDuckDB): void {
  const liveness = new Liveness(performance.now());
  let pinging = false;
  session.worker.addEventListener('message', () => liveness.sign(performance.now()));
  session.heartbeat = setInterval(() => {
    if (liveness.look(performance.now()) === 'dead') {
      crashed(session, t('database.noAnswer', { seconds: liveness.deadAfter / 1000 }));
      return;
    }
    if (pinging) return;
    pinging = true;
    raw.getVersion().then(
      () => (pinging = false),
      () => (pinging = false),
    );
  }, liveness.options.every);
}

function crashed(session: Session<EngineKind>, reason: string): void {
  if (!session.alive) return;
  session.alive = false;
  clearInterval(session.heartbeat);
  session.end(reason);
  session.worker.terminate();
  const engine = engines[session.kind] as Engine<EngineKind>;
  if (engine.current === session) engine.current = undefined;
  const { status } = engine;
  status.crash = reason;
  status.crashes++;
  if (++engine.restartsInARow > maxRestarts) {
    status.phase = 'failed';
    status.error = t('database.gaveUp', { count: maxRestarts, reason });
    return;
  }
  status.phase = 'restarting';
  void getDb(session.kind).catch(() => {}); // its outcome is in the engine's status
}

function race<T>(work: Promise<T>, lost: Promise<never>): Promise<T> {
  return Promise.race([work, lost]);
}

/**
 * Wraps duckdb-wasm's database, connections and prepared statements so that every call
 * still waiting when the worker dies rejects with `DatabaseLost`. (duckdb-wasm itself drops
 * its pending requests without settling them, so they would wait forever.)
 */
function guard<T extends object>(target: T, lost: Promise<never>): T {
  return new Proxy(target, {
    get(object, key) {
      const value = Reflect.get(object, key, object);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const result = value.apply(object, args);
        if (!(result instanceof Promise)) return result;
        return race(
          result.then((resolved: unknown) =>
            resolved instanceof duckdb.AsyncDuckDBConnection ||
            resolved instanceof duckdb.AsyncPreparedStatement
              ? guard(resolved, lost)
              : resolved,
          ),
          lost,
        );
      };
    },
  });
}
