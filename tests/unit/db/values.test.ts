import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { cellText } from '$lib/db/values';
import { cellValue } from '$lib/download/arrow';

let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'values-')));
});

/** Each column's cells as the result grid shows them. */
function shown(sql: string): Record<string, string> {
  const table = db.queryArrow(sql);
  return Object.fromEntries(
    table.schema.fields.map((field, column) => [
      field.name,
      cellText(cellValue(table, 0, column), field.type),
    ]),
  );
}

describe('cellText(value, type)', () => {
  it('shows integers of any size, decimals with their scale, dates and timestamps as DuckDB writes them', () => {
    const columns = {
      big: '12345678901234567::BIGINT',
      huge: '170141183460469231731687303715884105727::HUGEINT',
      unsigned: '18446744073709551615::UBIGINT',
      loss: '-123.45::DECIMAL(10,2)',
      scaled: '0.1::DECIMAL(18,3)',
      cents: '12345678901234567.89::DECIMAL(38,2)',
      count: '42::BIGINT',
      day: "DATE '2013-09-26'",
      large: '1e300',
      fraction: '0.1::DOUBLE',
    };
    const select = Object.entries(columns).map(([name, sql]) => `${sql} AS ${name}`);
    const text = Object.entries(columns).map(([name, sql]) => `(${sql})::VARCHAR AS ${name}`);
    expect(shown(`SELECT ${select.join(', ')}`)).toEqual(db.query(`SELECT ${text.join(', ')}`)[0]);
  });

  it('names NaN and infinities, shows NULL as empty and lists as JSON', () => {
    expect(
      shown(
        "SELECT 'NaN'::DOUBLE AS nan, '-inf'::DOUBLE AS low, NULL::BIGINT AS missing, [1, 12345678901234567] AS list",
      ),
    ).toEqual({ nan: 'NaN', low: '-Infinity', missing: '', list: '[1,"12345678901234567"]' });
  });
});
