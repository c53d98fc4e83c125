import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { columnType, sqlTypeOf, typeRuleSql } from '$lib/upload/types';

let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'types-')));
});

// Values as users write them, and some DuckDB reads in its own ways.
const values = [
  '1',
  '-1',
  '0',
  '-0',
  '+1',
  '004',
  '00',
  '-04',
  '0.5',
  '00.5',
  '.5',
  '5.',
  '-.5',
  '1e5',
  '1E-3',
  '2.5e+2',
  '12345678901234567890',
  '9223372036854775807',
  '-9223372036854775808',
  '9223372036854775808',
  '1,5',
  '1_000',
  '1 000',
  ' 3 ',
  'NaN',
  'inf',
  '-inf',
  'Infinity',
  '0x10',
  '1d',
  '$5',
  '5%',
  '2020-01-02',
  '2020-1-2',
  '2020-02-30',
  '2020-13-01',
  '20200102',
  '02/01/2020',
  '2020/01/02',
  '2020-01-02 10:00',
  '-Infinity',
  'nan',
  'INF',
  '+inf',
  '-0x10',
  '0X1F',
  '0b1',
  '0xFFFFFFFFFFFFFFFFF',
  '-04.5',
  'true',
  'n/a',
  '-',
  '?',
  '',
];

describe('the type rule', () => {
  it('columnType(values) of the preview types each value as DuckDB types the whole file', () => {
    const disagree: string[] = [];
    for (const [index, value] of values.entries()) {
      const file = `value-${index}.csv`;
      db.registerFile(file, new TextEncoder().encode(`a,b\n"${value}",1\n`));
      const [column] = db.query(
        `SELECT column_type AS type FROM (DESCRIBE SELECT * FROM read_csv('${file}', header = true, delim = ',', quote = '"', escape = '"', skip = 0, comment = '', ${typeRuleSql}))`,
      );
      const expected = String(column.type);
      const found = sqlTypeOf(columnType([value]));
      const duckdb = ['BIGINT', 'DOUBLE', 'DATE'].includes(expected) ? expected : 'VARCHAR';
      if (found !== duckdb)
        disagree.push(`${JSON.stringify(value)}: preview ${found}, DuckDB ${expected}`);
    }
    expect(disagree).toEqual([]);
  });
});
