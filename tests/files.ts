/**
 * Files the tests upload, generated here rather than stored: an SDG export, a SIPRI trade
 * register, a GBK-encoded Chinese file, malformed files of every kind we report, and a
 * million-row CSV. The SDG and SIPRI files follow the layout of the public exports
 * (unstats.un.org/sdgs/dataportal, armstrade.sipri.org trade register); their figures are
 * made up for the tests and never enter data/.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

let gbkTable: Map<string, number[]> | undefined;

/** Text encoded as GBK: node has no GBK encoder, so the table is built from the browser-standard decoder. */
export function gbkBytes(text: string): Uint8Array {
  if (!gbkTable) {
    gbkTable = new Map();
    const decoder = new TextDecoder('gbk');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (char.length === 1 && char !== '\uFFFD' && !gbkTable.has(char))
          gbkTable.set(char, [lead, trail]);
      }
    }
  }
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.charCodeAt(0);
    if (code < 0x80) bytes.push(code);
    else {
      const pair = gbkTable.get(char);
      if (!pair) throw new Error(`no GBK code for ${char}`);
      bytes.push(...pair);
    }
  }
  return Uint8Array.from(bytes);
}

export const gbkCsv = () =>
  gbkBytes('国家,年份,缴获武器数量\n中国,2020,12\n法国,2021,7\n尼日利亚,2021,30\n');

/** An SDG Global Database export: 5 areas × 6 years of one series, then a second series. */
export function sdgCsv(): string {
  const header =
    'Goal,Target,Indicator,SeriesCode,SeriesDescription,GeoAreaCode,GeoAreaName,TimePeriod,Value,Time_Detail,TimeCoverage,UpperBound,LowerBound,BasePeriod,Source,GeoInfoUrl,FootNote,[Nature],[Units]';
  const areas: [number, string][] = [
    [4, 'Afghanistan'],
    [250, 'France'],
    [156, 'China'],
    [566, 'Nigeria'],
    [76, 'Brazil'],
  ];
  const rows: string[] = [];
  for (const [code, name] of areas) {
    for (let year = 2015; year <= 2020; year++) {
      const value = (code % 50) + year - 2010;
      rows.push(
        `16,16.4,16.4.2,VC_ARM_SZTRACE,"Proportion of seized, found or surrendered arms whose illicit origin or context has been traced or established by a competent national authority",${code},${name},${year},${value},${year},,,,,UNODC,,,C,PERCENT`,
      );
    }
  }
  rows.push(
    '16,16.4,16.4.1,DC_TOF_INFL,Total inward illicit financial flows,250,France,2019,1.5,2019,,,,,UNCTAD,,,E,CURRENT_USD',
  );
  return `${header}\n${rows.join('\n')}\n`;
}

/**
 * The SDG export with values the Global Database writes for "no value": Afghanistan's 2018
 * value is `NaN`, Brazil's 2020 value `NaN` and Nigeria's 2016 value `-Inf`.
 */
export function sdgNanCsv(): string {
  const missing: [string, string][] = [
    [',4,Afghanistan,2018,', 'NaN'],
    [',76,Brazil,2020,', 'NaN'],
    [',566,Nigeria,2016,', '-Inf'],
  ];
  return missing.reduce(
    (text, [place, value]) => text.replace(new RegExp(`${place}[^,]*,`), `${place}${value},`),
    sdgCsv(),
  );
}

/** A SIPRI trade register in Windows-1252, with its note lines and unnamed "?" columns. */
export function sipriCsv(): Uint8Array {
  const text = [
    'Transfers of major weapons: Deals with deliveries or orders made for year range 2015 to 2020',
    'Note: The "No. delivered/produced" and the "Year(s) of delivery" columns refer to 2015-2020 deliveries only. A "?" in a column indicates uncertain data',
    '',
    'Recipient,Supplier,Year of order,,Number ordered,,Weapon designation,Weapon description,Number delivered,,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons',
    "Côte d'Ivoire,France,2015,?,4,,VAB,APC,4,?,2016,Second hand,,0.3,1.2,1.2",
    'Nigeria,China,2016,,10,?,VN-1,IFV,10,,2017; 2018,New,,1.5,15,15',
    'Nigeria,Türkiye,2019,,2,,Dearsan,Patrol craft,1,,2020,New,"Nigerian Navy, second unit 2021",6,12,6',
    '',
  ].join('\r\n');
  return Uint8Array.from(text, (char) => char.charCodeAt(0));
}

