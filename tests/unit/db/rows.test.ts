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
  it('returns BIGINT, DECIMAL and DOUBLE as plain numbers when a double holds them exactly', () => {
    const [row] = db.query(
      'SELECT 12345678901::BIGINT AS big, 1.5 * 3 AS decimal, 0.25::DOUBLE AS dbl, count(*) AS n, sum(42) AS total',
    );
    expect(row).toEqual({ big: 12345678901, decimal: 4.5, dbl: 0.25, n: 1, total: 42 });
  });

  it('keeps integers beyond 2^53 and decimals exact, as DuckDB writes them', () => {
    const columns = {
      big: '12345678901234567::BIGINT',
      huge: '170141183460469231731687303715884105727::HUGEINT',
      lowest: '(-170141183460469231731687303715884105727)::HUGEINT - 1',
      unsigned: '18446744073709551615::UBIGINT',
      cents: '12345678901234567.89::DECIMAL(38,2)',
      wide: '-0.0000000001::DECIMAL(38,10)',
    };
    const select = Object.entries(columns).map(([name, sql]) => `${sql} AS ${name}`);
    const text = Object.entries(columns).map(([name, sql]) => `(${sql})::VARCHAR AS ${name}`);
    const [row] = db.query(`SELECT ${select.join(', ')}`);
    const [expected] = db.query(`SELECT ${text.join(', ')}`);
    expect(row).toEqual(expected);
    expect(row.big).toBe('12345678901234567');
  });

  it('returns a negative DECIMAL with its scale, 1e300 and NaN as numbers', () => {
    const [row] = db.query(
      "SELECT -123.45::DECIMAL(10,2) AS loss, -0.05::DECIMAL(4,2) AS small, 0::DECIMAL(9,3) AS zero, 1e300 AS large, 'NaN'::DOUBLE AS nan",
    );
    expect(row).toEqual({ loss: -123.45, small: -0.05, zero: 0, large: 1e300, nan: NaN });
  });

  it('returns a DATE as YYYY-MM-DD and a TIMESTAMP as an ISO string', () => {
    const [row] = db.query(
      "SELECT DATE '2013-09-26' AS adopted, TIMESTAMP '2021-12-22 10:30:00' AS meeting",
    );
    expect(row).toEqual({ adopted: '2013-09-26', meeting: '2021-12-22T10:30:00.000Z' });
  });

  it('keeps the microseconds of a timestamp, before 1970 too, and dates beyond year 9999', () => {
    const [row] = db.query(
      "SELECT TIMESTAMP '2021-12-22 10:30:00.123456' AS meeting, TIMESTAMP '1969-12-31 23:59:59.999999' AS before, DATE '12345-06-07' AS far, TIMESTAMPTZ '2021-12-22 10:30:00.5+00' AS zoned",
    );
    expect(row).toEqual({
      meeting: '2021-12-22T10:30:00.123456Z',
      before: '1969-12-31T23:59:59.999999Z',
      far: '12345-06-07',
      zoned: '2021-12-22T10:30:00.500Z',
    });
  });

  it('returns a TIME as its clock text and infinite dates and timestamps as DuckDB names them', () => {
    const columns = {
      clock: "TIME '10:30:00.5'",
      fine: "TIME '23:59:59.123456'",
      later: "'infinity'::DATE",
      earlier: "'-infinity'::TIMESTAMP",
      unknown: 'NULL::TIMESTAMP',
    };
    const select = Object.entries(columns).map(([name, sql]) => `${sql} AS ${name}`);
    const [row] = db.query(`SELECT ${select.join(', ')}`);
    expect(row).toEqual({
      clock: '10:30:00.500',
      fine: '23:59:59.123456',
      later: db.query(`SELECT ${columns.later}::VARCHAR AS v`)[0].v,
      earlier: db.query(`SELECT ${columns.earlier}::VARCHAR AS v`)[0].v,
      unknown: null,
    });
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
