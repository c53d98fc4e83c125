import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as DuckDBBlocking from '@duckdb/duckdb-wasm/blocking';
import type { ScriptTokens } from '@duckdb/duckdb-wasm';
import {
  knownFunction,
  linkFunctionsSql,
  linkMacrosSql,
  macro,
  type KnownFunction,
  type PlanEngine,
} from '../sql/link.ts';
import type { Table } from 'apache-arrow';
import { withLeanNodeLinking } from '../../../scripts/duckdb-worker-lean-linking.js';
import { writeBuiltInDatabase } from './builtin.server';
import {
  attachBuiltInSql,
  builtInFile,
  loadFromRow,
  offlineSettingsSql,
  readLoadsSql,
  workbenchSearchSql,
  type DatasetLoad,
} from './registry';
import { errorMessage, type Param, type QueryResult, type ViewQuery } from './result';
import { arrowToRows, type Row } from './rows';

// duckdb-wasm's node build is CommonJS and finds its .wasm files through require.resolve.
const require = createRequire(import.meta.url);

/** DuckDB in node, running the same engine and SQL as the browser: for the build and for tests. */
export type NodeDatabase = {
  query(sql: string, params?: Param[]): Row[];
  /** The result as DuckDB gives it, an Arrow table (as the workbench keeps its results). */
  queryArrow(sql: string): Table;
  /** Makes `bytes` readable by SQL as `name` (as an upload is in the browser). */
  registerFile(name: string, bytes: Uint8Array): void;
  /** DuckDB's own tokenizer: where each token starts and what kind it is. */
  tokenize(sql: string): ScriptTokens;
  /** DuckDB's plans of statements on this connection, as the workbench judges a link's script. */
  planEngine: PlanEngine;
  datasets: DatasetLoad[];
};

let leanBlocking: typeof DuckDBBlocking | undefined;

/**
 * duckdb-wasm's blocking node build with the browser worker's lean linking
 * (scripts/duckdb-worker-lean-linking.js): an instantiation took 2.0-2.5 s of CPU, about 0.8 s
 * of it walking the engine's 75,011 exports and making a GOT entry for each, and the build and
 * the tests instantiate it about 60 times. Compiled as a module of the package's own file, so it
 * resolves what it requires, and finds its files, as `require('@duckdb/duckdb-wasm/blocking')`.
 */
function leanBlockingBuild(): typeof DuckDBBlocking {
  if (leanBlocking) return leanBlocking;
  const file = require.resolve('@duckdb/duckdb-wasm/blocking');
  const glue = new Module(file) as Module & { _compile(source: string, file: string): void };
  glue.filename = file;
  glue.paths = (Module as unknown as { _nodeModulePaths(dir: string): string[] })._nodeModulePaths(
    path.dirname(file),
  );
  glue._compile(withLeanNodeLinking(readFileSync(file, 'utf8')), file);
  glue.loaded = true;
  return (leanBlocking = glue.exports as typeof DuckDBBlocking);
}

/**
 * A fresh, instantiated DuckDB-WASM of the node build (the browser's engine, answering at
 * once), not yet opened; of `duckdb`, the blocking build with lean linking unless another is
 * given (a test compares it with the published one).
 */
export async function blockingDuckDB(
  duckdb: typeof DuckDBBlocking = leanBlockingBuild(),
): Promise<DuckDBBlocking.DuckDBBindings> {
  const dist = path.dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
  const db = await duckdb.createDuckDB(
    {
      mvp: { mainModule: path.join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
      eh: { mainModule: path.join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
    },
    new duckdb.VoidLogger(),
    duckdb.NODE_RUNTIME,
  );
  await db.instantiate();
  return db;
}

/**
 * Opens DuckDB in node as the browser has it: the datasets of `dataDir` written into one
 * database file by the shared loader (`builtin.server.ts`) and attached read-only, and an
 * in-memory catalogue for everything else (uploads in the tests).
 */
export async function openNodeDb(dataDir: string): Promise<NodeDatabase> {
  const scratch = mkdtempSync(path.join(tmpdir(), 'sdg-builtin-'));
  const file = path.join(scratch, builtInFile);
  const [db] = await Promise.all([blockingDuckDB(), writeBuiltInDatabase(dataDir, file)]);
  db.open({ query: { castBigIntToDouble: false, castDecimalToDouble: false } });
  const conn = db.connect();
  conn.query(offlineSettingsSql);
  db.registerFileBuffer(builtInFile, readFileSync(file));
  rmSync(scratch, { recursive: true, force: true });
  conn.query(attachBuiltInSql);
  conn.query(workbenchSearchSql);
  const datasets = conn
    .query(readLoadsSql)
    .toArray()
    .map((row) => loadFromRow(row.toJSON() as Parameters<typeof loadFromRow>[0]));
  let builtInFunctions: KnownFunction[] | undefined;

  return {
    datasets,
    tokenize(sql) {
      return db.tokenize(sql);
    },
    planEngine: {
      prepare(sql) {
        conn.prepare(sql).close();
      },
      explain(sql) {
        const statement = conn.prepare(`EXPLAIN (FORMAT JSON) ${sql}`);
        try {
          return String(statement.query().getChild('explain_value')?.get(0) ?? '[]');
        } finally {
          statement.close();
        }
      },
      functions() {
        return (builtInFunctions ??= conn.query(linkFunctionsSql).toArray().map(knownFunction));
      },
      macros() {
        return conn.query(linkMacrosSql).toArray().map(macro);
      },
    },
    registerFile(name, bytes) {
      db.registerFileBuffer(name, bytes);
    },
    queryArrow(sql) {
      return conn.query(sql);
    },
    query(sql, params = []) {
      if (params.length === 0) return arrowToRows(conn.query(sql));
      const statement = conn.prepare(sql);
      try {
        return arrowToRows(statement.query(...params));
      } finally {
        statement.close();
      }
    },
  };
}

let buildDb: Promise<NodeDatabase> | undefined;

/** The database the build uses to compute the built-in views over the project's `data/`. */
function getBuildDb(): Promise<NodeDatabase> {
  buildDb ??= openNodeDb(path.resolve('data')).then((db) => {
    for (const load of db.datasets) {
      if (load.error) console.warn(`data/${load.file} was not loaded: ${load.error}`);
    }
    return db;
  });
  return buildDb;
}

/** Runs a built-in view's SQL when the site is built, so the page can draw it before DuckDB-WASM starts. */
export async function queryAtBuild(sql: string, params: Param[] = []): Promise<QueryResult> {
  // Each page is rendered in six languages from the same queries: the build's database never
  // changes, so a query runs once and each page gets its own copy of the answer (DuckDB's
  // queries were over half of the prerendering's CPU, 42 of 79 s, before).
  const key = JSON.stringify([sql, params]);
  let answer = buildAnswers.get(key);
  if (!answer) {
    answer = (async (): Promise<QueryResult> => {
      try {
        const db = await getBuildDb();
        return { status: 'ready', rows: db.query(sql, params) };
      } catch (error) {
        return { status: 'error', message: errorMessage(error) };
      }
    })();
    buildAnswers.set(key, answer);
  }
  return structuredClone(await answer);
}

const buildAnswers = new Map<string, Promise<QueryResult>>();

/** Runs each of a page's named views at build time. */
export async function viewsAtBuild<K extends string>(
  queries: Record<K, ViewQuery>,
): Promise<Record<K, QueryResult>> {
  const results = {} as Record<K, QueryResult>;
  for (const name of Object.keys(queries) as K[]) {
    results[name] = await queryAtBuild(queries[name].sql, queries[name].params ?? []);
  }
  return results;
}
