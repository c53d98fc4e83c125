import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { loadUpload } from './load';

// The typing of a load, on a real DuckDB: the types and values of the table it makes, and
// what it tells the user about a column whose type the preview could not see.
let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'typing-')));
});

const utf8 = (text: string) => new TextEncoder().encode(text);
/** `rows` lines of `line(row)`: far more than the preview reads (2,000 rows of 256 KB). */
const many = (rows: number, line: (row: number) => string) =>
  Array.from({ length: rows }, (_, row) => line(row)).join('\n');

describe('loadUpload(db, bytes, table) types by the whole file', () => {
  it('keeps codes with leading zeros as text, as written', async () => {
    const result = await loadUpload(db, utf8('m49,n\n004,1\n250,2\n040,3\n'), 'codes');
    expect(result.types).toEqual(['VARCHAR', 'BIGINT']);
    expect(db.query('SELECT m49 FROM codes ORDER BY n')).toEqual([
      { m49: '004' },
      { m49: '250' },
      { m49: '040' },
    ]);
  });

  it('keeps a column of numbers as text when a code with a leading zero comes after the preview, and says so', async () => {
    const file = utf8(`id,n\n${many(30_000, (row) => `${row + 1},${row}`)}\n007,1\n`);
    const result = await loadUpload(db, file, 'late_code');
    expect(result.types).toEqual(['VARCHAR', 'BIGINT']);
    expect(db.query("SELECT count(*)::INTEGER AS n FROM late_code WHERE id = '007'")).toEqual([
      { n: 1 },
    ]);
    expect(result.notes).toEqual([
      { code: 'lateCode', level: 'warning', column: 1, values: { name: 'id' } },
    ]);
  });

  it('names the line and value that turned a column of numbers to text after the preview', async () => {
    // Line 1 is the header, so the 30,000 numbers are lines 2 to 30,001.
    const file = utf8(`label,n\n${many(30_000, (row) => `x${row},${row}`)}\ny,n/a\nz,5\n`);
    const result = await loadUpload(db, file, 'late_text');
    expect(result.rows).toBe(30_002);
    expect(result.types).toEqual(['VARCHAR', 'VARCHAR']);
    expect(result.notes).toEqual([
      {
        code: 'lateText',
        level: 'warning',
        line: 30_002,
        column: 2,
        values: { name: 'n', value: 'n/a' },
      },
    ]);
  });

  it('reads ISO dates as dates, and a column of other dates or an impossible date as text', async () => {
    const file = utf8(
      'iso,us,bad\n2020-01-31,01/31/2020,2020-01-31\n2021-12-01,12/01/2021,2021-02-30\n',
    );
    const result = await loadUpload(db, file, 'dates');
    expect(result.types).toEqual(['DATE', 'VARCHAR', 'VARCHAR']);
    expect(
      db.query("SELECT strftime(iso, '%Y-%m-%d') AS iso, us, bad FROM dates ORDER BY iso"),
    ).toEqual([
      { iso: '2020-01-31', us: '01/31/2020', bad: '2020-01-31' },
      { iso: '2021-12-01', us: '12/01/2021', bad: '2021-02-30' },
    ]);
  });

  it('keeps decimal commas as text, as written, never as other numbers', async () => {
    const file = utf8('country;share;count\nA;1,5;1.000\nB;12,25;2.000\n');
    const result = await loadUpload(db, file, 'decimal_commas');
    expect(result.types).toEqual(['VARCHAR', 'VARCHAR', 'DOUBLE']);
    expect(db.query('SELECT share, count FROM decimal_commas ORDER BY country')).toEqual([
      { share: '1,5', count: 1 },
      { share: '12,25', count: 2 },
    ]);
  });

  it('loads empty values as NULL, in typed and text columns, and types a column by the values it has', async () => {
    const file = utf8('n,day,note,none\n1,,a,\n,2020-01-02,,\n3,2020-01-03,c,\n');
    const result = await loadUpload(db, file, 'empties');
    expect(result.types).toEqual(['BIGINT', 'DATE', 'VARCHAR', 'VARCHAR']);
    expect(
      db.query(
        'SELECT count(n)::INTEGER AS n, count(day)::INTEGER AS day, count(note)::INTEGER AS note, count(none)::INTEGER AS none, count(*)::INTEGER AS "rows" FROM empties',
      ),
    ).toEqual([{ n: 2, day: 2, note: 2, none: 0, rows: 3 }]);
    expect(result.notes).toEqual([]);
  });
});

describe('values with spaces or tabs around them', () => {
  it('reads "0.72<tab>" as the number it is, and says so (an Open SDG file of Ukraine has them)', async () => {
    const result = await loadUpload(
      db,
      utf8('Year,Value\n2015,0.72\t\n2016, 1.5 \n2017,\n'),
      'padded',
    );
    expect(result.types).toEqual(['BIGINT', 'DOUBLE']);
    expect(result.notes).toContainEqual(
      expect.objectContaining({ code: 'paddedValues', column: 2, values: { name: 'Value' } }),
    );
    expect(db.query('SELECT "Value" AS v FROM padded ORDER BY "Year"')).toEqual([
      { v: 0.72 },
      { v: 1.5 },
      { v: null },
    ]);
  });

  it('keeps a column as text when a code with a leading zero comes after padded numbers', async () => {
    const rows = Array.from({ length: 2100 }, (_, index) => `${index},${index + 1}\t`);
    const result = await loadUpload(
      db,
      utf8(`id,code\n${rows.join('\n')}\n2100,004\n`),
      'padded_codes',
    );
    expect(result.types).toEqual(['BIGINT', 'VARCHAR']);
    expect(result.notes.map((note) => note.code)).toEqual(['lateCode']);
  });
});
