import { describe, expect, it } from 'vitest';
import { Liveness, livenessDefaults } from '$lib/db/liveness';

const { every, doubtAfter, confirmAfter } = livenessDefaults;

/** Looks every `every` ms from `from` to `to`, the worker giving a sign at each time in `signs`. */
function run(
  liveness: Liveness,
  {
    from = 0,
    to,
    signs = [] as number[],
    step = every,
  }: { from?: number; to: number; signs?: number[]; step?: number },
) {
  const verdicts: { at: number; verdict: string }[] = [];
  const pending = [...signs].sort((a, b) => a - b);
  for (let now = from + step; now <= to; now += step) {
    while (pending.length && pending[0] <= now) liveness.sign(pending.shift()!);
    verdicts.push({ at: now, verdict: liveness.look(now) });
  }
  return verdicts;
}

describe('Liveness: a busy DuckDB worker is not taken for a dead one', () => {
  it('takes a worker that never answers again for dead, after a doubt and its confirmation', () => {
    const verdicts = run(new Liveness(0), { to: 30_000 });
    const first = (verdict: string) => verdicts.find((v) => v.verdict === verdict)?.at;
    expect(first('doubt')).toBe(doubtAfter);
    expect(first('dead')).toBe(doubtAfter + confirmAfter);
  });

  it('keeps a worker alive that reports progress now and then while it reads a large file', () => {
    // Issue 21: under a load average of 13-18, a worker reading 50 MB answered nothing for
    // more than 8 s at a time, but reported its progress every few seconds.
    const signs = Array.from({ length: 20 }, (_, i) => 5_000 + i * 9_500);
    const verdicts = run(new Liveness(0), { to: 200_000, signs });
    expect(verdicts.filter((v) => v.verdict === 'dead')).toEqual([]);
  });

  it('does not count against the worker the time the page itself was stalled', () => {
    // The page's timer fired 25 s late: the machine ran neither the page nor, likely, the worker.
    const liveness = new Liveness(0);
    expect(liveness.look(1_000)).toBe('alive');
    expect(liveness.look(26_000)).toBe('alive');
    // From then on, silence counts again.
    expect(run(liveness, { from: 26_000, to: 26_000 + doubtAfter + confirmAfter }).at(-1)).toEqual({
      at: 26_000 + doubtAfter + confirmAfter,
      verdict: 'dead',
    });
  });

  it('still finds a dead worker when every look comes late, as on a loaded machine', () => {
    // The page's 1 s timer fires every 2.5 s: lateness the machine's load gives every look.
    const verdicts = run(new Liveness(0), { to: 60_000, step: 2_500 });
    const dead = verdicts.find((v) => v.verdict === 'dead')?.at;
    expect(dead).toBeGreaterThanOrEqual(doubtAfter + confirmAfter);
    expect(dead).toBeLessThan(doubtAfter + confirmAfter + 2_500);
  });

  it('clears a doubt when the worker speaks again', () => {
    const liveness = new Liveness(0);
    const verdicts = run(liveness, { to: 19_000, signs: [10_000] });
    expect(verdicts.find((v) => v.at === 9_000)?.verdict).toBe('doubt');
    expect(verdicts.find((v) => v.at === 10_000)?.verdict).toBe('alive');
    expect(verdicts.at(-1)?.verdict).toBe('doubt');
    const after = run(liveness, { from: 19_000, to: 30_000 });
    expect(after.find((v) => v.verdict === 'dead')?.at).toBe(10_000 + doubtAfter + confirmAfter);
  });
});
