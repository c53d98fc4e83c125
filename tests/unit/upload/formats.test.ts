import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { sdgCsv, sdgNanCsv } from '../../files';
import { loadUpload } from './load';

// The load's SQL on a real DuckDB, as the browser runs it: preview, staging as text, typing, table.
let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'formats-')));
});

async function load(text: string, table: string) {
  const { names, types, format } = await loadUpload(db, new TextEncoder().encode(text), table);
  return { format, types: Object.fromEntries(names.map((n, i) => [n, types[i]])) };
}

describe('loading a file of a known format', () => {
  it('loads the NaN and -Inf values of an SDG export as NULL, in a numeric Value column', async () => {
    const { format, types } = await load(sdgNanCsv(), 'sdg_nan');
    expect(format).toBe('sdg');
    expect(types.Value).toBe('DOUBLE');
    // What the file says, read by a CSV parser: the rows whose Value is not a number.
    const file = Papa.parse<Record<string, string>>(sdgNanCsv(), {
      header: true,
      skipEmptyLines: true,
    });
    const missing = file.data
      .filter((row) => !Number.isFinite(Number(row.Value)))
      .map((row) => ({ area: row.GeoAreaName, year: Number(row.TimePeriod), value: null }));
    expect(missing.map((row) => row.area).sort()).toEqual(['Afghanistan', 'Brazil', 'Nigeria']);
    expect(
      db.query(
        'SELECT "GeoAreaName" AS area, "TimePeriod" AS year, "Value" AS value FROM sdg_nan WHERE NOT isfinite("Value") OR "Value" IS NULL ORDER BY area',
      ),
    ).toEqual(missing.sort((a, b) => a.area.localeCompare(b.area)));
    const numbers = file.data.filter((row) => Number.isFinite(Number(row.Value)));
    expect(db.query('SELECT count("Value") AS n FROM sdg_nan')[0].n).toBe(numbers.length);
  });

  it('leaves a NaN in a file of no known format as the number it says', async () => {
    const { format, types } = await load('country,value\nFrance,NaN\nMali,4\n', 'plain_nan');
    expect(format).toBeUndefined();
    expect(types.value).toBe('DOUBLE');
    expect(db.query('SELECT value FROM plain_nan ORDER BY country')).toEqual([
      { value: NaN },
      { value: 4 },
    ]);
  });

  it('loads the untouched SDG export with every value', async () => {
    await load(sdgCsv(), 'sdg_plain');
    expect(db.query('SELECT count("Value") AS n, count(*) AS rows FROM sdg_plain')[0]).toEqual({
      n: 31,
      rows: 31,
    });
  });
});
