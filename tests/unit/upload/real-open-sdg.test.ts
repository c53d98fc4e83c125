import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { inspect, sampleBytes } from '$lib/upload/inspect';
import type { LoadError } from '$lib/upload/problems';
import { loadUpload } from './load';

// Real files of the field, as published (tests/fixtures/real/MANIFEST.csv): each is read
// through the upload path on a real DuckDB, and what it holds is read by Papa Parse.
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
    expect(manifest.length).toBeGreaterThanOrEqual(30);
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

/** The file as Papa Parse reads it: the header and the data rows that hold anything. */
function papa(bytes: Buffer) {
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  const rows = Papa.parse<string[]>(text, { skipEmptyLines: 'greedy' }).data;
  return { header: rows[0], body: rows.slice(1) };
}

const openSdg = manifest.filter((row) => row.file.startsWith('open-sdg/'));

describe.each(openSdg.map((row) => [row.file, row.publisher]))(
  'the Open SDG data file %s (%s)',
  (file) => {
    const bytes = readFileSync(path.join(folder, file));
    const { header, body } = papa(bytes);
    const table = path
      .basename(file, '.csv')
      .replace(/[^a-z0-9]+/gi, '_')
      .toLowerCase();

    it('is read whole: every row, every column, numbers as numbers', async () => {
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
      expect(loaded.rows).toBe(body.length);
      expect(loaded.names).toHaveLength(header.length);
      // Year and Value are what an Open SDG file is for.
      expect(loaded.names[0].replace(/^"|"$/g, '')).toBe('Year');
      const value = header.findIndex((name) => name.trim() === 'Value');
      const filled = body.map((row) => (row[value] ?? '').trim()).filter((cell) => cell !== '');
      if (filled.length > 0 && filled.every((cell) => Number.isFinite(Number(cell)))) {
        expect(loaded.types[value], `${file}: Value`).toMatch(
          /^(TINYINT|SMALLINT|INTEGER|BIGINT|DOUBLE)$/,
        );
        const [{ total }] = db.query(`SELECT sum("Value")::DOUBLE AS total FROM ${table}`);
        const expected = filled.reduce((sum, cell) => sum + Number(cell), 0);
        expect(Number(total)).toBeCloseTo(expected, 6);
      }
    });
  },
);
