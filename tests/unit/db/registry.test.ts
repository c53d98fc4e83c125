import { describe, expect, it } from 'vitest';
import {
  countRowsSql,
  createTableSql,
  datasetFromPath,
  loadFromCount,
  schemaFor,
} from '$lib/db/registry';

describe('datasetFromPath(path)', () => {
  it('names the table after the file stem', () => {
    expect(datasetFromPath('/data/register_reporting.csv')).toEqual({
      table: 'register_reporting',
      file: 'register_reporting.csv',
    });
  });

  it('turns characters SQL would need quoting for into underscores, lower-cased', () => {
    expect(datasetFromPath('data/Trade Values-2014.CSV').table).toBe('trade_values_2014');
  });

  it('prefixes a name that would start with a digit', () => {
    expect(datasetFromPath('2011 register.csv').table).toBe('t_2011_register');
  });
});

describe('createTableSql(dataset)', () => {
  it('quotes the table name and the file name', () => {
    const sql = createTableSql({ table: 'odd"name', file: "it's.csv" });
    expect(sql).toContain('TABLE builtin.main."odd""name" AS');
    expect(sql).toContain("read_csv('it''s.csv'");
  });

  it('reads with a fixed dialect and strict mode instead of sniffing', () => {
    expect(createTableSql({ table: 't', file: 't.csv' })).toMatch(
      /delim = ',',.*strict_mode = true/,
    );
  });
});

describe('createTableSql(dataset) with a schema', () => {
  it('declares each column with the DuckDB type of its Table Schema type', () => {
    const sql = createTableSql({
      table: 'countries',
      file: 'countries.csv',
      schema: {
        fields: [
          { name: 'm49', type: 'string' },
          { name: 'members', type: 'integer' },
          { name: "it's", type: 'boolean' },
        ],
      },
    });
    expect(sql).toContain("columns = {'m49': 'VARCHAR', 'members': 'BIGINT', 'it''s': 'BOOLEAN'}");
  });
});

describe('schemaFor(dataPackage, file)', () => {
  it('finds the schema of the resource whose path is the file, and nothing for other files', () => {
    const schema = { fields: [{ name: 'a', type: 'string' as const }] };
    const dataPackage = { name: 'p', resources: [{ name: 'a', path: 'a.csv', schema }] };
    expect(schemaFor(dataPackage, 'a.csv')).toBe(schema);
    expect(schemaFor(dataPackage, 'b.csv')).toBeUndefined();
    expect(schemaFor(undefined, 'a.csv')).toBeUndefined();
  });
});

describe('countRowsSql(dataset)', () => {
  it('counts rows of the quoted table as column n', () => {
    expect(countRowsSql({ table: 'a"b', file: 'x.csv' })).toBe(
      'SELECT count(*)::INTEGER AS n FROM builtin.main."a""b"',
    );
  });
});

describe('loadFromCount(dataset, rows)', () => {
  it('reports the row count of a table that has rows', () => {
    expect(loadFromCount({ table: 't', file: 't.csv' }, 3)).toEqual({
      table: 't',
      file: 't.csv',
      rows: 3,
    });
  });

  it('reports a table without rows as a failed load naming its file', () => {
    expect(loadFromCount({ table: 't', file: 't.csv' }, 0)).toEqual({
      table: 't',
      file: 't.csv',
      error: 't.csv has no data rows',
    });
  });
});
