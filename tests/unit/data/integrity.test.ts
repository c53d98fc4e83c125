import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkDataPackage, worldAtlasIds } from '$lib/datapackage/check.server';
import { formatProblem, type DataPackage } from '$lib/datapackage/schema';
import type { NodeDatabase } from '$lib/db/node.server';
import { dataDb } from '../../data-db';

const descriptor = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as DataPackage;

describe('data/ as a whole', () => {
  it('passes every check: schema, keys, foreign keys, quotes verbatim, figures in their quotes, cross-checks', () => {
    expect(checkDataPackage('data', 'seeds').map(formatProblem)).toEqual([]);
  });

  it('describes every CSV in datapackage.json, with a title, a description and a source', () => {
    const files = readdirSync('data')
      .filter((f) => f.endsWith('.csv'))
      .sort();
    expect(descriptor.resources.map((r) => r.path).sort()).toEqual(files);
    for (const resource of descriptor.resources) {
      expect(resource.title, resource.name).toBeTruthy();
      expect(resource.description, resource.name).toBeTruthy();
      expect(resource.sources?.length, resource.name).toBeGreaterThan(0);
      for (const field of resource.schema.fields)
        expect(field.description, `${resource.name}.${field.name}`).toBeTruthy();
    }
  });

  it('gives every table a source document and paragraph in each row', () => {
    for (const resource of descriptor.resources) {
      const names = resource.schema.fields.map((f) => f.name);
      if (resource.name === 'documents') continue; // documents are the sources themselves
      expect(names, resource.name).toContain('source_doc');
      expect(names, resource.name).toContain('source_ref');
    }
  });
});

describe('data/ in DuckDB (the engine the dashboard runs)', () => {
  let db: NodeDatabase;
  beforeAll(async () => {
    db = await dataDb();
  });

  it('loads every table with the column types the schema declares', () => {
    expect(db.datasets.filter((d) => d.error)).toEqual([]);
    expect(db.query("SELECT typeof(m49) AS t, m49 FROM countries WHERE iso3 = 'AFG'")).toEqual([
      { t: 'VARCHAR', m49: '004' },
    ]);
  });

  it('has 8 missions with a current embargo-support mandate: 4 peacekeeping, 4 special political', () => {
    const byKind = db.query(
      "SELECT kind, count(*)::INTEGER AS n FROM missions WHERE embargo_mandate = 'current' GROUP BY kind ORDER BY kind",
    );
    expect(byKind).toEqual([
      { kind: 'peacekeeping', n: 4 },
      { kind: 'special_political', n: 4 },
    ]);
    expect(
      db.query("SELECT value FROM key_figures WHERE figure_id = 'missions_with_embargo_mandate'"),
    ).toEqual([{ value: 8 }]);
  });

  it('has 9 expert panels, 2 in New York, 1 in Nairobi and 6 in situ, adding up', () => {
    const [panels] = db.query(
      "SELECT sum(value) FILTER (WHERE figure_id = 'expert_panels') AS total, sum(value) FILTER (WHERE figure_id LIKE 'expert_panels_%') AS parts FROM key_figures",
    );
    expect(panels).toEqual({ total: 9, parts: 9 });
  });

  it('has 19 past recommendations in the 18 rows of Annex I, and 13 missions', () => {
    expect(
      db.query(
        'SELECT count(*)::INTEGER AS n, count(DISTINCT table_row)::INTEGER AS rows FROM recommendations',
      ),
    ).toEqual([{ n: 19, rows: 18 }]);
    expect(db.query('SELECT count(*)::INTEGER AS n FROM missions')).toEqual([{ n: 13 }]);
  });

  it('joins every country code of every table to countries', () => {
    for (const resource of descriptor.resources) {
      for (const field of resource.schema.fields.filter(
        (f) => f.name.endsWith('iso3') && resource.name !== 'countries',
      )) {
        const missing = db.query(
          `SELECT DISTINCT t.${field.name} AS code FROM ${resource.name} AS t LEFT JOIN countries AS c ON c.iso3 = t.${field.name} WHERE t.${field.name} IS NOT NULL AND c.iso3 IS NULL`,
        );
        expect(missing, `${resource.name}.${field.name}`).toEqual([]);
      }
    }
  });

  it('joins the M49 code of every country with a map shape to the world-atlas shapes', () => {
    const ids = worldAtlasIds();
    const withShape = db
      .query('SELECT m49 FROM countries WHERE map_shape_110m')
      .map((r) => r.m49 as string);
    expect(withShape.length).toBe(165);
    expect(withShape.filter((m49) => !ids.has(m49))).toEqual([]);
    const members = new Set(db.query('SELECT m49 FROM countries').map((r) => r.m49 as string));
    expect(members.size).toBe(193);
  });

  it('links missions to UN arms embargoes on their host country', () => {
    const linked = db.query(
      "SELECT m.mission_id, list(e.embargo_id ORDER BY e.start_date) AS embargoes FROM missions AS m JOIN embargoes AS e ON e.target_iso3 = m.host_iso3 WHERE m.mission_id IN ('UNOCI', 'UNIFIL') GROUP BY m.mission_id ORDER BY m.mission_id",
    );
    expect(linked).toEqual([
      { mission_id: 'UNIFIL', embargoes: ['lebanon-2006'] },
      { mission_id: 'UNOCI', embargoes: ['cote-divoire-2004'] },
    ]);
  });
});

