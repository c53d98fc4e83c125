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

  it('keeps the SDG Target as written, so target 16.10 is not read as 16.1', async () => {
    // Written here in the SDG API's CSV dialect (header bare, every value quoted): one series
    // of target 16.1 and one of 16.10, the only targets in the file, so every Target reads as
    // a number unless the format keeps it as the code it is.
    const header =
      'Goal,Target,Indicator,SeriesCode,SeriesDescription,GeoAreaCode,GeoAreaName,TimePeriod,Value,Time_Detail,TimeCoverage,UpperBound,LowerBound,BasePeriod,Source,GeoInfoUrl,FootNote,[Reporting Type],[Units]';
    const row = (target: string, indicator: string, series: string, value: string) =>
      `"16","${target}","${indicator}","${series}","A series","4","Afghanistan","2019","${value}","2019","","","","","UNODC","","","G","NUMBER"`;
    const text = [
      header,
      row('16.1', '16.1.1', 'VC_IHR_PSRC', '6.7'),
      row('16.10', '16.10.2', 'SG_INF_ACCSSINFO', '1'),
    ].join('\r\n');
    const { format, types } = await load(`${text}\r\n`, 'sdg_targets');
    expect(format).toBe('sdg');
    expect(types.Target).toBe('VARCHAR');
    expect(types.Value).toBe('DOUBLE');
    const targets = Papa.parse<Record<string, string>>(text, { header: true }).data.map(
      (each) => each.Target,
    );
    expect(
      db
        .query('SELECT "Target" AS target FROM sdg_targets ORDER BY rowid')
        .map((each) => each.target),
    ).toEqual(targets);
  });

  it('leaves a Target column of numbers in a file that is no SDG data as numbers', async () => {
    const { types } = await load('Region,Target,Sales\nNorth,16.10,15.2\nSouth,12.5,13\n', 'sales');
    expect(types.Target).toBe('DOUBLE');
  });

  it('loads the untouched SDG export with every value', async () => {
    await load(sdgCsv(), 'sdg_plain');
    expect(db.query('SELECT count("Value") AS n, count(*) AS rows FROM sdg_plain')[0]).toEqual({
      n: 31,
      rows: 31,
    });
  });
});
