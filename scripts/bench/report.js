// The bench's table: one row per measure, the app's median beside the same work done by the
// engine alone, their ratio (median of the interleaved pairs' ratios) and the budget's verdict.
import { median, pairedRatio, verdict } from './stats.js';

/**
 * @typedef {{ measure: string, app: number, appUnit: 'ms' | 'MB',
 *   engine?: number, engineLabel?: string, ratio?: number,
 *   budget?: { limit: number, of: 'ratio' | 'app', text: string }, verdict: string }} Row
 */

/**
 * @param {string} measure
 * @param {number[]} app
 * @param {{ engine?: number[], engineLabel?: string, unit?: 'ms' | 'MB',
 *   budget?: { limit: number, of: 'ratio' | 'app', text: string } }} [options]
 * @returns {Row}
 */
export function row(measure, app, { engine, engineLabel, unit = 'ms', budget } = {}) {
  const appMedian = median(app);
  const ratio = engine ? pairedRatio(app, engine) : undefined;
  const checked = budget?.of === 'ratio' ? (ratio ?? NaN) : appMedian;
  return {
    measure,
    app: appMedian,
    appUnit: unit,
    ...(engine ? { engine: median(engine), engineLabel } : {}),
    ...(ratio !== undefined ? { ratio } : {}),
    ...(budget ? { budget } : {}),
    verdict: verdict(checked, budget?.limit),
  };
}

const amount = (/** @type {number | undefined} */ value, /** @type {string} */ unit) => {
  if (value === undefined || !Number.isFinite(value)) return '—';
  if (unit === 'MB') return `${value.toFixed(2)} MB`;
  return value >= 10_000 ? `${(value / 1000).toFixed(1)} s` : `${Math.round(value)} ms`;
};

/** The rows as a Markdown table (it reads in a terminal and pastes into the README). */
export function markdownTable(/** @type {Row[]} */ rows) {
  const lines = [
    '| measure | app | same work, engine alone | ratio | budget | |',
    '|---|---:|---|---:|---|---|',
  ];
  for (const each of rows) {
    const engine =
      each.engine === undefined ? '—' : `${each.engineLabel}: ${amount(each.engine, each.appUnit)}`;
    const ratio = each.ratio === undefined ? '—' : `${each.ratio.toFixed(2)}x`;
    lines.push(
      `| ${each.measure} | ${amount(each.app, each.appUnit)} | ${engine} | ${ratio} | ${each.budget?.text ?? ''} | ${each.verdict} |`,
    );
  }
  return lines.join('\n');
}
