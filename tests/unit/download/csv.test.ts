import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/datapackage/csv';
import { toCsv } from '$lib/download/csv';

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
});