describe('checkDataPackage(dataDir, seedsDir) on a changed copy of data/', () => {
  let copy: string;
  beforeAll(() => {
    copy = mkdtempSync(path.join(tmpdir(), 'data-'));
  });
  afterAll(() => rmSync(copy, { recursive: true, force: true }));

  /** Checks a fresh copy of data/ in which one line of one file has `from` replaced by `to`. */
  function checkWith(file: string, lineStart: string, from: string, to: string) {
    rmSync(copy, { recursive: true, force: true });
    cpSync('data', copy, { recursive: true });
    const target = path.join(copy, file);
    const lines = readFileSync(target, 'utf8').split('\n');
    const index = lines.findIndex((l) => l.startsWith(lineStart));
    expect(lines[index], `${file}: ${lineStart}`).toContain(from);
    lines[index] = lines[index].replace(from, to);
    writeFileSync(target, lines.join('\n'));
    return { line: index + 1, problems: checkDataPackage(copy, 'seeds').map(formatProblem) };
  }

  it('names the line of a stray quote, and still checks the other files', () => {
    const { line, problems } = checkWith('missions.csv', 'MINUSCA,', ',"Annex II', ',Annex II');
    expect(problems).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^missions\\.csv, line ${line}: character \\d+: a quote inside an unquoted field$`,
        ),
      ),
    );
    expect(problems.some((p) => p.startsWith('mission_tasks.csv'))).toBe(true);
  });

  // Each case: what changes, where (file, start of the line, text replaced), and the problem
  // the checker must report at that line. `{line}` stands for the changed line's number.
  it.each([
    {
      change: 'a figure read from a seed',
      file: 'regional_centre_activities.csv',
      row: 'unlirec-weapons-destroyed',
      edit: [',3500,', ',3600,'],
      problem:
        'regional_centre_activities.csv, line {line}, column value: 3600 is not stated in its quote "协助各国努力销毁了 3 500 件过剩、过时或没收的武器"',
    },
    {
      change: 'a date read from a seed',
      file: 'events.csv',
      row: 'revcon2-2012,',
      edit: ['2012-08-27', '2012-08-28'],
      problem: 'events.csv, line {line}, column start_date: 2012-08-28 is not stated in its quote',
    },
    {
      change: 'one character of a quoted Chinese span',
      file: 'key_figures.csv',
      row: 'ammunition_share',
      edit: ['所有全球转让', '所有全球出口'],
      problem:
        'key_figures.csv, line {line}, column source_quote_zh: "弹药占所有全球出口的 38%" is not verbatim',
    },
    {
      change: 'a public figure, so the groups no longer add up to their total',
      file: 'register_reporting.csv',
      row: '2011,AFR,states_reporting',
      edit: [',2,', ',3,'],
      problem: 'the sum of the regional groups is 87, but this row says 86',
    },
    {
      change: "a mission's mandate, so 7 missions support embargoes where the seed says 8",
      file: 'missions.csv',
      row: 'UNIFIL,',
      edit: [',current,', ',none,'],
      problem: 'the number of missions with a current embargo mandate is 7, but this row says 8',
    },
    {
      change: 'an M49 code, so it finds no map shape',
      file: 'countries.csv',
      row: 'AFG,',
      edit: [',004,', ',005,'],
      problem:
        'countries.csv, line {line}, column map_shape_110m: AFG: no world-atlas shape has id 005',
    },
    {
      change: 'a country code, so it no longer joins countries',
      file: 'missions.csv',
      row: 'UNAMI,',
      edit: [',IRQ,', ',IRK,'],
      problem: 'missions.csv, line {line}, column host_iso3: IRK is not in countries',
    },
  ])('fails when $change is changed', ({ file, row, edit: [from, to], problem }) => {
    const { line, problems } = checkWith(file, row, from, to);
    expect(problems).toContainEqual(
      expect.stringContaining(problem.replace('{line}', String(line))),
    );
  });
});
