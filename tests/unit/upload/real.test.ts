import path from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { inspect } from '$lib/upload/inspect';
import { sipriBySupplierSql } from '../../../src/routes/workbench/ready';
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

  it('finds the header after the notes, so the columns are named by their years', async () => {
    const preview = inspect(bytes, bytes.length);
    expect(preview.options.header).toBe(true);
    expect(preview.columns.map((column) => column.name)).toEqual(header);
  });

  it('loads every recipient, with the year columns as numbers', async () => {
    const loaded = await loadUpload(db, bytes, 'sipri_tiv');
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

/** The records of a SIPRI trade register as Papa Parse reads them, header first. */
function registerRows(text: string): string[][] {
  const rows = Papa.parse<string[]>(text, { delimiter: ',', skipEmptyLines: 'greedy' }).data;
  return rows.slice(rows.findIndex((row) => row[0] === 'Recipient' && row[1] === 'Supplier'));
}

const tivDelivered = 'SIPRI TIV of delivered weapons';

describe.each([
  ['trade-register_MJHofmann-SIPRI_BRICS.csv', [24336, 26458]],
  ['trade-register_ColasDroin-SIPRI_arms_transfers_analysis.csv', [5432, 21488, 25178, 27955]],
])('the SIPRI trade register %s, with records split by a line break', (name, splitAt) => {
  const bytes = readFileSync(path.join(folder, 'sipri', name));
  const text = new TextDecoder('windows-1252').decode(bytes);
  const [header, ...body] = registerRows(text);
  // Each split record is a row of 13 fields (up to the comment) and one of 4 (",0.25,3.5,3.25").
  const whole = body.filter((row) => row.length === header.length);
  const heads = body.filter((row) => row.length === 13);
  const tails = body.filter((row) => row.length === 4);
  const lines = text.split(/\r\n|\n/);

  it('is as the publisher left it: the split records are there to mend', () => {
    expect(header).toHaveLength(16);
    expect(heads).toHaveLength(splitAt.length);
    expect(tails).toHaveLength(splitAt.length);
    expect(whole.length + heads.length + tails.length).toBe(body.length);
    // The lines the note will name: where each record's first part is.
    for (const line of splitAt) expect(lines[line].startsWith(',')).toBe(true);
  });

  it('loads every record, each split one joined again, and says which lines it joined', async () => {
    const table = `sipri_register_${splitAt.length}`;
    const loaded = await loadUpload(db, bytes, table);
    expect(loaded.format).toBe('sipri');
    expect(loaded.rows).toBe(whole.length + heads.length);
    expect(loaded.notes).toContainEqual(
      expect.objectContaining({
        code: 'joinedRecords',
        values: expect.objectContaining({ count: splitAt.length }),
      }),
    );
    const note = loaded.notes.find((each) => each.code === 'joinedRecords')!;
    expect(String(note.values!.lines).match(/\d+/g)!.map(Number)).toEqual(splitAt);
    expect(loaded.types[loaded.names.indexOf(tivDelivered)]).toBe('DOUBLE');
    // The TIV delivered, over every record: the whole rows' last field and the tails' last.
    const expected = [...whole, ...tails]
      .map((row) => row.at(-1)!.trim())
      .filter((value) => value !== '')
      .reduce((sum, value) => sum + Number(value), 0);
    const [{ total }] = db.query(`SELECT sum("${tivDelivered}") AS total FROM ${table}`);
    expect(Number(total)).toBeCloseTo(expected, 6);
    // A joined record keeps its comment, the line break in it, and its three TIV values.
    const [head, tail] = [heads.at(-1)!, tails.at(-1)!];
    const rows = db.query(
      `SELECT "Comments" AS comments, "SIPRI TIV per unit" AS unit, "${tivDelivered}" AS delivered
       FROM ${table} WHERE "Recipient" = ? AND "Weapon designation" = ? AND "Comments" LIKE ?`,
      [head[0], head[6], `${head[12]}%`],
    );
    expect(rows).toEqual([
      { comments: `${head[12]}\n${tail[0]}`, unit: Number(tail[1]), delivered: Number(tail[3]) },
    ]);
  });
});

describe('a SIPRI trade register re-saved by a spreadsheet, with ";;;;" after every line', () => {
  const name = 'trade-register_kume-arastirma-Kutupluluk-ve-Ortado-u-Silah-Ticareti.csv';
  const bytes = readFileSync(path.join(folder, 'sipri', name));
  const text = new TextDecoder('windows-1252').decode(bytes);
  const raw = text.split(/\r\n/).filter((line) => line !== '');
  // Every line, the header too, ends with a run of semicolons.
  const [header, ...body] = registerRows(raw.map((line) => line.replace(/;+$/, '')).join('\n'));

  it('is as the publisher left it: CRLF lines, all but one ending in semicolons', () => {
    expect(text.includes('\r\n')).toBe(true);
    // The spreadsheet split lines on ";" too and padded each to 42 cells; one line, whose years
    // of delivery ("1950;1951;…") fill 42 cells, has no padding left.
    const unpadded = raw.filter((line) => !/;+$/.test(line));
    expect(unpadded).toHaveLength(1);
    expect(unpadded[0].split(';')).toHaveLength(42);
    expect(header.at(-1)).toBe(tivDelivered);
  });

  it('leaves the semicolons out, so the columns have their names and the TIV columns are numbers', async () => {
    const loaded = await loadUpload(db, bytes, 'sipri_resaved');
    expect(loaded.preview.options).toMatchObject({ delimiter: ',', padding: ';', header: true });
    expect(loaded.preview.problems).toContainEqual(
      expect.objectContaining({ code: 'padding', level: 'warning' }),
    );
    expect(loaded.format).toBe('sipri');
    expect(loaded.rows).toBe(body.length);
    expect(loaded.types.slice(-3)).toEqual(['DOUBLE', 'DOUBLE', 'DOUBLE']);
    // The kept copy is the mended file: no line of it ends in a semicolon.
    expect(/;\r?\n/.test(await loaded.data.text())).toBe(false);
  });

  it('charts the suppliers as the file ranks them, led by the United States and the Soviet Union', async () => {
    const totals = new Map<string, number>();
    for (const row of body) {
      const value = row.at(-1)!.trim();
      if (value !== '') totals.set(row[1], (totals.get(row[1]) ?? 0) + Number(value));
    }
    const ranked = [...totals].sort((a, b) => b[1] - a[1]).slice(0, 5);
    const { sql } = sipriBySupplierSql('sipri_resaved', [...header]);
    const chart = db.query(sql) as {
      supplier: string;
      value: number;
      given: number;
      numbers: number;
    }[];
    expect(chart.slice(0, 5).map((row) => row.supplier)).toEqual(
      ranked.map(([supplier]) => supplier),
    );
    expect(
      chart
        .slice(0, 2)
        .map((row) => row.supplier)
        .sort(),
    ).toEqual(['Soviet Union', 'United States']);
    expect(chart[0].value).toBeCloseTo(ranked[0][1], 6);
    // Every TIV written is a number: nothing left out of the chart.
    expect(chart[0].numbers).toBe(chart[0].given);
  });
});
