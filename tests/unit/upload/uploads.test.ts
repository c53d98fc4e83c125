import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { openNodeDb } from '$lib/db/node.server';
import { reservedWords } from '$lib/sql/keywords';
import { nameProblem, tableNameFor } from '$lib/upload/uploads.svelte';

describe('table names for uploads', () => {
  it('come from the file name, sanitised, and never take a name already used', () => {
    expect(tableNameFor('SIPRI Trade Register 2020.csv', new Set())).toBe(
      'sipri_trade_register_2020',
    );
    expect(tableNameFor('2020 data.csv', new Set())).toBe('t_2020_data');
    expect(tableNameFor('missions.csv', new Set(['missions', 'missions_2']))).toBe('missions_3');
  });

  it('never are an SQL keyword, which every query would have to quote', () => {
    expect(tableNameFor('full.csv', new Set())).toBe('full_data');
    expect(tableNameFor('Order.CSV', new Set())).toBe('order_data');
    expect(nameProblem('select', new Set())?.code).toBe('nameReserved');
    expect(nameProblem('Bad name', new Set())?.code).toBe('nameInvalid');
    expect(nameProblem('missions', new Set(['missions']))?.code).toBe('nameTaken');
    expect(nameProblem('my_table', new Set())).toBeUndefined();
  });

  it('keyword list matches the engine: those names fail unquoted in DuckDB', async () => {
    const db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'keywords-')));
    const engine = db
      .query(
        "SELECT keyword_name FROM duckdb_keywords() WHERE keyword_category IN ('reserved', 'type_function')",
      )
      .map((row) => String(row.keyword_name));
    expect(new Set(engine)).toEqual(reservedWords);
    expect(() => db.query('CREATE TABLE full AS SELECT 1')).toThrow();
    // Starting a DuckDB takes seconds on a loaded 2-core machine.
  }, 30_000);
});
