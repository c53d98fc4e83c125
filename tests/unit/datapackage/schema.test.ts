import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/datapackage/csv';
import {
  checkForeignKeys,
  checkTable,
  formatProblem,
  rowsOf,
  type Resource,
} from '$lib/datapackage/schema';

const groups: Resource = {
  name: 'groups',
  path: 'groups.csv',
  schema: {
    fields: [
      { name: 'id', type: 'string', constraints: { required: true, pattern: '[A-Z]+' } },
      { name: 'members', type: 'integer', constraints: { minimum: 1 } },
      { name: 'verified', type: 'boolean' },
    ],
    primaryKey: 'id',
  },
};

const countries: Resource = {
  name: 'countries',
  path: 'countries.csv',
  schema: {
    fields: [
      { name: 'iso3', type: 'string', constraints: { unique: true } },
      { name: 'group_id', type: 'string', constraints: { enum: ['AFR', 'WEOG'] } },
      { name: 'since', type: 'date' },
    ],
    foreignKeys: [{ fields: 'group_id', reference: { resource: 'groups', fields: 'id' } }],
  },
};

describe('checkTable(resource, table)', () => {
  it('accepts a table that matches its schema', () => {
    expect(checkTable(groups, parseCsv('id,members,verified\nAFR,54,true\nWEOG,29,\n'))).toEqual(
      [],
    );
  });

  it('names file, line and column of a value of the wrong type', () => {
    const problems = checkTable(groups, parseCsv('id,members,verified\nAFR,54.5,yes\n'));
    expect(problems.map(formatProblem)).toEqual([
      'groups.csv, line 2, column members: "54.5" is not a valid integer',
      'groups.csv, line 2, column verified: "yes" is not a valid boolean',
    ]);
  });

  it('reports missing required values, broken patterns, minimums and enums', () => {
    const problems = checkTable(groups, parseCsv('id,members,verified\n,0,true\nafr,3,false\n'));
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 'id', 'a value is required'],
      [3, 'id', '"afr" does not match the pattern [A-Z]+'],
      [2, 'members', '0 is below the minimum 1'],
      [2, 'id', 'the primary key has a missing part'],
    ]);
    const other = checkTable(countries, parseCsv('iso3,group_id,since\nTGO,ASIA,2024-02-30\n'));
    expect(other.map((p) => p.message)).toEqual([
      '"ASIA" is not one of AFR, WEOG',
      '"2024-02-30" is not a valid date',
    ]);
  });

  it('reports a repeated key with the line it repeats', () => {
    const problems = checkTable(groups, parseCsv('id,members,verified\nAFR,54,\nAFR,53,\n'));
    expect(problems).toEqual([
      { file: 'groups.csv', line: 3, column: 'id', message: 'the primary key repeats line 2' },
    ]);
    const unique = checkTable(countries, parseCsv('iso3,group_id,since\nTGO,AFR,\nTGO,AFR,\n'));
    expect(unique[0].message).toBe('"TGO" repeats line 2; it must be unique');
  });

  it('stops at a header that differs from the schema, and counts values per row', () => {
    expect(checkTable(groups, parseCsv('id,members\nAFR,54\n'))[0].message).toMatch(
      /the header is id,members but the schema expects id,members,verified/,
    );
    expect(checkTable(groups, parseCsv('id,members,verified\nAFR,54\n'))[0]).toMatchObject({
      line: 2,
      message: '2 values where the header has 3 columns',
    });
  });
});

describe('checkForeignKeys(resources, rows)', () => {
  it('reports a value that is not a key of the referenced table', () => {
    const rows = new Map([
      ['groups', rowsOf(parseCsv('id,members,verified\nAFR,54,\n'), groups.schema)],
      [
        'countries',
        rowsOf(parseCsv('iso3,group_id,since\nTGO,AFR,\nFRA,WEOG,\nXXX,,\n'), countries.schema),
      ],
    ]);
    expect(checkForeignKeys([groups, countries], rows)).toEqual([
      { file: 'countries.csv', line: 3, column: 'group_id', message: 'WEOG is not in groups' },
    ]);
  });
});
