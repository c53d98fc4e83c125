import { describe, expect, it } from 'vitest';
import { problemText } from '$lib/upload/problem-text';

describe('problemText(fileName, problem): a problem as a sentence (issue 22)', () => {
  it('isolates the file name and writes out its hidden characters, so its place reads in order', () => {
    const text = problemText('ragged\u202E.csv', {
      code: 'ragged',
      level: 'error',
      line: 12,
      column: 15,
      values: { found: 15, expected: 14, others: 0 },
    });
    // Before: "ragged\u202E.csv, line 12, column 15: …" showed ", line 12, column 15" backwards.
    expect(text).toMatch(
      /^\u2068ragged\u2066\\u202E\u2069\.csv\u2069, line 12, column 15: this row has 15 fields/,
    );
    expect(text).not.toContain('\u202E');
  });

  it('isolates the names a problem quotes, and no number or list of lines', () => {
    const duplicate = problemText('dup.csv', {
      code: 'duplicateHeader',
      level: 'warning',
      values: { name: 'val\u2060ue', renamed: 'val\u2060ue_2' },
    });
    expect(duplicate).toContain('“\u2068val\u2066\\u2060\u2069ue\u2069”');
    expect(duplicate).toContain('“\u2068val\u2066\\u2060\u2069ue_2\u2069”');
    expect(duplicate).not.toContain('\u2060');
    const comments = problemText('notes.csv', {
      code: 'comments',
      level: 'warning',
      values: { lines: '3, 5' },
    });
    expect(comments).toBe(
      '\u2068notes.csv\u2069: lines 3, 5 start with “#” and were skipped as comments.',
    );
  });
});
