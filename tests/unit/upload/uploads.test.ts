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

  it('regression: a file named in Chinese, Arabic or Russian gets a name that says something, accents are dropped (issue 22: "_", "donn_es")', () => {
    expect(tableNameFor('武器转让.csv', new Set())).toBe('upload');
    expect(tableNameFor('بيانات الأسلحة.csv', new Set(['upload']))).toBe('upload_2');
    expect(tableNameFor('Оружие 2020.csv', new Set())).toBe('t_2020');
    expect(tableNameFor('数据_2020.csv', new Set())).toBe('t_2020');
    expect(tableNameFor('données.csv', new Set())).toBe('donnees');
    expect(tableNameFor('Côte d’Ivoire.csv', new Set())).toBe('cote_d_ivoire');
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
