import { describe, expect, it } from 'vitest';
import { freeName, mergeStored, type StoredTable } from '$lib/upload/storage';

function entry(table: string, loadedAt: string, rows = 1): StoredTable {
  return {
    table,
    fileName: `${table}.csv`,
    bytes: 10,
    rows,
    columns: [{ name: 'a', type: 'BIGINT' }],
    loadedAt,
    options: { encoding: 'utf-8', delimiter: ',', header: true, skip: 0 },
  };
}

describe('mergeStored(legacy, described)', () => {
  it('keeps every table of both lists, oldest load first', () => {
    const merged = mergeStored(
      [entry('old', '2026-01-01T00:00:00Z')],
      [entry('newer', '2026-03-01T00:00:00Z'), entry('middle', '2026-02-01T00:00:00Z')],
    );
    expect(merged.map((each) => each.table)).toEqual(['old', 'middle', 'newer']);
  });

  it('takes a table’s own description over a legacy entry of the same name', () => {
    const merged = mergeStored(
      [entry('data', '2026-01-01T00:00:00Z', 3)],
      [entry('data', '2026-01-01T00:00:00Z', 7)],
    );
    expect(merged).toHaveLength(1);
    expect(merged[0].rows).toBe(7);
  });
});

describe('freeName(name, taken)', () => {
  it('keeps a free name', () => {
    expect(freeName('data', new Set(['other']))).toBe('data');
  });

  it('counts up from the first free suffix when the name was kept elsewhere', () => {
    expect(freeName('data', new Set(['data']))).toBe('data_2');
    expect(freeName('data', new Set(['data', 'data_2', 'data_3']))).toBe('data_4');
  });

  it('counts an existing suffix up instead of adding another', () => {
    expect(freeName('data_2', new Set(['data', 'data_2']))).toBe('data_3');
  });
});
