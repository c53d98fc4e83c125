import { describe, expect, it } from 'vitest';
import { addToHistory } from '../../../../src/routes/workbench/history';
import { readShareHash, shareHash } from '../../../../src/routes/workbench/share';

describe('share links', () => {
  it('carry the query and the chart through a URL fragment', () => {
    const shared = {
      sql: "SELECT name, 'a&b#c' AS x\nFROM missions",
      chart: { kind: 'bar' as const, x: 'name', y: 'x' },
    };
    expect(readShareHash(shareHash(shared))).toEqual(shared);
  });

  it('ignore a fragment without a query, and an unknown chart', () => {
    expect(readShareHash('#tab=table')).toBeUndefined();
    expect(readShareHash('#sql=SELECT%201&chart=pie&x=a&y=b')).toEqual({
      sql: 'SELECT 1',
      chart: undefined,
    });
  });
});

describe('query history', () => {
  it('puts the latest query first, once', () => {
    const at = new Date('2026-11-22T00:00:00Z');
    let history = addToHistory([], 'SELECT 1', at);
    history = addToHistory(history, 'SELECT 2', at);
    history = addToHistory(history, ' SELECT 1 ', at);
    expect(history.map((entry) => entry.sql)).toEqual(['SELECT 1', 'SELECT 2']);
  });
});
