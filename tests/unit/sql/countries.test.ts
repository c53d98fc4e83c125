import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/datapackage/csv';
import type { NodeDatabase } from '$lib/db/node.server';
import type { ViewQuery } from '$lib/db/result';
import { countryQueries, listQueries } from '../../../src/routes/countries/queries';
import { indicatorQueries } from '../../../src/routes/indicators/queries';
import { dataDb } from '../../data-db';

// The country and indicator pages' SQL against a real DuckDB over data/; the expectations are
// counted from the CSV files with the project's CSV reader, not with SQL.
let db: NodeDatabase;
beforeAll(async () => {
  db = await dataDb();
});
const run = ({ sql, params = [] }: ViewQuery) => db.query(sql, params);
function csv(file: string): Record<string, string>[] {
  const { header, records } = parseCsv(readFileSync(path.resolve('data', file), 'utf8'));
  return records.map(({ values }) =>
    Object.fromEntries(header.map((name, index) => [name, values[index] ?? ''])),
  );
}
const rowsFor = (file: string, column: string, iso3: string) =>
  csv(file).filter((row) => row[column] === iso3);

describe('country_list.sql', () => {
  it('lists every row of countries.csv once, with a lower-case slug', () => {
    const rows = run(listQueries.countries);
    expect(rows).toHaveLength(193);
    expect(new Set(rows.map((row) => row.iso3))).toEqual(
      new Set(csv('countries.csv').map((row) => row.iso3)),
    );
    for (const row of rows) expect(row.slug).toBe(String(row.iso3).toLowerCase());
  });

  it('counts each table’s rows per country as the CSV files hold them', () => {
    const rows = run(listQueries.countries);
    for (const row of rows) {
      const iso3 = String(row.iso3);
      expect(Number(row.missions)).toBe(rowsFor('missions.csv', 'host_iso3', iso3).length);
      expect(Number(row.embargoes)).toBe(rowsFor('embargoes.csv', 'target_iso3', iso3).length);
      expect(Number(row.mentions)).toBe(rowsFor('country_mentions.csv', 'iso3', iso3).length);
      expect(Number(row.sdg_values)).toBe(rowsFor('sdg_16_4_2_values.csv', 'iso3', iso3).length);
    }
  });
});

describe('countryQueries(iso3)', () => {
  it('cod: names the country, hosts MONUSCO and has the embargo of S/RES/1493, with sources', () => {
    const views = countryQueries('cod');
    expect(run(views.country)[0]).toMatchObject({ iso3: 'COD', name_zh: '刚果民主共和国' });
    const missions = run(views.missions);
    expect(missions.map((row) => row.mission_id)).toContain('MONUSCO');
    expect(missions.every((row) => row.source)).toBe(true);
    const embargo = run(views.embargoes).find((row) =>
      String(row.established_by).startsWith('S/RES/1493'),
    );
    expect(embargo).toMatchObject({ status: 'in_force', start_date: '2003-07-28' });
    expect(embargo?.source).toBeTruthy();
  });

  it('regression: names the country in every language of the site, as countries.csv does (/fr/countries/cod/ was headed in English)', () => {
    const [row] = csv('countries.csv').filter((each) => each.iso3 === 'COD');
    const [country] = run(countryQueries('cod').country);
    for (const locale of ['en', 'zh', 'fr', 'es', 'ru', 'ar']) {
      expect(row[`name_${locale}`], locale).toBeTruthy();
      expect(country[`name_${locale}`], locale).toBe(row[`name_${locale}`]);
    }
  });

  it('returns for each country exactly the CSV rows that name it', () => {
    for (const iso3 of ['COD', 'GBR', 'SOM', 'AFG', 'FRA']) {
      const views = countryQueries(iso3.toLowerCase());
      expect(run(views.missions)).toHaveLength(rowsFor('missions.csv', 'host_iso3', iso3).length);
      expect(run(views.embargoes)).toHaveLength(
        rowsFor('embargoes.csv', 'target_iso3', iso3).length,
      );
      const mentions = run(views.mentions);
      expect(mentions.map((row) => row.source_quote_zh).sort()).toEqual(
        rowsFor('country_mentions.csv', 'iso3', iso3)
          .map((row) => row.source_quote_zh)
          .sort(),
      );
      const values = run(views.values);
      expect(values.map((row) => [Number(row.year), Number(row.value_pct)])).toEqual(
        rowsFor('sdg_16_4_2_values.csv', 'iso3', iso3)
          .map((row) => [Number(row.year), Number(row.value_pct)])
          .sort((a, b) => a[0] - b[0]),
      );
    }
  });

  it('gbr: has SDG 16.4.2 values', () => {
    expect(run(countryQueries('gbr').values).length).toBeGreaterThan(0);
  });

  it('an unknown code returns no country', () => {
    expect(run(countryQueries('zzz').country)).toHaveLength(0);
  });
});

describe('indicatorQueries', () => {
  it('values: every published SDG 16.4.2 value', () => {
    const published = csv('sdg_16_4_2_values.csv');
    const rows = run(indicatorQueries.values);
    expect(rows).toHaveLength(published.length);
    expect(new Set(rows.map((row) => row.iso3)).size).toBe(
      new Set(published.map((row) => row.iso3)).size,
    );
  });

  it('indicators: the target and both indicators, with custodians and a source', () => {
    const rows = run(indicatorQueries.indicators);
    expect(rows.map((row) => row.code)).toEqual(
      expect.arrayContaining(['16.4', '16.4.1', '16.4.2']),
    );
    const indicator = rows.find((row) => row.code === '16.4.2');
    expect(indicator?.custodians).toBe('UNODC; UNODA');
    expect(indicator?.source).toBeTruthy();
  });
});
