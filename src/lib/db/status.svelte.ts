import type { DatasetLoad } from './registry';

export type DatabasePhase = 'idle' | 'starting' | 'loading' | 'ready' | 'restarting' | 'failed';

/** What the page shows about the in-browser database: where start-up is, and each dataset's load. */
export class DatabaseStatus {
  phase = $state<DatabasePhase>('idle');
  version = $state('');
  error = $state('');
  /** Number of built-in datasets, known before any is loaded. */
  expected = $state(0);
  datasets = $state<DatasetLoad[]>([]);
  /** Which start of DuckDB this is: 1, then 2 after a restart, ... */
  generation = $state(0);
  /** How many times the worker died, and why it did last. */
  crashes = $state(0);
  crash = $state('');
}

/** The dashboard's DuckDB: the built-in datasets every page shows. */
export const databaseStatus = new DatabaseStatus();
/** The workbench's DuckDB: the user's SQL and uploads, over its own copy of the built-in datasets. */
export const workbenchStatus = new DatabaseStatus();
