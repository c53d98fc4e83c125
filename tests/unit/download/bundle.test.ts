import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { chartBundle, DATA_LICENSES, type BundleTexts } from '$lib/download/bundle';
import { toShownCsv } from '$lib/download/csv';
import { crc32, zipFiles } from '$lib/download/zip';

const texts = Object.fromEntries(
  [
    'citation',
    'cite',
    'files',
    'tableFile',
    'dataFile',
    'packageFile',
    'sources',
    'caveats',
    'licence',
    'licenceText',
    'computed',
    'computedText',
    'params',
  ].map((key) => [key, `<${key}>`]),
) as BundleTexts;

const meta = {
  name: 'reporting',
  title: '向联合国登记册报告',
  description: 'Share of each group reporting',
  notes: ['Group sizes are those of 2011.'],
  sources: [{ citation: 'A/67/…, para. 20', quotes: [{ zh: '只有 9 个', en: 'GRULAC: 9' }] }],
  columns: [
    { key: 'group_name', title: '区域组' },
    {
      key: 'reporting_rate',
      title: '报告比例',
      shown: (row: Record<string, unknown>) => `${Math.round(Number(row.reporting_rate) * 100)}%`,
    },
  ],
  sql: 'SELECT 1 WHERE ? = 2011',
  params: [2011],
  rows: 2,
  language: 'zh-Hans',
};
const rows = [
  { group_name: 'Africa', reporting_rate: 0.1111111 },
  { group_name: 'WEOG, "others"', reporting_rate: 0.8 },
];

describe('zipFiles(files, modified)', () => {
  it('writes an archive fflate reads back, names in UTF-8, contents intact', () => {
    const bytes = zipFiles(
      [
        { name: 'a.txt', data: 'hello' },
        { name: '说明.md', data: '你好\n' },
      ],
      new Date('2026-12-01T12:34:56Z'),
    );
    const files = unzipSync(bytes);
    expect(Object.keys(files)).toEqual(['a.txt', '说明.md']);
    expect(strFromU8(files['说明.md'])).toBe('你好\n');
  });

  it('crc32 gives the check value of the CRC-32/ISO-HDLC catalogue', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
  });
});

describe('chartBundle(meta, rows, created, texts)', () => {
  const files = unzipSync(chartBundle(meta, rows, new Date('2026-12-01T00:00:00Z'), texts));

  it('holds the README, both CSV files and the data package', () => {
    expect(Object.keys(files).sort()).toEqual(
      ['README.md', 'datapackage.json', 'reporting-table.csv', 'reporting.csv'].sort(),
    );
  });

  it('the table CSV has the labels as headers and the values as shown', () => {
    const parsed = Papa.parse<string[]>(strFromU8(files['reporting-table.csv']), {
      skipEmptyLines: true,
    }).data;
    expect(parsed).toEqual([
      ['区域组', '报告比例'],
      ['Africa', '11%'],
      ['WEOG, "others"', '80%'],
    ]);
  });

  it('the full CSV keeps every digit', () => {
    const parsed = Papa.parse<string[]>(strFromU8(files['reporting.csv']), {
      skipEmptyLines: true,
    }).data;
    expect(parsed[1]).toEqual(['Africa', '0.1111111']);
  });

  it('the data package types the columns, says its language and licence', () => {
    const pkg = JSON.parse(strFromU8(files['datapackage.json']));
    expect(pkg.language).toBe('zh-Hans');
    expect(pkg.resources[0].schema.fields.map((field: { type: string }) => field.type)).toEqual([
      'string',
      'number',
    ]);
    expect(pkg.resources[0].computed_by.params).toEqual([2011]);
    expect(pkg.resources[1].schema.fields.map((field: { name: string }) => field.name)).toEqual([
      '区域组',
      '报告比例',
    ]);
  });

  it('the README has the title, citation, sources with passages, caveats, licence and SQL', () => {
    const readme = strFromU8(files['README.md']);
    expect(readme.startsWith('# 向联合国登记册报告\n')).toBe(true);
    for (const part of [
      '<citation>',
      '- A/67/…, para. 20',
      '> 只有 9 个 (GRULAC: 9)',
      '- Group sizes are those of 2011.',
      '<licenceText>',
      'SELECT 1 WHERE ? = 2011',
      '`[2011]`',
    ]) {
      expect(readme).toContain(part);
    }
  });
});

describe('a bundle from an Arabic page', () => {
  it('regression: its files hold the text without the page’s layout marks (word joiners, direction marks, isolates), so "1991–2024" and "93%" are found and read as typed', () => {
    // As the Arabic page writes them: a range held on one line, a path isolated left to right,
    // a share with the left-to-right marks of Intl's Arabic percent.
    const arabic = {
      ...meta,
      title: 'العملية 1991\u2060–\u20602024',
      description: 'محسوبة من \u2066data/*.csv\u2069',
      columns: [
        { key: 'group_name', title: 'المجموعة' },
        {
          key: 'reporting_rate',
          title: 'النسبة\u200f',
          shown: (row: Record<string, unknown>) =>
            `${Math.round(Number(row.reporting_rate) * 100)}\u200e%\u200e`,
        },
      ],
      language: 'ar',
    };
    const files = unzipSync(chartBundle(arabic, rows, new Date('2026-12-01T00:00:00Z'), texts));
    for (const [name, bytes] of Object.entries(files)) {
      expect(strFromU8(bytes), name).not.toMatch(/[\u2060\u200e\u200f\u061c\u2066-\u2069]/u);
    }
    const table = Papa.parse<Record<string, string>>(
      strFromU8(files['reporting-table.csv']).slice(1),
      { header: true, skipEmptyLines: true },
    ).data;
    expect(table.map((row) => row['النسبة'])).toEqual(['11%', '80%']);
    expect(strFromU8(files['README.md'])).toContain('1991–2024');
    expect(strFromU8(files['datapackage.json'])).toContain('data/*.csv');
  });
});

describe('DATA_LICENSES', () => {
  it('is the licence data/datapackage.json gives the dashboard’s data', () => {
    const pkg = JSON.parse(readFileSync('data/datapackage.json', 'utf8'));
    expect(DATA_LICENSES).toEqual(pkg.licenses);
  });
});

describe('toShownCsv(rows, columns)', () => {
  it('starts with a byte order mark for spreadsheets', () => {
    expect(toShownCsv(rows, meta.columns).charCodeAt(0)).toBe(0xfeff);
  });
});
