import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { byGroupOrder, UN_GROUP_ORDER } from '$lib/i18n/groups';
import { localName } from '$lib/i18n/names';
import { regionOptions } from '../../../src/routes/countries/filter';
import { listQueries } from '../../../src/routes/countries/queries';
import { facetValues } from '../../../src/routes/missions/facets';
import { missionsQuery } from '../../../src/routes/missions/queries';
import { dataDb } from '../../data-db';

// UN texts list the regional groups in one order: 非洲国家、亚洲-太平洋国家、东欧国家、
// 拉丁美洲和加勒比国家、西欧和其他国家 (African, Asia-Pacific, Eastern European, Latin
// American and Caribbean, Western European and other States), the order of the UN's list of
// the groups that data/regional_groups.csv copies, row by row.
const csvOrder = readFileSync('data/regional_groups.csv', 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split(',')[0]);

let db: NodeDatabase;
beforeAll(async () => {
  db = await dataDb();
});

describe('UN_GROUP_ORDER and byGroupOrder(a, b)', () => {
  it('lists the groups in the order of the UN list (data/regional_groups.csv)', () => {
    expect(csvOrder).toEqual(['AFR', 'APG', 'EEG', 'GRULAC', 'WEOG']);
    expect([...UN_GROUP_ORDER]).toEqual(csvOrder);
    expect(['WEOG', 'none', 'AFR', 'GRULAC', 'EEG', 'APG'].sort(byGroupOrder)).toEqual([
      ...csvOrder,
      'none',
    ]);
  });
});

describe('the regional-group lists of the pages follow the UN order', () => {
  it('regression: /zh/countries/ offers the groups 非洲国家组 first, not in the order of the countries (亚洲-太平洋 first, from Afghanistan)', () => {
    const rows = db.query(listQueries.countries.sql);
    const options = regionOptions(rows, (row) => localName(row, 'group_name', 'zh'));
    expect(options.map(([id]) => id)).toEqual(csvOrder);
    expect(options[0][1]).toMatch(/^非洲国家/u);
    expect(options.at(-1)![1]).toMatch(/^西欧和其他国家/u);
    const english = regionOptions(rows, (row) => localName(row, 'group_name', 'en'));
    expect(english[0][1]).toMatch(/^Africa/u);
  });

  it("regression: the missions' host-group filter lists the groups in UN order, no single host last", () => {
    const all = missionsQuery();
    const rows = db.query(all.sql, all.params);
    const regions = facetValues(rows, 'region');
    const groups = regions.filter((id) => id !== 'none');
    expect(groups).toEqual(csvOrder.filter((id) => groups.includes(id)));
    expect(groups[0]).toBe('AFR');
    if (regions.includes('none')) expect(regions.at(-1)).toBe('none');
  });
});
