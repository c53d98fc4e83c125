/**
 * The user's statements before background work on the workbench's DuckDB. Its worker answers
 * one request at a time, so while a table's Arrow copy was being written (kept.ts), a query
 * the user had just run took turns with the copy, batch for batch (a GROUP BY over a 1M-row
 * table just uploaded, Run to drawn on a loaded 2-core machine: 250–790 ms while the copy was
 * written, 180–360 ms with it held). Background work waits between its steps while a user's
 * script runs.
 */
let running = 0;
let held = false;
let resume: () => void = () => {};
let idle: Promise<void> = Promise.resolve();

/**
 * Resolves once the page has had a frame to draw what a script handed over: a chart drawn
 * from a result took turns with the copy's parts otherwise (issue 24). A hidden page draws
 * no frames, so at most 100 ms later.
 */
function afterFrame(): Promise<void> {
  return new Promise((done) => {
    const later = setTimeout(done, 100);
    if (typeof requestAnimationFrame !== 'function') return;
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(later);
        done();
      }, 0),
    );
  });
}

/**
 * Runs `work`, a user's script, with background work held between its steps meanwhile and
 * until the page has drawn its result.
 */
export async function asUserWork<T>(work: () => Promise<T>): Promise<T> {
  running++;
  if (!held) {
    held = true;
    idle = new Promise((done) => (resume = done));
  }
  try {
    return await work();
  } finally {
    if (--running === 0) {
      void afterFrame().then(() => {
        if (running > 0 || !held) return;
        held = false;
        resume();
      });
    }
  }
}

/** Resolves once no user's script is running: background work awaits it between its steps. */
export function userIdle(): Promise<void> {
  return idle;
}
