import type { EngineKind } from './duckdb';

/** What static/duckdb-start.js started before the app ran: a worker instantiating DuckDB's wasm. */
export type EarlyStart = {
  kind: EngineKind;
  worker: Worker;
  /**
   * Resolves once the wasm is instantiated in the worker; rejects with DuckDB's error, or with
   * an error named `WorkerCrash` if the worker died.
   */
  instantiated: Promise<void>;
};

declare global {
  interface Window {
    __sdgDuckDbStart?: EarlyStart;
  }
}

/**
 * The worker static/duckdb-start.js started for this page's engine of `kind`, handed over once:
 * the first start of that engine takes it, a restart after a crash starts a worker of its own.
 */
export function takeEarlyStart(kind: EngineKind): EarlyStart | undefined {
  const early = typeof window === 'undefined' ? undefined : window.__sdgDuckDbStart;
  if (early?.kind !== kind) return undefined;
  delete window.__sdgDuckDbStart;
  return early;
}
