import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';

// Rows are converted from the Arrow types DuckDB really returns, so the test runs real SQL.
let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'rows-')));
});

describe('arrowToRows(table), through query(sql)', () => {
  it('returns BIGINT, DECIMAL and DOUBLE as plain numbers', () => {
    const [row] = db.query(
      'SELECT 12345678901::BIGINT AS big, 1.5 * 3 AS decimal, 0.25::DOUBLE AS dbl',
    );
    expect(row).toEqual({ big: 12345678901, decimal: 4.5, dbl: 0.25 });
  });

  it('returns a DATE as YYYY-MM-DD and a TIMESTAMP as an ISO string', () => {
    const [row] = db.query(
      "SELECT DATE '2013-09-26' AS adopted, TIMESTAMP '2021-12-22 10:30:00' AS meeting",
    );
    expect(row).toEqual({ adopted: '2013-09-26', meeting: '2021-12-22T10:30:00.000Z' });
  });

  it('returns lists as arrays and structs as objects, with NULL as null', () => {
    const [row] = db.query(
      "SELECT [1, 2, NULL] AS list, {'symbol': 'S/RES/2117 (2013)', 'para': 4} AS ref, NULL::VARCHAR AS missing",
    );
    expect(row).toEqual({
      list: [1, 2, null],
      ref: { symbol: 'S/RES/2117 (2013)', para: 4 },
      missing: null,
    });
  });

  it('keeps Chinese text intact', () => {
    expect(db.query("SELECT '联合国常规武器登记册' AS name")[0].name).toBe('联合国常规武器登记册');
  });
});
