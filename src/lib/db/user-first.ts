/**
 * The user's statements before background work on the workbench's DuckDB. Its worker answers
 * one request at a time, so while a table's Arrow copy was being written (kept.ts), a query
 * the user had just run took turns with the copy, batch for batch (a GROUP BY over a 1M-row
 * table just uploaded, Run to drawn on a loaded 2-core machine: 250–790 ms while the copy was
 * written, 180–360 ms with it held). Background work waits between its steps while a user's
 * script runs.
 */
let running = 0;
let resume: () => void = () => {};
let idle: Promise<void> = Promise.resolve();

/** Runs `work`, a user's script, with background work held between its steps meanwhile. */
export async function asUserWork<T>(work: () => Promise<T>): Promise<T> {
  if (running++ === 0) idle = new Promise((done) => (resume = done));
  try {
    return await work();
  } finally {
    if (--running === 0) resume();
  }
}

/** Resolves once no user's script is running: background work awaits it between its steps. */
export function userIdle(): Promise<void> {
  return idle;
}
