import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import {
  sdgAreasQuery,
  sdgByAreaQuery,
  sdgDimensionChoiceSql,
  sdgDimensions,
  sdgOverTimeQuery,
  sdgSeriesSql,
  sipriBySupplierSql,
} from '../../../../src/routes/workbench/ready';
import { sdgCsv } from '../../../files';

// The ready charts' SQL on a real DuckDB, over an SDG export loaded as the browser loads it.
let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'ready-')));
  db.registerFile('sdg.csv', new TextEncoder().encode(sdgCsv()));
  db.query("CREATE TABLE sdg AS SELECT * FROM read_csv('sdg.csv', all_varchar = true)");
  db.query(`CREATE TABLE sipri AS SELECT * FROM (VALUES ('France', '1.2'), ('China', '15'), ('China', '?'))
    AS t("Supplier", "SIPRI TIV of delivered weapons")`);
});

describe('SDG ready charts', () => {
  it('choose the series with most rows and one value per dimension', () => {
    expect(db.query(sdgSeriesSql('sdg'))[0]).toMatchObject({ code: 'VC_ARM_SZTRACE', rows: 30 });
    const dimensions = sdgDimensions(['Value', '[Nature]', '[Units]']);
    expect(dimensions).toEqual(['[Nature]', '[Units]']);
    expect(db.query(sdgDimensionChoiceSql('sdg', '[Units]'), ['VC_ARM_SZTRACE'])).toEqual([
      { value: 'PERCENT' },
    ]);
  });

  it('give value by area for the latest year, with padded M49 codes', () => {
    const dimensions = [{ name: '[Units]', value: 'PERCENT' }];
    const { sql, params } = sdgByAreaQuery('sdg', 'VC_ARM_SZTRACE', dimensions);
    const rows = db.query(sql, params);
    expect(rows).toHaveLength(5);
    expect(rows.every((row) => row.period === 2020)).toBe(true);
    expect(rows.find((row) => row.area === 'Afghanistan')).toMatchObject({
      m49: '004',
      value: 4 + 10,
    });
    const earlier = sdgByAreaQuery('sdg', 'VC_ARM_SZTRACE', dimensions, 2015);
    expect(db.query(earlier.sql, earlier.params).find((row) => row.m49 === '250')).toMatchObject({
      value: 0 + 5,
    });
  });

  it('give one area over time', () => {
    const areas = sdgAreasQuery('sdg', 'VC_ARM_SZTRACE');
    expect(db.query(areas.sql, areas.params)).toHaveLength(5);
    const over = sdgOverTimeQuery('sdg', 'VC_ARM_SZTRACE', [], 'France');
    expect(db.query(over.sql, over.params).map((row) => [row.year, row.value])).toEqual(
      [2015, 2016, 2017, 2018, 2019, 2020].map((year) => [year, year - 2010]),
    );
  });
});

describe('SIPRI ready chart', () => {
  it('sums delivered TIV by supplier and ignores "?"', () => {
    const { sql, measure } = sipriBySupplierSql('sipri', [
      'Supplier',
      'SIPRI TIV of delivered weapons',
    ]);
    expect(measure).toBe('SIPRI TIV of delivered weapons');
    expect(db.query(sql)).toEqual([
      { supplier: 'China', value: 15, deals: 2, given: 2, numbers: 2 },
      { supplier: 'France', value: 1.2, deals: 1, given: 2, numbers: 2 },
    ]);
  });

  it('counts the TIV values that are not numbers, as a spreadsheet re-save with ;;;; leaves them', () => {
    db.query(`CREATE TABLE resaved AS SELECT * FROM (VALUES ('United States', '1540;;;;'),
      ('Soviet Union', '1200;;;;'), ('Czechoslovakia', '42')) AS t("Supplier", "SIPRI TIV of delivered weapons")`);
    const { sql } = sipriBySupplierSql('resaved', ['Supplier', 'SIPRI TIV of delivered weapons']);
    const rows = db.query(sql);
    // Three values were written; one of them reads as a number.
    expect(rows[0]).toMatchObject({ given: 3, numbers: 1 });
  });
});
