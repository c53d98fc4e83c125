import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { queries } from '../../../src/routes/sources/queries';
import { dataDb } from '../../data-db';

// The embargo table's missions column, against a real DuckDB over data/. The expectation is
// computed apart, in TypeScript, from the CSV rows: a mission counts for an embargo when it is
// hosted by the target and its mandate period overlaps the embargo's.
let db: NodeDatabase;
let byEmbargo: Map<string, string>;
beforeAll(async () => {
  db = await dataDb();
  byEmbargo = new Map(
    db
      .query(queries.embargoes.sql)
      .map((row) => [String(row.embargo_id), String(row.missions ?? '')]),
  );
});

/** The rows of a CSV in data/ whose fields hold no comma or quote (the columns read here). */
function csvRows(file: string): Record<string, string>[] {
  const [header, ...lines] = readFileSync(path.resolve('data', file), 'utf8').trim().split('\n');
  const names = header.split(',');
  return lines.map((line) => {
    // Quoted fields (names, notes) are skipped over: only the unquoted leading columns are read.
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    for (const char of line) {
      if (char === '"') quoted = !quoted;
      else if (char === ',' && !quoted) {
        cells.push(cell);
        cell = '';
      } else cell += char;
    }
    cells.push(cell);
    return Object.fromEntries(names.map((name, index) => [name, cells[index] ?? '']));
  });
}

describe('embargoes.sql: the missions column', () => {
  it("regression: Haiti's 2022 embargo lists no MINUSTAH (closed 15 October 2017)", () => {
    expect(byEmbargo.get('haiti-2022')).toBeDefined();
    expect(byEmbargo.get('haiti-2022')).not.toContain('MINUSTAH');
    expect(byEmbargo.get('haiti-1993')).not.toContain('MINUSTAH');
  });

  it('lists a mission for an embargo whose period its mandate overlaps, and only then', () => {
    expect(byEmbargo.get('liberia-1992')).toBe('UNMIL');
    expect(byEmbargo.get('cote-divoire-2004')).toBe('UNOCI');
    expect(byEmbargo.get('car-2013')).toBe('MINUSCA');
    expect(byEmbargo.get('libya-1992')).toBe('');
    expect(byEmbargo.get('libya-2011')).toBe('UNSMIL');
  });

  it('matches an overlap of the periods computed apart from the CSV files, for every embargo', () => {
    const day = (value: string, end: boolean) => {
      if (!value) return end ? '9999-12-31' : '0000-01-01';
      if (value.length === 10) return value;
      const [year, month] = value.split('-').map(Number);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      return `${value}-${end ? String(last).padStart(2, '0') : '01'}`;
    };
    const missions = csvRows('missions.csv');
    const embargoes = csvRows('embargoes.csv');
    expect(missions).toHaveLength(13);
    expect(missions.every((m) => /^\d{4}-\d{2}-\d{2}$/.test(m.mandate_start))).toBe(true);
    for (const e of embargoes) {
      const expected = missions
        .filter(
          (m) =>
            m.host_iso3 !== '' &&
            m.host_iso3 === e.target_iso3 &&
            m.mandate_start <= day(e.end_date, true) &&
            (m.mandate_end || '9999-12-31') >= day(e.start_date, false),
        )
        .map((m) => m.mission_id)
        .sort()
        .join(' ');
      expect(byEmbargo.get(e.embargo_id), e.embargo_id).toBe(expected);
    }
  });

  it('gives every mission with an end date a source for it', () => {
    const rows = db.query(
      'SELECT mission_id FROM missions WHERE mandate_end IS NOT NULL AND mandate_end_source IS NULL',
    );
    expect(rows).toEqual([]);
  });
});
