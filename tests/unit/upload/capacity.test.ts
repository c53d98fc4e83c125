import { afterEach, describe, expect, it, vi } from 'vitest';
import { t } from '$lib/i18n/messages';
import { browserCapacity } from '$lib/upload/capacity';
import { inspect, sizeProblems } from '$lib/upload/inspect';

const MiB = 2 ** 20;
const GiB = 2 ** 30;

describe('sizeProblems(size, capacity): a file too large for this browser, before it loads', () => {
  it('says nothing of a 45 MB file on an 8 GB device with storage to spare', () => {
    expect(sizeProblems(45 * MiB, { deviceMemory: 8, storageFree: 10 * GiB })).toEqual([]);
  });

  it('warns of a 700 MB file, whose load takes about five times its size, beyond the 3.2 GB DuckDB can use in wasm', () => {
    const problems = sizeProblems(700 * MiB, { deviceMemory: 8 });
    expect(problems).toEqual([
      {
        code: 'tooLarge',
        level: 'warning',
        values: { size: '700 MB', needed: '3.4 GB', limit: '3.2 GB' },
      },
    ]);
    expect(t('upload.problem.tooLarge', problems[0].values)).toBe(
      'this file is 700 MB; loading it takes about 3.4 GB of memory, more than this browser can give it (about 3.2 GB). The load may fail or stop the tab: a smaller extract (fewer rows or columns) is safer.',
    );
  });

  it('warns of a 200 MB file on a 1 GB device, which can spare half of it, and not on an 8 GB one', () => {
    expect(sizeProblems(200 * MiB, { deviceMemory: 1 })).toEqual([
      {
        code: 'tooLarge',
        level: 'warning',
        values: { size: '200 MB', needed: '1,000 MB', limit: '512 MB' },
      },
    ]);
    expect(sizeProblems(200 * MiB, { deviceMemory: 8 })).toEqual([]);
  });

  it('uses the wasm ceiling alone where the browser does not say how much memory the device has', () => {
    expect(sizeProblems(1 * GiB, {})).toMatchObject([
      { code: 'tooLarge', level: 'warning', values: { limit: '3.2 GB' } },
    ]);
    expect(sizeProblems(600 * MiB, {})).toEqual([]);
  });

  it('refuses a 2 GB file, which takes at least twice its size: more than DuckDB can use in any browser', () => {
    expect(sizeProblems(2 * GiB, { deviceMemory: 8 })).toEqual([
      {
        code: 'tooLargeForBrowser',
        level: 'error',
        values: { size: '2 GB', needed: '4 GB', limit: '3.2 GB' },
      },
    ]);
  });

  it('warns that a file larger than the storage left loads but is not kept', () => {
    const problems = sizeProblems(200 * MiB, { deviceMemory: 8, storageFree: 100 * MiB });
    expect(problems).toEqual([
      { code: 'tooLargeToKeep', level: 'warning', values: { size: '200 MB', free: '100 MB' } },
    ]);
    expect(t('upload.problem.tooLargeToKeep', problems[0].values)).toContain(
      'this file is 200 MB and this browser lets the site store only 100 MB more',
    );
  });
});

describe('inspect(sample, size, options, capacity) with the size of the whole file', () => {
  const sample = new TextEncoder().encode('country,value\nFrance,3\nMali,4\n');

  it('previews a file too large for the browser and names the problem, an error that stops the load', () => {
    const found = inspect(sample, 3 * GiB, {}, { deviceMemory: 8 });
    expect(found.rows).toEqual([
      ['France', '3'],
      ['Mali', '4'],
    ]);
    expect(found.problems).toMatchObject([
      { code: 'tooLargeForBrowser', level: 'error', values: { size: '3 GB' } },
    ]);
  });

  it('warns of a large file and keeps its other problems', () => {
    const found = inspect(sample, 900 * MiB, { delimiter: ';' }, { deviceMemory: 4 });
    expect(found.problems.map((problem) => [problem.code, problem.level])).toEqual([
      ['tooLarge', 'warning'],
    ]);
    expect(found.problems[0].values).toEqual({ size: '900 MB', needed: '4.4 GB', limit: '2 GB' });
  });
});

describe('browserCapacity()', () => {
  afterEach(() => vi.unstubAllGlobals());

  it("reads the device's memory and the storage left from the browser", async () => {
    vi.stubGlobal('navigator', {
      deviceMemory: 4,
      storage: { estimate: async () => ({ quota: 10 * GiB, usage: 3 * GiB }) },
    });
    expect(await browserCapacity()).toEqual({ deviceMemory: 4, storageFree: 7 * GiB });
  });

  it('leaves out what the browser does not tell, and a refused storage estimate', async () => {
    vi.stubGlobal('navigator', {
      storage: { estimate: () => Promise.reject(new Error('private window')) },
    });
    expect(await browserCapacity()).toEqual({});
  });
});
