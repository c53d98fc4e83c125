// What the bench runs inside pages: recorders installed before the page's own scripts, and
// waits that resolve to the page's clock (performance.now(), milliseconds since navigation)
// when the awaited sign first shows. Only the page's existing test ids are read.

/**
 * Installed before the HTML is parsed: records when the first chart mark exists, when DuckDB
 * is ready (the datasets' status), and when every view says it was re-computed in the browser.
 */
export const loadRecorder = () => {
  const times = /** @type {Record<string, number | undefined>} */ ({});
  Object.defineProperty(window, '__bench', { value: times });
  const observer = new MutationObserver(() => {
    times.firstMark ??= document.querySelector('main svg[data-chart] .mark')
      ? performance.now()
      : undefined;
    times.ready ??= document.querySelector('[data-testid="database-status"][data-phase="ready"]')
      ? performance.now()
      : undefined;
    const statuses = [...document.querySelectorAll('[data-testid="live-status"]')];
    if (
      times.views === undefined &&
      statuses.length > 0 &&
      statuses.every((each) => each.getAttribute('data-computed-in') === 'browser')
    ) {
      times.views = performance.now();
    }
    if (times.firstMark && times.ready && times.views) observer.disconnect();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
};

/**
 * Installed before the page's scripts: every main-thread task of 50 ms and more
 * (PerformanceObserver "longtask"), every click's time, and the longest gap between frames
 * after `window.__frames()` starts watching.
 */
export const taskRecorder = () => {
  const state = {
    tasks: /** @type {{ start: number, duration: number }[]} */ ([]),
    clicks: /** @type {{ at: number, testid: string }[]} */ ([]),
    frames: { watching: false, last: 0, gaps: /** @type {{ at: number, gap: number }[]} */ ([]) },
  };
  Object.defineProperty(window, '__tasks', { value: state });
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        state.tasks.push({ start: entry.startTime, duration: entry.duration });
      }
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // no longtask support: the frame gaps still say it
  }
  document.addEventListener(
    'click',
    (event) => {
      const target = /** @type {Element} */ (event.target);
      const marked = target.closest?.('[data-testid]');
      const testid = target.closest?.('[data-testid="file-preview"] button.primary')
        ? 'load'
        : (marked?.getAttribute('data-testid') ?? '');
      state.clicks.push({ at: performance.now(), testid });
    },
    true,
  );
  Object.defineProperty(window, '__frames', {
    value: () => {
      if (state.frames.watching) return;
      state.frames.watching = true;
      state.frames.last = performance.now();
      const frame = (/** @type {number} */ now) => {
        state.frames.gaps.push({ at: now, gap: now - state.frames.last });
        state.frames.last = now;
        requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    },
  });
};

/**
 * Waits until `predicate(arg)` returns a time (it returns performance.now() once its sign
 * shows, false before), polled every frame, and resolves to that time on the page's clock.
 * (The predicates carry their own clock: the pages' CSP forbids building functions from
 * strings, so they cannot be wrapped in the page.)
 * @param {import('playwright-core').Page} page
 * @param {(arg: any) => number | false} predicate
 * @param {unknown} arg
 * @param {number} [timeout]
 * @returns {Promise<number>}
 */
export async function timeWhen(page, predicate, arg, timeout = 180_000) {
  const handle = await page.waitForFunction(predicate, arg, { timeout, polling: 'raf' });
  return /** @type {number} */ (await handle.jsonValue());
}

/** The page's clock now. */
export const pageNow = (/** @type {import('playwright-core').Page} */ page) =>
  page.evaluate(() => performance.now());

/** Once the uploaded-tables panel lists `table` (what a user sees as "loaded"): the time. */
export const tableListed = (/** @type {string} */ table) =>
  document.querySelector(`[data-testid="uploaded-tables"] tr[data-table="${table}"]`) !== null &&
  performance.now();

/**
 * Presses Run once the uploaded-tables panel lists `table` and Run is enabled, as soon as the
 * page shows both: a user's press, without the bench's own time to notice and click.
 */
export const pressRunOnceListed = (/** @type {string} */ table) => {
  const observer = new MutationObserver(() => {
    const listed = document.querySelector(
      `[data-testid="uploaded-tables"] tr[data-table="${table}"]`,
    );
    const run = /** @type {HTMLButtonElement | null} */ (
      document.querySelector('[data-testid="run"]')
    );
    if (!listed || !run || run.disabled) return;
    observer.disconnect();
    run.click();
  });
  observer.observe(document, { subtree: true, childList: true, attributes: true });
};

/** Once the panel names `table`, still loading or loaded (kept tables are named at once): the time. */
export const tableNamed = (/** @type {string} */ table) =>
  document.querySelector(
    `[data-testid="uploaded-tables"] tr[data-table="${table}"], [data-testid="uploaded-tables"] tr[data-coming="${table}"]`,
  ) !== null && performance.now();

/** Once a run has ended and its result grid shows `value` in a cell (digits compared): the time. */
export const gridShows = (/** @type {string} */ value) => {
  const status = document.querySelector('[data-testid="run-status"]');
  if (!status || status.getAttribute('data-running') === 'true') return false;
  const cells = document.querySelectorAll('[data-testid="result-grid"] [role="gridcell"]');
  const shown = [...cells].some((cell) => (cell.textContent ?? '').replace(/\D/g, '') === value);
  return shown && performance.now();
};

/** Once a run has ended, with a result or an error: the time. */
export const runEnded = () => {
  const status = document.querySelector('[data-testid="run-status"]');
  const ended =
    !!status &&
    status.getAttribute('data-running') !== 'true' &&
    ((status.textContent ?? '').trim() !== '' ||
      document.querySelector('[data-testid="run-error"]') !== null);
  return ended && performance.now();
};

/** Once the chart builder draws a chart with marks for a result with column `column`: the time. */
export const chartDrawn = (/** @type {string} */ column) => {
  const header = [
    ...document.querySelectorAll('[data-testid="result-grid"] [role="columnheader"]'),
  ];
  const svg = document.querySelector('[data-testid="chart-builder"] svg[data-chart]');
  const marks = svg?.querySelector('.bar, .mark, path, circle');
  const ours = header.some((cell) => (cell.textContent ?? '').includes(column));
  return ours && !!marks && performance.now();
};
