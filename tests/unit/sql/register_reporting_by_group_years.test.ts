import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import yearsSql from '$lib/sql/register_reporting_by_group_years.sql?raw';
import { dataDb } from '../../data-db';

// The same SQL the page runs, against a real DuckDB over the project's real data/ files. The
// page picks a year from all of them; `sql` does the same with a bound parameter.
const sql = `SELECT * FROM (${yearsSql}) WHERE report_year = ? ORDER BY reporting_rate DESC, group_name`;
let db: NodeDatabase;
beforeAll(async () => {
  db = await dataDb();
});

describe('register_reporting_by_group_years.sql', () => {
  it('loads every data/ file it depends on', () => {
    for (const table of ['register_reporting', 'regional_groups']) {
      expect(db.datasets.find((load) => load.table === table)).toMatchObject({
        table,
        rows: expect.any(Number),
      });
    }
  });

  it('returns the five UN regional groups for 2011, highest share first', () => {
    const rows = db.query(sql, [2011]);
    expect(rows.map((row) => row.group_id)).toEqual(['WEOG', 'EEG', 'GRULAC', 'APG', 'AFR']);
    const rates = rows.map((row) => Number(row.reporting_rate));
    expect(rates).toEqual([...rates].sort((a, b) => b - a));
  });

  it("returns each group's name in English and in Chinese, from regional_groups.csv", () => {
    const groups = db.query(
      'SELECT group_id, name_en, short_name_en, name_zh FROM regional_groups',
    );
    for (const row of db.query(sql, [2011])) {
      const group = groups.find((each) => each.group_id === row.group_id);
      expect(row).toMatchObject({
        group_name: group?.name_en,
        group_short_name: group?.short_name_en,
        group_name_zh: group?.name_zh,
        group_short_name_zh: group?.name_zh,
      });
    }
  });

  it('computes each share as States reporting over the group size of that year', () => {
    for (const row of db.query(sql, [2011])) {
      expect(row.reporting_rate).toBeCloseTo(
        Number(row.states_reporting) / Number(row.group_members),
        10,
      );
    }
    const africa = db.query(sql, [2011]).find((row) => row.group_id === 'AFR');
    expect(africa).toMatchObject({ states_reporting: 2, group_members: 53 });
  });

  it('adds up to the total number of reports the source gives for the year', () => {
    const [total] = db.query(
      "SELECT value FROM register_reporting WHERE report_year = 2011 AND group_id = 'ALL' AND measure = 'states_reporting'",
    );
    const sum = db.query(sql, [2011]).reduce((acc, row) => acc + Number(row.states_reporting), 0);
    expect(sum).toBe(total.value);
  });

  it('gives small-arms inclusion only where a document does (9 for LAC, 0 for Africa), with its source and passage', () => {
    const rows = Object.fromEntries(db.query(sql, [2011]).map((row) => [row.group_id, row]));
    expect(rows.GRULAC).toMatchObject({
      salw_states_reporting: 9,
      salw_source: expect.stringMatching(/para\. 20$/),
    });
    expect(rows.AFR).toMatchObject({
      salw_states_reporting: 0,
      salw_quote_zh: expect.stringContaining('非洲'),
    });
    expect(rows.WEOG.salw_states_reporting).toBeNull();
  });

  it('names the source of every reporting figure', () => {
    for (const row of db.query(sql, [2011])) {
      expect(row.reporting_source).toBe('UN Disarmament Yearbook 2011, Part II, p. 81');
    }
  });

  it('returns 2003 from its own source, over the group sizes that source used', () => {
    // US State Department fact sheet of 3 March 2004: "all 22 Eastern European states, 16 of 53
    // African states, 31 of 53 Asian states, 24 of 33 Latin American and Caribbean states and 27
    // of 29 Western European and other states".
    const rows = db.query(sql, [2003]);
    expect(
      rows.map((row) => [
        row.group_id,
        row.states_reporting,
        row.group_members,
        row.reporting_rate,
      ]),
    ).toEqual([
      ['EEG', 22, 22, 1],
      ['WEOG', 27, 29, 27 / 29],
      ['GRULAC', 24, 33, 24 / 33],
      ['APG', 31, 53, 31 / 53],
      ['AFR', 16, 53, 16 / 53],
    ]);
    for (const row of rows) {
      expect(row.reporting_source).toMatch(/^US State Department fact sheet, March 2004, /);
      expect(row.salw_states_reporting).toBeNull();
    }
  });

  it('returns every year with figures by group, the latest first, five groups a year', () => {
    const years = db
      .query(
        "SELECT DISTINCT report_year FROM register_reporting WHERE group_id <> 'ALL' AND measure = 'states_reporting' ORDER BY 1 DESC",
      )
      .map((row) => Number(row.report_year));
    const rows = db.query(yearsSql);
    expect([...new Set(rows.map((row) => Number(row.report_year)))]).toEqual(years);
    expect(rows).toHaveLength(years.length * 5);
  });

  it('returns no rows for a year without figures', () => {
    expect(db.query(sql, [1999])).toEqual([]);
  });
});
