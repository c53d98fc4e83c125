import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { inspect, sampleBytes } from '$lib/upload/inspect';
import type { LoadError } from '$lib/upload/problems';
import { quoteIdentifier } from '$lib/sql/identifiers';
import { loadUpload } from './load';

// Real files of the field, as published (tests/fixtures/real/MANIFEST.csv): each is read
// through the upload path on a real DuckDB and compared, cell by cell, with what Papa Parse
// reads from the same bytes (the comparison written by a helper on the realfiles branch).
const folder = path.join(import.meta.dirname, '../../fixtures/real');
const manifest = Papa.parse<Record<string, string>>(
  readFileSync(path.join(folder, 'MANIFEST.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'real-open-sdg-')));
});

describe('tests/fixtures/real/MANIFEST.csv', () => {
  it('lists every file kept, each with its source, commit and terms, and the bytes are the ones published', () => {
    expect(manifest.length).toBeGreaterThanOrEqual(50);
    for (const row of manifest) {
      const bytes = readFileSync(path.join(folder, row.file));
      expect(createHash('sha256').update(bytes).digest('hex'), row.file).toBe(row.sha256);
      expect(bytes.length, row.file).toBe(Number(row.bytes));
      expect(row.repository, row.file).toMatch(/^[\w.-]+\/[\w.-]+$/);
      expect(row.commit, row.file).toMatch(/^[0-9a-f]{40}$/);
      expect(row.terms.length, row.file).toBeGreaterThan(10);
    }
  });
});

const numeric = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|DOUBLE|FLOAT|DECIMAL.*)$/;
const number = /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

const openSdg = manifest.filter((row) => row.file.startsWith('open-sdg/'));

describe.each(openSdg.map((row) => [row.file, row.publisher]))(
  'the Open SDG data file %s (%s)',
  (file) => {
    const bytes = readFileSync(path.join(folder, file));
    const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
    // Only empty lines are skipped: a line of bare commas is a record of blank fields.
    const [header, ...body] = Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
    const table = path
      .basename(file, '.csv')
      .replace(/[^a-z0-9]+/gi, '_')
      .toLowerCase();

    it('is read whole, cell by cell as Papa Parse reads it, numbers as numbers', async () => {
      if (body.length === 0) {
        // A platform's placeholder: the header and no data yet. Refused, and said why.
        const preview = inspect(bytes.subarray(0, sampleBytes), bytes.length);
        expect(preview.problems).toContainEqual(expect.objectContaining({ code: 'noRows' }));
        return;
      }
      let loaded;
      try {
        loaded = await loadUpload(db, bytes, table);
      } catch (error) {
        throw new Error(`${file}: ${JSON.stringify((error as LoadError).problem)}`);
      }
      // A blank header cell (a spreadsheet's trailing commas) is named by its place.
      const names = header.map((name, at) => (name.trim() === '' ? `column${at + 1}` : name));
      expect(loaded.names).toEqual(names);
      expect(loaded.rows).toBe(body.length);
      loaded.names.forEach((name, at) => {
        const cells = body.map((row) => row[at] ?? '').filter((cell) => cell.trim() !== '');
        // A leading zero makes a code ("00" for Mexico in GeoCode), kept as written.
        const code = cells.some((cell) => /^\s*0\d/.test(cell));
        if (cells.length > 0 && !code && cells.every((cell) => number.test(cell))) {
          expect(loaded.types[at], `${file}: ${name}`).toMatch(numeric);
        }
      });
      const read = db.query(
        `SELECT ${loaded.names.map((name) => `${quoteIdentifier(name)}::VARCHAR`).join(', ')} FROM ${quoteIdentifier(table)} ORDER BY rowid`,
      );
      body.forEach((row, line) => {
        const got = Object.values(read[line]) as (string | null)[];
        loaded.names.forEach((name, at) => {
          const want = row[at] ?? '';
          const cell = got[at];
          if (numeric.test(loaded.types[at])) {
            expect(cell === null ? null : Number(cell), `${name}, row ${line + 1}`).toBe(
              want.trim() === '' ? null : Number(want),
            );
          } else {
            expect(cell ?? '', `${name}, row ${line + 1}`).toBe(want);
          }
        });
      });
    });
  },
);
