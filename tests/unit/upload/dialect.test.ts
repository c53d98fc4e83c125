import { describe, expect, it } from 'vitest';
import {
  guessPadding,
  joinSplitRows,
  parseRows,
  stripPadding,
  withJoinedRecords,
} from '$lib/upload/dialect';

describe('guessPadding(text): the ";;;;" a spreadsheet leaves after each line', () => {
  it('finds semicolons after the lines of a comma file, CRLF or not', () => {
    const text = 'a,b,c;;;;\r\n1,2,3;;;;\r\n4,5,6;;\r\n';
    expect(guessPadding(text)).toBe(';');
    expect(guessPadding(text.replaceAll('\r\n', '\n'))).toBe(';');
    expect(stripPadding(text, ';')).toBe('a,b,c\r\n1,2,3\r\n4,5,6\r\n');
  });

  it('allows a line that the spreadsheet filled to its last cell', () => {
    const lines = Array.from({ length: 12 }, (_, index) => `${index},x,y;;;`);
    lines[5] = '5,x;x;x,y';
    expect(guessPadding(lines.join('\n'))).toBe(';');
  });

  it('takes an empty last column for data, in a comma file and in a semicolon file', () => {
    expect(guessPadding('a,b,\n1,2,\n3,4,\n')).toBeUndefined();
    expect(guessPadding('a;b;\n1;2;\n3;4;\n')).toBeUndefined();
  });

  it('finds none where lines do not end alike, or where the user chose that delimiter', () => {
    expect(guessPadding('a,b\n1,2;\n3,4\n5,6\n')).toBeUndefined();
    expect(guessPadding('a,b;;\n1,2;;\n', ';')).toBeUndefined();
    expect(guessPadding('just one line;;;\n')).toBeUndefined();
  });
});

describe('joinSplitRows(rows, expected): records a line break split', () => {
  const rows = (text: string) => parseRows(text, ',', 100).rows;

  it('joins the two parts of a record whose comment ended in a line break, keeping the break', () => {
    const text = 'a,b,c,d\n1,2,3,4\n5,6,lease for Mali\n,9\n7,8,9,10\n';
    const mended = joinSplitRows(rows(text).slice(1), 4)!;
    expect(mended.rows.map((row) => row.fields)).toEqual([
      ['1', '2', '3', '4'],
      ['5', '6', 'lease for Mali\n', '9'],
      ['7', '8', '9', '10'],
    ]);
    expect(mended.joined).toEqual([
      { line: 3, lines: 2, fields: ['5', '6', 'lease for Mali\n', '9'] },
    ]);
    expect(withJoinedRecords(text, mended.joined, ',')).toBe(
      'a,b,c,d\n1,2,3,4\n5,6,"lease for Mali\n",9\n7,8,9,10\n',
    );
  });

  it('joins three lines, and keeps CRLF line ends', () => {
    const text = 'a,b,c,d\r\n1,2,one\r\ntwo\r\nthree,4\r\n';
    const mended = joinSplitRows(rows(text).slice(1), 4)!;
    expect(mended.rows[0].fields).toEqual(['1', '2', 'one\ntwo\nthree', '4']);
    expect(withJoinedRecords(text, mended.joined, ',')).toBe(
      'a,b,c,d\r\n1,2,"one\ntwo\nthree",4\r\n',
    );
  });

  it('mends nothing that is not that: a long row, a short row before a whole one, two columns', () => {
    expect(joinSplitRows(rows('1,2,3\n4,5,6,7\n'), 3)).toBeUndefined();
    expect(joinSplitRows(rows('1,2\n3,4,5\n'), 3)).toBeUndefined();
    expect(joinSplitRows(rows('1,2,3\n4,5\n'), 3)).toBeUndefined();
    expect(joinSplitRows(rows('1\n2,3\n'), 2)).toBeUndefined();
    // Stray quotes around the break (a fuzzed file of DuckDB's corpus) are not a split record.
    expect(joinSplitRows(rows('1,1000;"aa ""\n;a ""\n10"\\n,1\n'), 3)).toBeUndefined();
    // A single value before the rest of a record is a ragged row, not a part.
    expect(joinSplitRows(rows('1\n2,3,4\n'), 3)).toBeUndefined();
    expect(joinSplitRows(rows('1,2,3\n4,5,6\n'), 3)).toEqual({
      rows: rows('1,2,3\n4,5,6\n'),
      joined: [],
    });
  });
});
