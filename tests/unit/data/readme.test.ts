import { readdirSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { dataDb } from '../../data-db';

// The READMEs state counts of rows and years. Each expectation is computed from the data and
// looked up in the README's own words, so a row added or removed without the README following
// fails here, naming the sentence that is out of date.
let db: NodeDatabase;
beforeAll(async () => {
  db = await dataDb();
}, 60_000);

/** A README with its lines joined, as a reader sees a sentence that wraps. */
const readme = (file: string) => readFileSync(file, 'utf8').replace(/\s*\n\s*/g, ' ');
const top = readme('README.md');
const data = readme('data/README.md');

const num = (sql: string) => Number(Object.values(db.query(sql)[0])[0]);
const words = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

describe('README.md follows the data', () => {
  it('gives the years the overview timeline spans: "a timeline of the small-arms process (1991–2024)"', () => {
    const from = num('SELECT min(left(start_date, 4)) FROM events');
    const to = num('SELECT max(left(coalesce(end_date, start_date), 4)) FROM events');
    expect(top).toContain(
      `a timeline of the small-arms process (${from}–${to}) from \`events.csv\``,
    );
  });

  it('counts the data years of world participation: "(13 data years)"', () => {
    const years = num(
      "SELECT count(DISTINCT data_year) FROM register_participation WHERE measure = 'states_reporting' AND data_year IS NOT NULL",
    );
    expect(top).toContain(`world participation by year (${years} data years)`);
  });

  it('names the years with a regional breakdown: "(2003 or 2011, the only years public sources break down by group"', () => {
    const years = db
      .query('SELECT DISTINCT report_year FROM register_reporting ORDER BY 1')
      .map((r) => r.report_year);
    expect(top).toContain(
      `(${years.join(' or ')}, the only years public sources break down by group`,
    );
  });

  it('counts the tables in data/: "21 CSV tables built from them"', () => {
    const tables = readdirSync('data').filter((file) => file.endsWith('.csv')).length;
    const descriptor = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as {
      resources: unknown[];
    };
    expect(descriptor.resources).toHaveLength(tables);
    expect(top).toContain(`[\`data/\`](data/): ${tables} CSV tables built from them`);
  });

  it('counts the seed documents on the sources page: "The five documents"', () => {
    const seeds = num("SELECT count(*) FROM documents WHERE role = 'seed'");
    expect(top).toContain(`| The ${words[seeds]} documents, the citation network`);
  });

  it('counts the missions with a current embargo-support mandate: "shows the 8 missions"', () => {
    const current = num("SELECT count(*) FROM missions WHERE embargo_mandate = 'current'");
    expect(top).toContain(`shows the ${current} missions with a current embargo-support mandate`);
  });
});

describe('data/README.md follows the data', () => {
  it('counts the seeds, missions, Member States, regional groups and centres', () => {
    expect(num("SELECT count(*) FROM documents WHERE role = 'seed'")).toBe(5);
    expect(data).toContain('The five seeds, every document they cite');
    expect(data).toContain(
      `The ${num('SELECT count(*) FROM missions')} peace operations and political missions the seeds name`,
    );
    expect(data).toContain(
      `The ${num('SELECT count(*) FROM countries')} Member States: ISO alpha-3`,
    );
    expect(data).toContain(
      `The ${words[num('SELECT count(*) FROM regional_groups')]} UN regional groups`,
    );
    expect(
      db.query('SELECT centre_id FROM regional_centres ORDER BY centre_id').map((r) => r.centre_id),
    ).toEqual(['UNLIREC', 'UNRCPD', 'UNREC']);
    expect(data).toContain('UNREC (Lomé), UNLIREC (Lima), UNRCPD (Kathmandu)');
  });

  it('counts the named bodies: "The other bodies the seeds name (60)"', () => {
    expect(data).toContain(
      `The other bodies the seeds name (${num('SELECT count(*) FROM bodies')}), each with`,
    );
  });

  it('gives the first year of the embargoes: "UN Security Council arms embargoes since 1963"', () => {
    const first = num('SELECT min(left(start_date, 4)) FROM embargoes');
    expect(data).toContain(`UN Security Council arms embargoes since ${first}`);
  });

  it('gives the data years of Register participation: "(data years 1992-2014)"', () => {
    const from = num('SELECT min(data_year) FROM register_participation');
    const to = num('SELECT max(data_year) FROM register_participation');
    expect(data).toContain(`(data years ${from}-${to})`);
  });

  it('counts the Annex I recommendations and their table rows: "the 19 past recommendations (18 table rows)"', () => {
    const recs = num('SELECT count(*) FROM recommendations');
    const rows = num('SELECT count(DISTINCT table_row) FROM recommendations');
    expect(data).toContain(`the ${recs} past recommendations (${rows} table rows)`);
  });

  it('counts the work areas of the global firearms programme: "the seven areas (a)-(g)"', () => {
    const areas = db
      .query(
        "SELECT area_letter FROM programme_work_areas WHERE programme_id = 'unodc-global-firearms-programme' ORDER BY 1",
      )
      .map((r) => r.area_letter);
    expect(data).toContain(
      `the ${words[areas.length]} areas (${areas[0]})-(${areas.at(-1)}) of UNODC's global firearms programme`,
    );
  });

  it('gives the group sizes each Register year divided by: "Africa 53 in 2003 and 2011, Eastern Europe 22 in 2003 and 23 in 2011"', () => {
    const size = (group: string, year: number) =>
      num(
        `SELECT value FROM register_reporting WHERE measure = 'group_members' AND group_id = '${group}' AND report_year = ${year}`,
      );
    expect(data).toContain(
      `Africa ${size('AFR', 2003)} in 2003 and 2011, Eastern Europe ${size('EEG', 2003)} in 2003 and ${size('EEG', 2011)} in 2011, Western Europe and others ${size('WEOG', 2003)} in 2003 and ${size('WEOG', 2011)} in 2011`,
    );
    expect(size('AFR', 2011)).toBe(size('AFR', 2003));
  });

  it('gives A/67/…\'s small-arms reporting for 2011: "(2011: 48 States, 56%, 9 from Latin America and the Caribbean, 0 from Africa)"', () => {
    const a67 = (group: string, measure: string) =>
      num(
        `SELECT value FROM register_reporting WHERE report_year = 2011 AND source_doc = 'A/67/…' AND group_id = '${group}' AND measure = '${measure}'`,
      );
    expect(data).toContain(
      `(2011: ${a67('ALL', 'salw_states_reporting')} States, ${a67('ALL', 'salw_share_pct')}%, ${a67('GRULAC', 'salw_states_reporting')} from Latin America and the Caribbean, ${a67('AFR', 'salw_states_reporting')} from Africa)`,
    );
  });
});
