import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsv } from '$lib/datapackage/csv';

describe('parseCsv(text)', () => {
  it('reads the header and records with the line each record starts on', () => {
    const table = parseCsv('a,b\n1,2\n3,4\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.records).toEqual([
      { line: 2, values: ['1', '2'] },
      { line: 3, values: ['3', '4'] },
    ]);
  });

  it('keeps commas, doubled quotes and line breaks inside quoted fields, and counts lines past them', () => {
    const table = parseCsv('a,b\n"Lomé, Togo","say ""hi""\nthere"\nx,y\r\n');
    expect(table.records[0].values).toEqual(['Lomé, Togo', 'say "hi"\nthere']);
    expect(table.records[1]).toEqual({ line: 4, values: ['x', 'y'] });
  });

  it('drops a UTF-8 byte order mark and keeps empty fields', () => {
    expect(parseCsv('\ufeffa,b,c\n,,3').records[0].values).toEqual(['', '', '3']);
  });

  it('names the line and column of a quote that is never closed', () => {
    expect(() => parseCsv('a,b\n1,2\n3,"open\n')).toThrowError(CsvSyntaxError);
    try {
      parseCsv('a,b\n1,2\n3,"open\n');
    } catch (error) {
      expect(error).toMatchObject({ line: 3, column: 3 });
    }
  });

  it('refuses a quote inside an unquoted field and text after a closing quote', () => {
    expect(() => parseCsv('a\nab"c\n')).toThrowError(
      /line 2, column 3: a quote inside an unquoted field/,
    );
    expect(() => parseCsv('a\n"ab"c\n')).toThrowError(
      /line 2, column 5: text after a closing quote/,
    );
  });
});
