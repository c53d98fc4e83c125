import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import type { LoadError } from '$lib/upload/problems';
import { quoteIdentifier } from '$lib/sql/identifiers';
import { loadUpload } from './load';

// Real files of the UN statistical system and of trade and SDMX sources, as published
// (tests/fixtures/real/MANIFEST.csv; the bytes are checked there by real-open-sdg.test.ts):
// each is read through the upload path on a real DuckDB and compared, cell by cell, with what
// Papa Parse reads from the same bytes.
const folder = path.join(import.meta.dirname, '../../fixtures/real');
const manifest = Papa.parse<Record<string, string>>(
  readFileSync(path.join(folder, 'MANIFEST.csv'), 'utf8'),
  { header: true, skipEmptyLines: true },
).data;

let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'real-sdg-')));
});

const numeric = /^(BIGINT|DOUBLE)$/;
const number = /^\s*-?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/;

/** `bytes` as text: UTF-8, or Windows-1252 where they are not UTF-8 (UNSD's long files). */
function decode(bytes: Uint8Array) {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** What Papa Parse reads from `file`: the header and the records, blank lines left out. */
function papaRows(file: string) {
  const text = decode(readFileSync(path.join(folder, file)));
  const parsed = Papa.parse<string[]>(text, { skipEmptyLines: true });
  expect(parsed.errors, file).toEqual([]);
  const [header, ...body] = parsed.data;
  return { header, body, delimiter: parsed.meta.delimiter };
}

function tableName(file: string) {
  return path
    .basename(file, '.csv')
    .replace(/[^a-z0-9]+/gi, '_')
    .toLowerCase();
}

/** `table`'s cells as text, in file order. */
function cellsOf(table: string, names: string[]) {
  return db
    .query(
      `SELECT ${names.map((name) => `${quoteIdentifier(name)}::VARCHAR`).join(', ')} FROM ${quoteIdentifier(table)} ORDER BY rowid`,
    )
    .map((row) => Object.values(row) as (string | null)[]);
}

const files = manifest.filter((row) => /^(un-sdg|comtrade|sdmx)\//.test(row.file));

describe('tests/fixtures/real/MANIFEST.csv', () => {
  it('lists the UN SDG, Comtrade and SDMX files kept here', () => {
    expect(files.map((row) => row.file.split('/')[0]).sort()).toEqual([
      'comtrade',
      'sdmx',
      'un-sdg',
      'un-sdg',
      'un-sdg',
    ]);
  });
});

describe.each(files.map((row) => [row.file, row.publisher]))('the file %s (%s)', (file) => {
  const { header, body } = papaRows(file);

  it('is read whole, cell by cell as Papa Parse reads it, numbers as numbers', async () => {
    const table = tableName(file);
    let loaded;
    try {
      loaded = await loadUpload(db, readFileSync(path.join(folder, file)), table);
    } catch (error) {
      throw new Error(`${file}: ${JSON.stringify((error as LoadError).problem)}`);
    }
    expect(loaded.names).toEqual(header);
    expect(loaded.rows).toBe(body.length);
    loaded.names.forEach((name, at) => {
      const cells = body.map((row) => row[at] ?? '').filter((cell) => cell.trim() !== '');
      // A leading zero makes a code (M49 "004", HS "010619"), kept as written; so is an
      // SDG target ("16.10", the tenth target of goal 16).
      const code = cells.some((cell) => /^\s*0\d/.test(cell)) || /^target(code)?$/i.test(name);
      if (cells.length > 0 && !code && cells.every((cell) => number.test(cell))) {
        expect(loaded.types[at], `${file}: ${name}`).toMatch(numeric);
      } else {
        expect(loaded.types[at], `${file}: ${name}`).toBe('VARCHAR');
      }
    });
    const read = cellsOf(table, loaded.names);
    body.forEach((row, line) => {
      loaded.names.forEach((name, at) => {
        const want = row[at] ?? '';
        const cell = read[line][at];
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
});

describe('UNSD indicator 16.1.1 files (FIS4SDGs, tab-separated, footnotes over two lines)', () => {
  const unsd = files
    .filter((row) => /^un-sdg\/.*_csv_Indicator_/.test(row.file))
    .map((row) => row.file);

  it.each(unsd)(
    '%s: M49 codes stay text, the values and the latest year are numbers',
    async (file) => {
      const { header, body, delimiter } = papaRows(file);
      expect(delimiter).toBe('\t');
      const table = `${tableName(file)}_codes`;
      const loaded = await loadUpload(db, readFileSync(path.join(folder, file)), table);
      const type = (name: string) => loaded.types[loaded.names.indexOf(name)];
      expect(type('geoAreaCode')).toBe('VARCHAR');
      expect(type('parentCode')).toBe('VARCHAR');
      expect(type('latest_year')).toBe('BIGINT');
      for (const name of header.filter((each) => /^value_(\d{4}|latest_year)$/.test(each))) {
        expect(type(name), name).toBe('DOUBLE');
      }
      const afghanistan = body.find((row) => row[header.indexOf('geoAreaCode')] === '004')!;
      const [got] = db.query(
        `SELECT "geoAreaName" AS name, footnotes, value_latest_year AS latest FROM ${quoteIdentifier(table)} WHERE "geoAreaCode" = '004' ORDER BY rowid LIMIT 1`,
      );
      expect(got).toEqual({
        name: 'Afghanistan',
        footnotes: afghanistan[header.indexOf('footnotes')],
        latest: Number(afghanistan[header.indexOf('value_latest_year')]),
      });
      // The footnote ends in a line break inside its quotes; the record ends in CRLF.
      expect(String(got.footnotes).endsWith('them.\n')).toBe(true);
      // Footnotes with commas (and a typographic apostrophe) come back whole.
      const withCommas = body
        .map((row) => row[header.indexOf('footnotes')])
        .filter((note) => note.includes(','));
      expect(withCommas.length).toBeGreaterThan(0);
      const notes = db.query(
        `SELECT footnotes AS note FROM ${quoteIdentifier(table)} WHERE contains(footnotes, ',') ORDER BY rowid`,
      );
      expect(notes.map((row) => row.note)).toEqual(withCommas);
    },
  );
});

describe("UNSD's long file of indicator 16.10.2 (Windows-1252, every target 16.10)", () => {
  const file = files.find((row) => row.file.endsWith('16.10.2-SG_INF_ACCSS_long.csv'))!.file;
  const { header, body } = papaRows(file);
  const at = (name: string) => header.indexOf(name);

  it('keeps target 16.10 as written, the year as a year and the accented names', async () => {
    const loaded = await loadUpload(db, readFileSync(path.join(folder, file)), 'unsd_16_10_2');
    expect(loaded.preview.options.encoding).toBe('windows-1252');
    const type = (name: string) => loaded.types[loaded.names.indexOf(name)];
    expect(type('TargetCode')).toBe('VARCHAR');
    expect(type('IndicatorCode')).toBe('VARCHAR');
    // UNSD writes the year as "2018.0": a number, read as the year it is.
    expect(type('Year')).toBe('DOUBLE');
    const targets = db.query(
      'SELECT DISTINCT "TargetCode" AS target, "Year"::INTEGER AS year FROM unsd_16_10_2',
    );
    expect(targets).toEqual(
      [...new Set(body.map((row) => `${row[at('TargetCode')]}|${Number(row[at('Year')])}`))].map(
        (each) => ({ target: each.split('|')[0], year: Number(each.split('|')[1]) }),
      ),
    );
    expect(targets[0].target).toBe('16.10');
    const ivoire = body.find((row) => row[at('GeoArea_Desc')].startsWith('C\u00f4te'))!;
    expect(
      db.query(
        `SELECT "GeoArea_Desc" AS name, "Value" AS value FROM unsd_16_10_2 WHERE "GeoArea_Code" = ?`,
        [Number(ivoire[at('GeoArea_Code')])],
      ),
    ).toEqual([{ name: "C\u00f4te d'Ivoire", value: Number(ivoire[at('Value')]) }]);
  });
});

describe('a UN Comtrade export (India–China, HS 2007 (H3), 2010), with chapter 93', () => {
  const file = files.find((row) => row.file.startsWith('comtrade/'))!.file;
  const { header, body } = papaRows(file);
  const at = (name: string) => header.indexOf(name);

  it('keeps commodity codes as written and sums chapter 93 (arms and ammunition) right', async () => {
    const loaded = await loadUpload(db, readFileSync(path.join(folder, file)), 'comtrade_h3');
    const type = (name: string) => loaded.types[loaded.names.indexOf(name)];
    expect(type('Commodity Code')).toBe('VARCHAR');
    expect(type('Year')).toBe('BIGINT');
    expect(type('Value')).toBe('BIGINT');
    // The CRLF export ends in blank lines: they are no records.
    expect(loaded.rows).toBe(body.length);
    const codes = db.query(
      `SELECT "Commodity Code" AS code FROM comtrade_h3 WHERE "Commodity Code" LIKE '0%' ORDER BY rowid LIMIT 1`,
    );
    expect(codes).toEqual([
      {
        code: body.find((row) => row[at('Commodity Code')].startsWith('0'))![at('Commodity Code')],
      },
    ]);
    const arms = body.filter((row) => row[at('Commodity Code')].startsWith('93'));
    expect(arms.length).toBeGreaterThan(5);
    const [{ rows, total }] = db.query(
      `SELECT count(*)::INTEGER AS rows, sum("Value")::BIGINT AS total FROM comtrade_h3 WHERE "Commodity Code" LIKE '93%'`,
    );
    expect(rows).toBe(arms.length);
    expect(Number(total)).toBe(arms.reduce((sum, row) => sum + Number(row[at('Value')]), 0));
  });
});

describe('an SDMX-CSV 1.0 response (OECD G20 consumer prices, captured by pysdmx)', () => {
  const file = files.find((row) => row.file.startsWith('sdmx/'))!.file;
  const { header, body } = papaRows(file);

  it('reads DATAFLOW as text, TIME_PERIOD as years and OBS_VALUE as numbers', async () => {
    const loaded = await loadUpload(db, readFileSync(path.join(folder, file)), 'sdmx_oecd');
    const type = (name: string) => loaded.types[loaded.names.indexOf(name)];
    expect(header.slice(0, 2)).toEqual(['DATAFLOW', 'REF_AREA']);
    expect(type('DATAFLOW')).toBe('VARCHAR');
    expect(type('TIME_PERIOD')).toBe('BIGINT');
    expect(type('OBS_VALUE')).toBe('DOUBLE');
    const [{ first, last, low }] = db.query(
      `SELECT min("TIME_PERIOD")::INTEGER AS first, max("TIME_PERIOD")::INTEGER AS last, min("OBS_VALUE") AS low FROM sdmx_oecd`,
    );
    const years = body.map((row) => Number(row[header.indexOf('TIME_PERIOD')]));
    expect([first, last]).toEqual([Math.min(...years), Math.max(...years)]);
    expect(low).toBe(Math.min(...body.map((row) => Number(row[header.indexOf('OBS_VALUE')]))));
  });
});
