import { describe, expect, it } from 'vitest';
import { LiveQuery } from '$lib/db/live.svelte';

const built = { status: 'ready' as const, rows: [{ group_id: 'AFR', reporting_rate: 2 / 53 }] };
const ready = () => Promise.resolve();

describe('LiveQuery', () => {
  it('starts with the rows computed when the site was built', () => {
    const live = new LiveQuery('SELECT 1', [], built);
    expect(live.result).toEqual(built);
    expect(live.computedIn).toBe('build');
  });

  it('re-runs its own SQL and parameters in the browser and shows those rows', async () => {
    const calls: unknown[] = [];
    const live = new LiveQuery('SELECT ? AS year', [2011], built);
    await live.refresh(ready, async (sql, params) => {
      calls.push([sql, params]);
      return [{ year: 2011 }];
    });
    expect(calls).toEqual([['SELECT ? AS year', [2011]]]);
    expect(live.result).toEqual({ status: 'ready', rows: [{ year: 2011 }] });
    expect(live.computedIn).toBe('browser');
  });

  it('keeps the built rows on screen and records the message when the browser query fails', async () => {
    const live = new LiveQuery('SELECT * FROM missing', [], built);
    await live.refresh(ready, () =>
      Promise.reject(
        new Error('Catalog Error: Table with name missing does not exist!\n\nLINE 1: ...'),
      ),
    );
    expect(live.result).toEqual(built);
    expect(live.computedIn).toBe('failed');
    expect(live.error).toBe('Catalog Error: Table with name missing does not exist! LINE 1: ...');
  });

  it('reports a database that could not start the same way', async () => {
    const live = new LiveQuery('SELECT 1', [], built);
    await live.refresh(
      () => Promise.reject(new Error('wasm failed')),
      () => Promise.resolve([]),
    );
    expect(live.computedIn).toBe('failed');
    expect(live.error).toBe('wasm failed');
  });
});
