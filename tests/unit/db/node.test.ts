import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';

let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(path.resolve('tests/fixtures/datasets'));
});

describe('openNodeDb(dataDir)', () => {
  it('loads every CSV of the folder as a table named after its file', () => {
    expect(db.datasets.map((load) => load.table)).toEqual([
      'good',
      'header_only',
      'ragged_rows',
      'unbalanced_quote',
    ]);
    expect(db.query('SELECT name, amount FROM good ORDER BY id')).toEqual([
      { name: 'Lomé, Togo', amount: 3500 },
      { name: 'Lima', amount: 60000 },
    ]);
  });

  it('reports a file that fails to load with its message, and still loads the others', () => {
    const byTable = Object.fromEntries(db.datasets.map((load) => [load.table, load]));
    expect(byTable.good).toMatchObject({ rows: 2 });
    expect(byTable.ragged_rows.error).toMatch(/ragged_rows\.csv/);
    expect(byTable.unbalanced_quote.error).toMatch(/unbalanced_quote\.csv/);
    expect(byTable.header_only.error).toBe('header_only.csv has no data rows');
  });

  it('binds parameters as values, so quotes in them cannot change the SQL', () => {
    expect(
      db.query('SELECT count(*)::INTEGER AS n FROM good WHERE name = ?', ["x' OR '1'='1"]),
    ).toEqual([{ n: 0 }]);
    expect(db.query('SELECT id FROM good WHERE name = ?', ['Lomé, Togo'])).toEqual([{ id: 1 }]);
  });

  it('refuses to fetch extensions: the browser build has none offline either', () => {
    expect(db.query("SELECT current_setting('autoload_known_extensions') AS v")).toEqual([
      { v: false },
    ]);
  });

  it('keeps the datasets read-only: DuckDB itself refuses every write to a built-in table', () => {
    for (const write of [
      "UPDATE good SET name = 'x'",
      'DELETE FROM good',
      'INSERT INTO good SELECT * FROM good',
      'DROP TABLE good',
      'ALTER TABLE good RENAME TO bad',
      'CREATE OR REPLACE TABLE builtin.good AS SELECT 1',
    ]) {
      expect(() => db.query(write), write).toThrow(/read-only mode/);
    }
    expect(db.query('SELECT count(*)::INTEGER AS n FROM good')).toEqual([{ n: 2 }]);
  });

  it('creates what the user makes in its own catalogue, next to the built-in tables', () => {
    db.query('CREATE TABLE mine AS SELECT 1 AS one');
    expect(
      db.query("SELECT database_name AS db FROM duckdb_tables() WHERE table_name = 'mine'"),
    ).toEqual([{ db: 'memory' }]);
  });
});