/** Each malformed kind of file, with the problem code the user must be told. */
export const malformedFiles: { name: string; bytes: Uint8Array; code: string; line?: number }[] = [
  { name: 'empty.csv', bytes: new Uint8Array(), code: 'empty' },
  { name: 'blank.csv', bytes: text('\n\n   \n'), code: 'blank' },
  {
    name: 'binary.csv',
    bytes: Uint8Array.from({ length: 600 }, (_, i) => (i * 37 + 11) % 256),
    code: 'binary',
  },
  {
    name: 'workbook.csv',
    bytes: Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 20, 0, 6, 0, 8, 0, 0, 0]),
    code: 'xlsx',
  },
  {
    name: 'old.csv',
    bytes: Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
    code: 'xls',
  },
  { name: 'packed.csv', bytes: Uint8Array.from([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), code: 'gzip' },
  { name: 'report.csv', bytes: text('%PDF-1.7\n%âãÏÓ\n1 0 obj\n'), code: 'pdf' },
  {
    name: 'page.csv',
    bytes: text('<!DOCTYPE html>\n<html><body>Not found</body></html>\n'),
    code: 'html',
  },
  { name: 'data.csv', bytes: text('[{"country": "France", "value": 3}]\n'), code: 'json' },
  { name: 'header-only.csv', bytes: text('country,year,value\n'), code: 'noRows' },
  {
    name: 'ragged.csv',
    bytes: text('country,year,value\nFrance,2020,3\nNigeria,2021,7,extra\n'),
    code: 'ragged',
    line: 3,
  },
  {
    name: 'quotes.csv',
    bytes: text('country,year,value\nFrance,2020,3\n"Nigeria,2021,7\nChina,2020,1\n'),
    code: 'unclosedQuote',
    line: 3,
  },
];

/** Problems that are warnings: the file loads, and the user is told what was done. */
export const warnedFiles: { name: string; bytes: Uint8Array; code: string }[] = [
  {
    name: 'duplicate.csv',
    bytes: text('country,value,value\nFrance,3,4\n'),
    code: 'duplicateHeader',
  },
];

function text(value: string): Uint8Array {
  return new TextEncoder().encode(value);
}

/**
 * Writes a CSV of `rows` data rows (about 45 bytes each) to `file`, in chunks. Row i has
 * id i, a country code that cycles through three-digit M49-like codes, a year, a value and
 * a short text.
 */
export async function writeBigCsv(file: string, rows: number): Promise<void> {
  const out = createWriteStream(file);
  out.write('id,code,year,value,label\n');
  const chunk = 10_000;
  for (let start = 0; start < rows; start += chunk) {
    let lines = '';
    for (let id = start; id < Math.min(rows, start + chunk); id++) {
      lines += `${id},${String((id % 900) + 4).padStart(3, '0')},${2000 + (id % 25)},${(id * 0.37).toFixed(2)},label ${id} sample\n`;
    }
    if (!out.write(lines)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * The kinds of column `wideCsv` cycles through, each with the type the load must give it:
 * whole numbers, numbers, ISO dates and text; codes with leading zeros stay text, as does a
 * column whose last value is not a number, and one with no values at all.
 */
export const wideKinds = [
  { kind: 'whole', type: 'BIGINT', value: (row: number) => String(row * 7 - 300) },
  { kind: 'number', type: 'DOUBLE', value: (row: number) => (row * 0.25 - 3).toFixed(2) },
  { kind: 'mixed', type: 'DOUBLE', value: (row: number) => (row % 4 ? String(row) : `${row}.5`) },
  { kind: 'exponent', type: 'DOUBLE', value: (row: number) => `${row + 1}e-3` },
  {
    kind: 'date',
    type: 'DATE',
    value: (row: number) => new Date(Date.UTC(2000, 0, 1 + row * 3)).toISOString().slice(0, 10),
  },
  { kind: 'text', type: 'VARCHAR', value: (row: number) => `item ${row}` },
  { kind: 'code', type: 'VARCHAR', value: (row: number) => String(row % 900).padStart(3, '0') },
  {
    kind: 'late',
    type: 'VARCHAR',
    value: (row: number, rows: number) => (row === rows - 1 ? 'n/a' : String(row)),
  },
  { kind: 'sparse', type: 'BIGINT', value: (row: number) => (row % 3 ? String(row) : '') },
  { kind: 'blank', type: 'VARCHAR', value: () => '' },
] as const;

/**
 * A CSV of `columns` columns and `rows` rows, column i of kind `wideKinds[i % length]` and
 * named `c<i>_<kind>`, with the type each column must load as.
 */
export function wideCsv(columns: number, rows: number): { text: string; types: string[] } {
  const kinds = Array.from({ length: columns }, (_, index) => wideKinds[index % wideKinds.length]);
  const header = kinds.map((each, index) => `c${index}_${each.kind}`).join(',');
  const lines = Array.from({ length: rows }, (_, row) =>
    kinds.map((each) => each.value(row, rows)).join(','),
  );
  return { text: `${header}\n${lines.join('\n')}\n`, types: kinds.map((each) => each.type) };
}
