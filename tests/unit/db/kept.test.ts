import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { blockingDuckDB } from '$lib/db/node.server';
import { exportArrowFrom, importArrowInto, type ArrowConnection } from '$lib/db/kept';

/** A fresh DuckDB-WASM (the node build of the browser's engine): `connect()` opens a connection. */
async function duckdbWasm(): Promise<() => ArrowConnection> {
  const raw = await blockingDuckDB();
  raw.open({});
  // The blocking connection answers at once; the copy awaits every answer, so it runs the same.
  return () => raw.connect() as unknown as ArrowConnection;
}

async function rows(conn: ArrowConnection, sql: string): Promise<Record<string, unknown>[]> {
  return (await conn.query(sql)).toArray().map((row) => ({ ...row.toJSON() }));
}

/** Every value as DuckDB prints it, so a changed type or a rounded value shows. */
const asText = (table: string) =>
  `SELECT COLUMNS(*)::VARCHAR FROM ${table} ORDER BY "id" NULLS LAST`;

const describeTypes = async (conn: ArrowConnection, table: string) =>
  (await rows(conn, `DESCRIBE ${table}`)).map((row) => `${row.column_name} ${row.column_type}`);

// Types and values typed out here, not produced by the code under test.
const createSql = `CREATE TABLE kept AS SELECT * FROM (VALUES
  (1, 12345678901234.567::DECIMAL(18,3), 9007199254740993::BIGINT,
   170141183460469231731687303715884105727::HUGEINT, DATE '1999-12-31',
   TIMESTAMP '2024-02-29 23:59:59.123456', '007', 0.1::DOUBLE, true),
  (2, -0.001::DECIMAL(18,3), '-9223372036854775808'::BIGINT, -1::HUGEINT, DATE '0001-01-01',
   TIMESTAMP '1970-01-01 00:00:00', '', -1e300::DOUBLE, false),
  (3, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)
) AS t("id", "amount", "big", "huge", "day", "at", "code", "ratio", "flag")`;

const expectedTypes = [
  'id INTEGER',
  'amount DECIMAL(18,3)',
  'big BIGINT',
  'huge HUGEINT',
  'day DATE',
  'at TIMESTAMP',
  'code VARCHAR',
  'ratio DOUBLE',
  'flag BOOLEAN',
];

async function copyOf(
  conn: ArrowConnection,
  table: string,
  maxPartBytes?: number,
): Promise<{ bytes: Uint8Array; copy: Awaited<ReturnType<typeof exportArrowFrom>> }> {
  const chunks: Uint8Array[] = [];
  const copy = await exportArrowFrom(
    conn,
    table,
    async (bytes) => void chunks.push(bytes.slice()),
    maxPartBytes,
  );
  const bytes = new Uint8Array(chunks.reduce((sum, each) => sum + each.length, 0));
  let at = 0;
  for (const each of chunks) {
    bytes.set(each, at);
    at += each.length;
  }
  return { bytes, copy };
}

const partsOf = (bytes: Uint8Array, parts: number[]) => async (index: number) => {
  const start = parts.slice(0, index).reduce((sum, each) => sum + each, 0);
  return bytes.slice(start, start + parts[index]);
};

// Two engines, as two visits have: what one wrote, the other reads. Each restore has a
// connection of its own, as in the browser (a stream that failed half way spoils its connection).
let source: ArrowConnection;
let connectTarget: () => ArrowConnection;
let target: ArrowConnection;

beforeAll(async () => {
  source = (await duckdbWasm())();
  connectTarget = await duckdbWasm();
  await source.query(createSql);
}, 60_000);

beforeEach(() => {
  target = connectTarget();
});

const tablesOf = async (conn: ArrowConnection) =>
  (await rows(conn, `SELECT table_name FROM information_schema.tables ORDER BY 1`)).map(
    (row) => row.table_name,
  );

describe('exportArrowFrom(conn, table) then importArrowInto(conn, table, copy)', () => {
  it('brings back every value and type: DECIMAL, BIGINT, HUGEINT, DATE, TIMESTAMP, leading zeros, NULLs', async () => {
    expect(await describeTypes(source, 'kept')).toEqual(expectedTypes);
    const { bytes, copy } = await copyOf(source, 'kept');
    expect(copy.rows).toBe(3);

    await importArrowInto(target, 'back', copy, partsOf(bytes, copy.parts));
    expect(await describeTypes(target, 'back')).toEqual(expectedTypes);
    expect(await rows(target, asText('back'))).toEqual([
      {
        id: '1',
        amount: '12345678901234.567',
        big: '9007199254740993',
        huge: '170141183460469231731687303715884105727',
        day: '1999-12-31',
        at: '2024-02-29 23:59:59.123456',
        code: '007',
        ratio: '0.1',
        flag: 'true',
      },
      {
        id: '2',
        amount: '-0.001',
        big: '-9223372036854775808',
        huge: '-1',
        day: '0001-01-01',
        at: '1970-01-01 00:00:00',
        code: '',
        ratio: '-1e+300',
        flag: 'false',
      },
      {
        id: '3',
        amount: null,
        big: null,
        huge: null,
        day: null,
        at: null,
        code: null,
        ratio: null,
        flag: null,
      },
    ]);
  });

  it('loads a table written in several streams, each taken in on its own', async () => {
    await source.query(
      `CREATE TABLE many AS SELECT range AS "id", 'row ' || range AS "label" FROM range(10000)`,
    );
    const { bytes, copy } = await copyOf(source, 'many', 16 * 1024);
    expect(copy.parts.length).toBeGreaterThan(1);
    await importArrowInto(target, 'many_back', copy, partsOf(bytes, copy.parts));
    expect(
      await rows(target, `SELECT count(*)::INTEGER AS n, sum("id")::BIGINT AS s FROM many_back`),
    ).toEqual([{ n: 10000, s: 49995000n }]);
    expect(await rows(target, `SELECT "label" FROM many_back WHERE "id" = 9999`)).toEqual([
      { label: 'row 9999' },
    ]);
  });

  it('refuses a copy cut short and leaves no table behind', async () => {
    const { bytes, copy } = await copyOf(source, 'kept');
    const cut = bytes.slice(0, bytes.length - 100);
    const name = 'cut';
    await expect(importArrowInto(target, name, copy, async () => cut)).rejects.toThrow();
    const tables = await tablesOf(connectTarget());
    expect(tables).not.toContain(name);
    expect(tables.filter((each) => String(each).startsWith('__'))).toEqual([]);
  });

  it('refuses a copy whose rows are not the rows kept', async () => {
    const { bytes, copy } = await copyOf(source, 'kept');
    const name = 'miscounted';
    await expect(
      importArrowInto(target, name, { ...copy, rows: 4 }, partsOf(bytes, copy.parts)),
    ).rejects.toThrow(/3 rows/);
    const tables = await tablesOf(connectTarget());
    expect(tables).not.toContain(name);
    expect(tables.filter((each) => String(each).startsWith('__'))).toEqual([]);
  });
});
