import * as duckdb from '@duckdb/duckdb-wasm';
import { t } from '$lib/i18n/messages';
import { builtInUrl, wasmUrl, workerUrl } from './assets';
import { builtInDatasets } from './datasets';
import { DatabaseLost } from './lost';
import {
  attachBuiltInSql,
  builtInFile,
  dashboardSearchSql,
  loadFromRow,
  loadsTable,
  offlineSettingsSql,
  readLoadsSql,
  workbenchSearchSql,
} from './registry';
import { errorMessage } from './result';
import { databaseStatus } from './status.svelte';

/** One start of DuckDB: its worker, the dashboard's connection, and how to learn of its end. */
export type Database = {
  db: duckdb.AsyncDuckDB;
  /** The dashboard's connection: it sees the built-in tables only. */
  conn: duckdb.AsyncDuckDBConnection;
  /** Counts the starts: 1, then 2 after the first restart, ... */
  generation: number;
  /** Rejects with `DatabaseLost` once this start's worker has died. */
  lost: Promise<never>;
  /**
   * The connection for one user-facing purpose (the workbench's SQL, the uploads) on this
   * start: opened on first use. It creates in its own in-memory catalogue and finds the
   * built-in tables after its own, where DuckDB refuses every write (read-only attachment).
   */
  userConnection(purpose: 'workbench' | 'charts'): Promise<duckdb.AsyncDuckDBConnection>;
  /**
   * A new connection of the same kind, for work that runs several pending statements and must
   * not share a connection (a second query on a connection ends the first one's): the caller
   * closes it.
   */
  openUserConnection(): Promise<duckdb.AsyncDuckDBConnection>;
  /**
   * Attaches the built-in tables again if user SQL detached them (DETACH acts on the whole
   * database), so the dashboard keeps its data whatever ran in the workbench.
   */
  keepBuiltIn(): Promise<void>;
};

type Session = {
  generation: number;
  worker: Worker;
  opening: Promise<Database>;
  lost: Promise<never>;
  end: (reason: string) => void;
  alive: boolean;
  heartbeat?: ReturnType<typeof setInterval>;
};

// A heartbeat that goes unanswered this long means the worker is gone. Long statements run
// as pending queries that hand control back every 100 ms, so a busy worker still answers.
const heartbeatEvery = 1_000;
const heartbeatTimeout = 8_000;
// Restarts in a row before giving up (a worker that dies as it starts would loop forever).
const maxRestarts = 3;

let current: Session | undefined;
let generations = 0;
let restartsInARow = 0;

/**
 * The page's one database, started on first call and shared after: DuckDB-WASM in a Web
 * Worker, wasm and worker served by this site, the built-in datasets attached read-only from
 * the database file the build wrote. If the worker dies, every waiting call rejects with
 * `DatabaseLost` and DuckDB starts again; the next call gets the new one.
 */
export function getDb(): Promise<Database> {
  current ??= start();
  return current.opening;
}

function start(): Session {
  const generation = ++generations;
  let end!: (reason: string) => void;
  const lost = new Promise<never>((_, reject) => {
    end = (reason) => reject(new DatabaseLost(reason));
  });
  lost.catch(() => {}); // each waiting call reports it
  const worker = new Worker(workerUrl);
  const session: Session = {
    generation,
    worker,
    lost,
    end,
    alive: true,
    opening: Promise.resolve() as unknown as Promise<Database>,
  };
  worker.addEventListener('error', (event) => {
    crashed(session, event.message || t('database.workerError'));
  });
  session.opening = open(session);
  return session;
}

async function open(session: Session): Promise<Database> {
  databaseStatus.phase = 'starting';
  databaseStatus.expected = builtInDatasets.length;
  databaseStatus.generation = session.generation;
  // The database file downloads while the wasm compiles.
  const download = fetch(builtInUrl).then(async (response) => {
    if (!response.ok) throw new Error(t('database.downloadFailed', { status: response.status }));
    return new Uint8Array(await response.arrayBuffer());
  });
  download.catch(() => {}); // reported below
  try {
    const raw = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), session.worker);
    const db = guard(raw, session.lost);
    // Watched from the start: a worker that dies while the wasm compiles is noticed too.
    watch(session, raw);
    await db.instantiate(wasmUrl);
    await db.open({
      query: {
        castBigIntToDouble: false,
        castDecimalToDouble: false,
        // A long query hands control back every 100 ms, so it can be cancelled.
        queryPollingInterval: 100,
      },
    });
    const conn = await db.connect();
    await conn.query(offlineSettingsSql);
    databaseStatus.version = await db.getVersion();
    databaseStatus.phase = 'loading';
    await db.registerFileBuffer(builtInFile, await race(download, session.lost));
    await conn.query(attachBuiltInSql);
    await conn.query(dashboardSearchSql);
    databaseStatus.datasets = (await conn.query(readLoadsSql))
      .toArray()
      .map((row) => loadFromRow(row.toJSON() as Parameters<typeof loadFromRow>[0]));
    databaseStatus.phase = 'ready';
    restartsInARow = 0;
    const userConnections = new Map<string, Promise<duckdb.AsyncDuckDBConnection>>();
    const openUserConnection = async () => {
      const opened = await db.connect();
      await opened.query(workbenchSearchSql);
      return opened;
    };
    return {
      db,
      conn,
      generation: session.generation,
      lost: session.lost,
      userConnection(purpose) {
        let user = userConnections.get(purpose);
        if (!user) {
          user = openUserConnection();
          userConnections.set(purpose, user);
        }
        return user;
      },
      openUserConnection,
      async keepBuiltIn() {
        try {
          await conn.query(`SELECT 1 FROM ${loadsTable} LIMIT 1`);
        } catch {
          await conn.query(attachBuiltInSql);
          await conn.query(dashboardSearchSql);
        }
      },
    };
  } catch (error) {
    if (error instanceof DatabaseLost) throw error;
    databaseStatus.phase = 'failed';
    databaseStatus.error = errorMessage(error);
    throw error;
  }
}

/** Pings the worker; one that stops answering is taken for dead. */
function watch(session: Session, raw: duckdb.AsyncDuckDB): void {
  let waitingSince: number | undefined;
  session.heartbeat = setInterval(() => {
    if (waitingSince !== undefined) {
      if (performance.now() - waitingSince > heartbeatTimeout) {
        crashed(session, t('database.noAnswer', { seconds: heartbeatTimeout / 1000 }));
      }
      return;
    }
    waitingSince = performance.now();
    raw.getVersion().then(
      () => (waitingSince = undefined),
      () => (waitingSince = undefined),
    );
  }, heartbeatEvery);
}

function crashed(session: Session, reason: string): void {
  if (!session.alive) return;
  session.alive = false;
  clearInterval(session.heartbeat);
  session.end(reason);
  session.worker.terminate();
  if (current === session) current = undefined;
  databaseStatus.crash = reason;
  databaseStatus.crashes++;
  if (++restartsInARow > maxRestarts) {
    databaseStatus.phase = 'failed';
    databaseStatus.error = t('database.gaveUp', { count: maxRestarts, reason });
    return;
  }
  databaseStatus.phase = 'restarting';
  void getDb().catch(() => {}); // its outcome is in databaseStatus
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
