import { tableToIPC, tableFromArrays } from 'apache-arrow';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';

// A fake workbench DuckDB at the worker boundary: what the page asks of it, in order.
const asked: string[] = [];
let releaseKeep: () => void = () => {};
const result = tableToIPC(tableFromArrays({ year: Int32Array.from([2020, 2021]) }), 'stream');

const conn = {
  async useUnsafe<T>(work: (bindings: unknown, id: number) => Promise<T>): Promise<T> {
    let fetched = false;
    const bindings = {
      async startPendingQuery(_id: number, text: string) {
        asked.push(`run ${text}`);
        return result;
      },
      async pollPendingQuery() {
        return result;
      },
      async fetchQueryResults() {
        if (fetched) return new Uint8Array();
        fetched = true;
        return new Uint8Array();
      },
      async cancelPendingQuery() {},
    };
    return work(bindings, 1);
  },
  async query(text: string) {
    asked.push(`query ${text}`);
    return tableFromArrays({});
  },
};

const database = {
  db: { tokenize: (sql: string) => ({ offsets: [0, sql.indexOf(' ') + 1], types: [4, 1] }) },
  userConnection: async () => conn,
  keepBuiltIn: () => {
    asked.push('keep built-in');
    return new Promise<void>((done) => (releaseKeep = done));
  },
};

vi.mock('$lib/db/query', () => ({ openWorkbenchDatabase: async () => database }));

// The unit files share their modules (isolate: false): a file run before this one in the same
// worker may have imported the workbench with the real DuckDB behind it. Import it afresh, with
// the fake, and leave the real one to the files after this.
vi.resetModules();
const { runScript } = await import('$lib/db/workbench');
afterAll(() => {
  vi.doUnmock('$lib/db/query');
  vi.resetModules();
});

describe('runScript(script)', () => {
  beforeEach(() => {
    asked.length = 0;
  });

  it('hands over the result without waiting for the built-in tables to be checked', async () => {
    const keepAsked = vi.waitFor(() => expect(asked).toContain('keep built-in'));
    const outcome = await Promise.race([
      runScript('SELECT 1').then((done) => `result of ${done.table.numRows} rows`),
      // The check has been asked for and is still going: a result must not wait for it.
      keepAsked.then(() => new Promise((done) => setTimeout(() => done('held back'), 0))),
    ]);
    expect(outcome).toBe('result of 2 rows');
    releaseKeep();
  });

  it('runs the next statement only after the built-in tables were checked', async () => {
    const first = runScript('SELECT 1');
    const second = runScript('SELECT 2');
    await vi.waitFor(() => expect(asked).toContain('keep built-in'));
    await new Promise((done) => setTimeout(done, 0));
    expect(asked).toEqual(['run SELECT 1', 'keep built-in']);
    releaseKeep();
    await first;
    await second;
    expect(asked).toEqual(['run SELECT 1', 'keep built-in', 'run SELECT 2', 'keep built-in']);
    releaseKeep();
  });
});
