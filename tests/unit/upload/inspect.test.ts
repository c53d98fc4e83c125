import { describe, expect, it } from 'vitest';
import { columnType, inspect } from '$lib/upload/inspect';
import { gbkCsv, malformedFiles, sdgCsv, sipriCsv, warnedFiles } from '../../files';

const bytes = (text: string) => new TextEncoder().encode(text);
const whole = (data: Uint8Array, overrides = {}) => inspect(data, data.length, overrides);

describe('inspect: the preview of a file', () => {
  it('detects delimiter, header and types of a plain CSV', () => {
    const found = whole(
      bytes(
        'country;m49;year;share;date\nFrance;250;2020;0.5;2020-01-31\nMali;466;2021;1;2021-02-01\n',
      ),
    );
    expect(found.options).toMatchObject({
      encoding: 'utf-8',
      delimiter: ';',
      header: true,
      skip: 0,
    });
    expect(found.columns.map((column) => [column.name, column.type])).toEqual([
      ['country', 'text'],
      ['m49', 'integer'],
      ['year', 'integer'],
      ['share', 'number'],
      ['date', 'date'],
    ]);
    expect(found.rows).toEqual([
      ['France', '250', '2020', '0.5', '2020-01-31'],
      ['Mali', '466', '2021', '1', '2021-02-01'],
    ]);
    expect(found.problems).toEqual([]);
  });

  it('keeps codes with a leading zero as text', () => {
    expect(columnType(['004', '250'])).toBe('text');
    expect(columnType(['4', '250', ''])).toBe('integer');
    expect(columnType(['4', '2.5'])).toBe('number');
  });

  it('finds the header of a SIPRI trade register below its notes, and names the "?" columns', () => {
    const found = whole(sipriCsv());
    expect(found.options).toMatchObject({
      encoding: 'windows-1252',
      delimiter: ',',
      skip: 3,
      header: true,
    });
    expect(found.format).toBe('sipri');
    const names = found.columns.map((column) => column.name);
    expect(names.slice(0, 6)).toEqual([
      'Recipient',
      'Supplier',
      'Year of order',
      'Year of order (uncertain)',
      'Number ordered',
      'Number ordered (uncertain)',
    ]);
    expect(found.rows[0][0]).toBe("Côte d'Ivoire");
    expect(found.rows[0][3]).toBe('?');
    expect(
      found.problems.every((problem) => problem.level === 'warning' && problem.line === 4),
    ).toBe(true);
  });

  it('previews a SIPRI record split by a line break in its comment as one row, and says so', () => {
    // Lines 5431-5433 of a SIPRI trade register as published (tests/fixtures/real/sipri).
    const found = whole(
      bytes(
        'Recipient,Supplier,Year of order, ,Number ordered, ,Weapon designation,Weapon description,Number delivered, ,Year(s) of delivery,status,Comments,SIPRI TIV per unit,SIPRI TIV for total order,SIPRI TIV of delivered weapons\n' +
          "Cote d'Ivoire,United States,2024,?,12,?,vehicle engine,vehicle engine,0,,,New,Cummins (275hp) diesel engine for 12 Puma M-36 APC from South Africa\n" +
          ',0.03,0.36,0\n' +
          'Afghanistan,Brazil,2017,,6,,EMB-314 Super Tucano,trainer/combat aircraft,6,,2018,New,A-29B version,4.5,27,27\n',
      ),
    );
    expect(found.problems.filter((problem) => problem.level === 'error')).toEqual([]);
    expect(found.problems).toContainEqual({
      code: 'joinedRecords',
      level: 'warning',
      values: { count: 1, lines: '2' },
    });
    expect(found.rows).toHaveLength(2);
    expect(found.rows[0].slice(12)).toEqual([
      'Cummins (275hp) diesel engine for 12 Puma M-36 APC from South Africa\n',
      '0.03',
      '0.36',
      '0',
    ]);
    expect(found.columns.at(-1)).toMatchObject({ type: 'integer' });
  });

  it('names a blank header cell over an empty column by its place, not "(uncertain)" (Open SDG files with trailing commas)', () => {
    const found = whole(
      bytes('Year,SERIES,Value,,\n2009,VC_HTF_DETCA,0,,\n2010,VC_HTF_DETCA,1,,\n'),
    );
    expect(found.columns.map((column) => column.name)).toEqual([
      'Year',
      'SERIES',
      'Value',
      'column4',
      'column5',
    ]);
  });

  it('recognises an SDG Global Database export', () => {
    const found = whole(bytes(sdgCsv()));
    expect(found.format).toBe('sdg');
    expect(found.columns.map((column) => column.name)).toContain('[Units]');
    // Target "16.4" is a code: the preview says text, as the load will have it.
    expect(found.columns.find((column) => column.name === 'Target')?.type).toBe('text');
  });

  it('reads GBK Chinese column names', () => {
    const found = whole(gbkCsv());
    expect(found.options.encoding).toBe('gb18030');
    expect(found.columns.map((column) => column.name)).toEqual(['国家', '年份', '缴获武器数量']);
  });

  it('lets the user correct what was detected', () => {
    const data = bytes('title line\na,b\n1,2\n');
    expect(whole(data).options.skip).toBe(1);
    const corrected = whole(data, { header: false });
    expect(corrected.rows[0]).toEqual(['a', 'b']);
    expect(corrected.columns.map((column) => column.name)).toEqual(['column1', 'column2']);
  });

  for (const file of malformedFiles) {
    it(`reports ${file.name} as ${file.code}${file.line ? ` on line ${file.line}` : ''}`, () => {
      const found = whole(file.bytes);
      const error = found.problems.find((problem) => problem.level === 'error');
      expect(error?.code).toBe(file.code);
      if (file.line) expect(error?.line).toBe(file.line);
    });
  }

  for (const file of warnedFiles) {
    it(`warns about ${file.name} (${file.code}) and still lets it load`, () => {
      const found = whole(file.bytes);
      expect(found.problems.map((problem) => [problem.code, problem.level])).toEqual([
        [file.code, 'warning'],
      ]);
      expect(found.columns.map((column) => column.name)).toEqual(['country', 'value', 'value_2']);
    });
  }

  it('reports the rows that do not fit when the user sets too few lines to skip', () => {
    const found = whole(bytes('title line\na,b\n1,2\n'), { skip: 0 });
    const error = found.problems.find((problem) => problem.level === 'error');
    expect(error).toMatchObject({ code: 'ragged', line: 2, values: { found: 2, expected: 1 } });
  });

  it('names the line and column of a ragged row', () => {
    const found = whole(bytes('a,b,c\n1,2,3\n"x\ny",5,6\n7,8\n'));
    expect(found.problems).toEqual([
      {
        code: 'ragged',
        level: 'error',
        line: 5,
        column: 3,
        values: { found: 2, expected: 3, others: 0 },
      },
    ]);
  });

  it('does not blame the last line of a sample cut mid-file', () => {
    const text = 'a,b\n' + '1,2\n'.repeat(10) + '3,"cut';
    expect(inspect(bytes(text), text.length + 1000).problems).toEqual([]);
  });

  it('skips lines starting with "#" as comments when the other lines share a delimiter they do not fit', () => {
    const found = whole(
      bytes('# Exported 2024\n# by a tool\ncountry;value\n# a note\nFrance;1\nMali;2\n# end'),
    );
    expect(found.options).toMatchObject({ delimiter: ';', comment: true, header: true, skip: 0 });
    expect(found.columns.map((column) => [column.name, column.type])).toEqual([
      ['country', 'text'],
      ['value', 'integer'],
    ]);
    expect(found.rows).toEqual([
      ['France', '1'],
      ['Mali', '2'],
    ]);
    expect(found.problems).toEqual([
      { code: 'comments', level: 'warning', values: { lines: '1, 2, 4 and 7' } },
    ]);
  });

  it('names one comment line by its line, and counts those past the tenth', () => {
    expect(whole(bytes('# only\na;b\n1;2\n3;4\n')).problems).toEqual([
      { code: 'comment', level: 'warning', line: 1 },
    ]);
    const many = whole(bytes('# note\n'.repeat(12) + 'a;b\n1;2\n3;4\n'));
    expect(many.rows).toEqual([
      ['1', '2'],
      ['3', '4'],
    ]);
    expect(many.problems).toEqual([
      {
        code: 'comments',
        level: 'warning',
        values: { lines: '1, 2, 3, 4, 5, 6, 7, 8, 9 and 3 more' },
      },
    ]);
  });

  it("names the file's own line of a ragged row between comment lines", () => {
    const found = whole(bytes('# c\na,b\n# d\n1,2\n# e\n3\n4,5\n'));
    expect(found.options.comment).toBe(true);
    const error = found.problems.find((problem) => problem.level === 'error');
    expect(error).toMatchObject({ code: 'ragged', line: 6, values: { found: 1, expected: 2 } });
  });

  it('lets the user read "#" lines as data again', () => {
    const data = bytes('# c\na,b\n# d\n1,2\n');
    expect(whole(data).rows).toEqual([['1', '2']]);
    const found = whole(data, { comment: false });
    expect(found.options.comment).toBe(false);
    expect(found.problems).toEqual([
      {
        code: 'ragged',
        level: 'error',
        line: 3,
        column: 2,
        values: { found: 1, expected: 2, others: 0 },
      },
    ]);
  });

  it('keeps values that start with "#" as data in an ordinary file', () => {
    const tags = whole(bytes('tag,count\n#1,5\n#2,6\nx,7\n'));
    expect(tags.options.comment).toBeFalsy();
    expect(tags.rows).toEqual([
      ['#1', '5'],
      ['#2', '6'],
      ['x', '7'],
    ]);
    expect(tags.problems).toEqual([]);
    const column = whole(bytes('tag\n#1\n#2\n#3\n'));
    expect(column.options.comment).toBeFalsy();
    expect(column.rows).toEqual([['#1'], ['#2'], ['#3']]);
    // A "#" line that does not fit is a ragged row to report, not a comment: too few rows say so.
    const ragged = whole(bytes('tag,count\n#1,5\n#2\n'));
    expect(ragged.options.comment).toBeFalsy();
    expect(ragged.problems.find((problem) => problem.level === 'error')).toMatchObject({
      code: 'ragged',
      line: 3,
    });
  });

  it('warns when bytes are not valid in the chosen encoding', () => {
    const found = whole(gbkCsv(), { encoding: 'utf-8' });
    expect(found.problems[0]).toMatchObject({
      code: 'badBytes',
      level: 'warning',
      line: 1,
      column: 1,
    });
  });
});
