import { describe, expect, it } from 'vitest';
import { metadataJson } from '$lib/download/metadata';

describe('metadataJson(meta, created)', () => {
  const meta = {
    name: 'reporting',
    title: 'Reporting to the UN Register, 2011',
    description: 'Share of each group reporting',
    notes: ['Group sizes are those of 2011.'],
    sources: [
      { citation: 'UN Disarmament Yearbook 2011, Part II, p. 81', quotes: [] },
      {
        citation: 'A/67/…, para. 20',
        quotes: [{ zh: '只有 9 个来自拉丁美洲和加勒比区域', en: 'GRULAC: 9' }],
      },
    ],
    columns: [
      { key: 'group_name', title: 'UN regional group' },
      { key: 'reporting_rate', title: 'Share reporting', description: '0 to 1' },
    ],
    sql: '  SELECT 1 WHERE ? = 2011\n',
    params: [2011],
    rows: 5,
  };
  const descriptor = JSON.parse(metadataJson(meta, new Date('2026-11-22T00:00:00Z')));

  it('names the CSV it describes, its row count and when it was made', () => {
    expect(descriptor).toMatchObject({
      name: 'reporting',
      path: 'reporting.csv',
      rows: 5,
      created: '2026-11-22T00:00:00.000Z',
    });
  });

  it('gives each column its meaning and each source its Chinese passages with their English meaning', () => {
    expect(descriptor.schema.fields).toEqual([
      { name: 'group_name', title: 'UN regional group' },
      { name: 'reporting_rate', title: 'Share reporting', description: '0 to 1' },
    ]);
    expect(descriptor.sources[1]).toEqual({
      title: 'A/67/…, para. 20',
      passages: [{ zh: '只有 9 个来自拉丁美洲和加勒比区域', en: 'GRULAC: 9' }],
    });
    expect(descriptor.sources[0]).toEqual({
      title: 'UN Disarmament Yearbook 2011, Part II, p. 81',
    });
  });

  it('carries the SQL and its parameters, so the figures can be re-computed from data/', () => {
    expect(descriptor.computed_by).toMatchObject({
      sql: 'SELECT 1 WHERE ? = 2011',
      params: [2011],
    });
  });

  it('says which language its titles are in, and what the SQL runs over in that language', () => {
    const zh = JSON.parse(
      metadataJson(
        {
          ...meta,
          title: '2011 年向登记册提交报告',
          language: 'zh-Hans',
          tables: '本网站的 data/*.csv',
        },
        new Date('2026-11-22T00:00:00Z'),
      ),
    );
    expect(zh.language).toBe('zh-Hans');
    expect(zh.title).toBe('2011 年向登记册提交报告');
    expect(zh.computed_by.tables).toBe('本网站的 data/*.csv');
    expect(descriptor.language).toBeUndefined();
  });
});
