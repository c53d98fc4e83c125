/**
 * Whether DuckDB's worker is still alive, judged from the signs it gives: an answer to a ping,
 * a result, a progress report, any message at all. A worker busy reading a large file on a
 * loaded machine may give none for seconds; one that died gives none ever. So silence is
 * first a doubt, confirmed by a second wait before the worker is taken for dead, and time the
 * page itself was stalled (its timers fired late) is not counted against the worker.
 */
export type LivenessOptions = {
  /** How often the page looks (and pings, when no ping is out). */
  every: number;
  /** Silence after which the worker is in doubt. */
  doubtAfter: number;
  /** Further silence, once in doubt, after which it is taken for dead. */
  confirmAfter: number;
  /**
   * A look this much later than due is the page stalled (the machine ran neither it nor, likely,
   * the worker), not counted as the worker's silence. Shorter lateness, as on a loaded machine
   * at every look, counts: were it forgiven, a dead worker would never be found there.
   */
  stallAfter: number;
};

export const livenessDefaults: LivenessOptions = {
  every: 1_000,
  doubtAfter: 8_000,
  confirmAfter: 12_000,
  stallAfter: 5_000,
};

export type Verdict = 'alive' | 'doubt' | 'dead';

export class Liveness {
  readonly options: LivenessOptions;
  #lastSign: number;
  #lastLook: number;

  constructor(now: number, options: LivenessOptions = livenessDefaults) {
    this.options = options;
    this.#lastSign = now;
    this.#lastLook = now;
  }

  /** The worker gave a sign of life: an answer, a progress report, any message. */
  sign(now: number): void {
    this.#lastSign = Math.max(this.#lastSign, now);
  }

  /** How long the worker may be silent before it is taken for dead. */
  get deadAfter(): number {
    return this.options.doubtAfter + this.options.confirmAfter;
  }

  /** The page looks, on its timer: how the worker stands now. */
  look(now: number): Verdict {
    const late = now - this.#lastLook - this.options.every;
    this.#lastLook = now;
    // The page's own timer came late: the machine was too busy to run it, and the worker's
    // answers may be as late. That time is not the worker's silence.
    if (late > this.options.stallAfter) this.#lastSign += late;
    const silent = now - this.#lastSign;
    if (silent >= this.deadAfter) return 'dead';
    if (silent >= this.options.doubtAfter) return 'doubt';
    return 'alive';
  }
}
