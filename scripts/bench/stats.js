// The arithmetic of the bench: medians of interleaved pairs, their ratios, and the verdict
// against a budget. Pure, so it is unit-tested (tests/unit/bench/stats.test.ts).

/** The median of `values` (the mean of the two middle ones for an even count); NaN if none. */
export function median(/** @type {number[]} */ values) {
  const sorted = values.filter((value) => Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/**
 * The order of a run's steps: as given on even runs, reversed on odd ones, so that neither side
 * of a pair always goes first (a machine that warms up or slows down favours both alike).
 * @template T
 * @param {number} run
 * @param {T[]} steps
 * @returns {T[]}
 */
export function interleave(run, steps) {
  return run % 2 === 0 ? [...steps] : [...steps].reverse();
}

/**
 * The median of the pairs' ratios `app / engine` (pairs with a missing side are left out).
 * @param {number[]} app
 * @param {number[]} engine
 */
export function pairedRatio(app, engine) {
  const ratios = [];
  for (let index = 0; index < Math.min(app.length, engine.length); index++) {
    if (Number.isFinite(app[index]) && Number.isFinite(engine[index]) && engine[index] > 0) {
      ratios.push(app[index] / engine[index]);
    }
  }
  return median(ratios);
}

/**
 * PASS when `value` is at most `limit`, FAIL when above, '' when there is no budget, and
 * 'n/a' when the value could not be measured.
 * @param {number} value
 * @param {number | undefined} limit
 * @returns {'PASS' | 'FAIL' | 'n/a' | ''}
 */
export function verdict(value, limit) {
  if (limit === undefined) return '';
  if (!Number.isFinite(value)) return 'n/a';
  return value <= limit ? 'PASS' : 'FAIL';
}
