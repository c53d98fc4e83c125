import { describe, expect, it } from 'vitest';
import { markdownTable, row } from '../../../scripts/bench/report.js';
import { interleave, median, pairedRatio, verdict } from '../../../scripts/bench/stats.js';

describe('median(values)', () => {
  it('takes the middle value of an odd count, whatever the order', () => {
    expect(median([9, 1, 5, 3, 7])).toBe(5);
  });
  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
  it('leaves out samples that could not be measured, and is NaN with none', () => {
    expect(median([NaN, 2, 4, Infinity, 3])).toBe(3);
    expect(median([])).toBeNaN();
  });
});

describe('interleave(run, steps)', () => {
  it('keeps the order on even runs and reverses it on odd ones, without changing the input', () => {
    const steps = ['bare', 'native', 'app'];
    expect(interleave(0, steps)).toEqual(['bare', 'native', 'app']);
    expect(interleave(1, steps)).toEqual(['app', 'native', 'bare']);
    expect(interleave(2, steps)).toEqual(['bare', 'native', 'app']);
    expect(steps).toEqual(['bare', 'native', 'app']);
  });
  it('puts each step first in half of an even number of runs', () => {
    const firsts = [0, 1, 2, 3].map((run) => interleave(run, ['a', 'b'])[0]);
    expect(firsts.filter((first) => first === 'a')).toHaveLength(2);
  });
});

describe('pairedRatio(app, engine)', () => {
  it('is the median of the ratios of the pairs taken together, not the ratio of medians', () => {
    // pairs 10/5 = 2, 30/10 = 3, 12/3 = 4; the ratio of medians would be 12/5 = 2.4
    expect(pairedRatio([10, 30, 12], [5, 10, 3])).toBe(3);
  });
  it('leaves out pairs with a missing or zero side', () => {
    expect(pairedRatio([10, NaN, 8, 6], [5, 4, 0, 3])).toBe(2);
  });
});

describe('verdict(value, limit)', () => {
  it('passes at the limit and fails above it', () => {
    expect(verdict(1.25, 1.25)).toBe('PASS');
    expect(verdict(1.2501, 1.25)).toBe('FAIL');
  });
  it('says n/a for a value not measured and nothing without a budget', () => {
    expect(verdict(NaN, 100)).toBe('n/a');
    expect(verdict(3, undefined)).toBe('');
  });
});

describe('row(measure, app, options) and markdownTable(rows)', () => {
  it('checks a ratio budget against the paired ratio and an absolute one against the median', () => {
    const upload = row('upload', [1300, 1500, 1200], {
      engine: [1000, 1000, 1000],
      engineLabel: 'WASM read_csv',
      budget: { limit: 1.25, of: 'ratio', text: '≤ 1.25x' },
    });
    expect(upload).toMatchObject({ app: 1300, engine: 1000, ratio: 1.3, verdict: 'FAIL' });
    const task = row('longest task', [40, 120, 90], {
      budget: { limit: 100, of: 'app', text: '≤ 100 ms' },
    });
    expect(task).toMatchObject({ app: 90, verdict: 'PASS' });
    expect(markdownTable([upload, task]).split('\n').slice(2)).toEqual([
      '| upload | 1300 ms | WASM read_csv: 1000 ms | 1.30x | ≤ 1.25x | FAIL |',
      '| longest task | 90 ms | — | — | ≤ 100 ms | PASS |',
    ]);
  });
});
