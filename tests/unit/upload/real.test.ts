import path from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { inspect } from '$lib/upload/inspect';
import { loadUpload } from './load';

// Real files of the field (tests/fixtures/real/README.md), read through the upload path on a
// real DuckDB. What each file holds is read from its bytes by Papa Parse, not by our reader.
const folder = path.join(import.meta.dirname, '../../fixtures/real');

let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'real-')));
});

describe('a SIPRI TIV table (import-export values 1950-2024), as SIPRI exports it', () => {
  const bytes = readFileSync(
    path.join(folder, 'sipri/import-export-values_1950-2024_MJHofmann-SIPRI_BRICS.csv'),
  );
  const lines = Papa.parse<string[]>(bytes.toString('utf8'), { skipEmptyLines: 'greedy' }).data;
  const headerAt = lines.findIndex((row) => row[0] === 'Recipient');
  const header = lines[headerAt];
  const body = lines.slice(headerAt + 1);

  it('finds the header after the notes, so the columns are named by their years', () => {
    const preview = inspect(bytes, bytes.length);
    expect(preview.options.header).toBe(true);
    expect(preview.columns.map((column) => column.name)).toEqual(header);
  });

  it('loads every recipient, with the year columns as numbers', () => {
    const loaded = loadUpload(db, bytes, 'sipri_tiv');
    expect(loaded.rows).toBe(body.length);
    expect(loaded.names).toEqual(header);
    const years = header.filter((name) => /^\d{4}$/.test(name));
    expect(years).toHaveLength(2024 - 1950 + 1);
    // A year with no delivery recorded yet (2024, in an export of October 2024) holds nothing.
    const filled = years.filter((year) =>
      body.some((row) => row[header.indexOf(year)].trim() !== ''),
    );
    expect(filled.length).toBeGreaterThan(70);
    for (const year of filled) {
      expect(loaded.types[header.indexOf(year)], year).toMatch(
        /^(TINYINT|SMALLINT|INTEGER|BIGINT|DOUBLE)$/,
      );
    }
    // The world total of 1950, as the file gives it.
    const world = body.find((row) => row[0] === 'Total world import')!;
    expect(
      db.query(
        `SELECT "1950"::VARCHAR AS v FROM sipri_tiv WHERE "Recipient" = 'Total world import'`,
      ),
    ).toEqual([{ v: world[header.indexOf('1950')] }]);
  });
});
