import type { DatasetLoad } from './registry';

export type DatabasePhase = 'idle' | 'starting' | 'loading' | 'ready' | 'failed';

/** What the page shows about the in-browser database: where start-up is, and each dataset's load. */
class DatabaseStatus {
  phase = $state<DatabasePhase>('idle');
  version = $state('');
  error = $state('');
  /** Number of built-in datasets, known before any is loaded. */
  expected = $state(0);
  datasets = $state<DatasetLoad[]>([]);
}

export const databaseStatus = new DatabaseStatus();
