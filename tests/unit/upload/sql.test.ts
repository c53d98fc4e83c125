import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import type { LoadError } from '$lib/upload/problems';
import { sipriCsv, wideCsv } from '../../files';
import { loadUpload } from './load';

// The load's SQL on a real DuckDB (the engine the browser runs), with files as users have them.
let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'uploads-')));
});

/** Loads `bytes` as the browser does: preview, staging as text, typing, table. */
async function load(bytes: Uint8Array, table: string) {
  const { rows, types } = await loadUpload(db, bytes, table);
  return { rows, types };
}

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('loading a CSV into DuckDB', () => {
  it('types columns by every value, keeping codes and half-numbers honest', async () => {
    const file = utf8(
      'code,count,share,day,note\n004,1,0.5,2020-01-02,a\n250,2,12.5,2021-12-31,\n840,3,7,2022-06-30,c\n',
    );
    expect(await load(file, 'typed')).toEqual({
      rows: 3,
      types: ['VARCHAR', 'BIGINT', 'DOUBLE', 'DATE', 'VARCHAR'],
    });
    expect(db.query('SELECT code, count, share, day, note FROM typed ORDER BY count')).toEqual([
      { code: '004', count: 1, share: 0.5, day: '2020-01-02', note: 'a' },
      { code: '250', count: 2, share: 12.5, day: '2021-12-31', note: null },
      { code: '840', count: 3, share: 7, day: '2022-06-30', note: 'c' },
    ]);
  });

  it('keeps a column as text when one value far down the file is not a number', async () => {
    const lines = Array.from({ length: 30_000 }, (_, index) => `${index},x`);
    const file = utf8(`n,label\n${lines.join('\n')}\nn/a,y\n`);
    expect(await load(file, 'late_text')).toEqual({ rows: 30_001, types: ['VARCHAR', 'VARCHAR'] });
  });

  it('loads a SIPRI register from its header line, with the "?" marks kept', async () => {
    const latin1 = sipriCsv();
    const text = new TextDecoder('windows-1252').decode(latin1);
    const result = await load(utf8(text), 'sipri');
    expect(result.rows).toBe(3);
    expect(
      db.query(
        `SELECT "Recipient", "Year of order (uncertain)" AS q, "SIPRI TIV of delivered weapons" AS tiv FROM sipri ORDER BY tiv`,
      ),
    ).toEqual([
      { Recipient: "Côte d'Ivoire", q: '?', tiv: 1.2 },
      { Recipient: 'Nigeria', q: null, tiv: 6 },
      { Recipient: 'Nigeria', q: null, tiv: 15 },
    ]);
  });

  it('names the line of a ragged row or an unclosed quote past the preview, and creates no table', async () => {
    const good = Array.from({ length: 50 }, (_, index) => `${index},${index}`).join('\n');
    const problem = async (file: Uint8Array, table: string) => {
      try {
        await load(file, table);
      } catch (error) {
        return (error as LoadError).problem;
      }
      throw new Error('the load did not fail');
    };
    expect(await problem(utf8(`a,b\n${good}\n1,2,3\n`), 'ragged')).toMatchObject({
      code: 'ragged',
      line: 52,
      column: 3,
      values: { expected: 2, found: 3 },
    });
    expect(await problem(utf8(`a,b\n${good}\n"1,2\n3,4\n`), 'quoted')).toMatchObject({
      code: 'unclosedQuote',
      line: 52,
    });
    expect(
      db.query(
        "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name IN ('ragged', 'quoted')",
      ),
    ).toEqual([{ n: 0 }]);
  });

  it('skips "#" comment lines as the preview does, and keeps "#" values in an ordinary file', async () => {
    expect(await load(utf8('# source: a tool\nname;n\n# note\nx;1\ny;2\n'), 'commented')).toEqual({
      rows: 2,
      types: ['VARCHAR', 'BIGINT'],
    });
    expect(db.query('SELECT name, n FROM commented ORDER BY n')).toEqual([
      { name: 'x', n: 1 },
      { name: 'y', n: 2 },
    ]);
    expect(await load(utf8('tag,n\n#1,5\n#2,6\nx,7\n'), 'tags')).toEqual({
      rows: 3,
      types: ['VARCHAR', 'BIGINT'],
    });
    expect(db.query('SELECT tag FROM tags ORDER BY n')).toEqual([
      { tag: '#1' },
      { tag: '#2' },
      { tag: 'x' },
    ]);
  });

  it("names the file's own line of a bad row past the preview in a file with comments", async () => {
    const good = Array.from({ length: 50 }, (_, index) => `${index};${index}`).join('\n');
    try {
      await load(utf8(`# one\n# two\na;b\n${good}\n# three\n1;2;3\n`), 'commented_ragged');
    } catch (error) {
      expect((error as LoadError).problem).toMatchObject({
        code: 'ragged',
        line: 55,
      });
      return;
    }
    throw new Error('the load did not fail');
  });

  it('loads a 51 KB file of 300 columns, whose type scan ran out of wasm memory', async () => {
    const wide = wideCsv(300, 34);
    const file = utf8(wide.text);
    expect(file.length).toBeGreaterThan(50_000);
    expect(await load(file, 'wide_300')).toEqual({ rows: 34, types: wide.types });
  });

  it('types each of 1,000 columns by every value, as the column was written', async () => {
    const wide = wideCsv(1000, 200);
    const result = await load(utf8(wide.text), 'wide_1000');
    expect(result.rows).toBe(200);
    expect(result.types).toEqual(wide.types);
    // The table DuckDB holds: every column, in order, with its type.
    const columns = db.query(
      "SELECT column_name AS name, data_type AS type FROM duckdb_columns() WHERE table_name = 'wide_1000' ORDER BY column_index",
    );
    expect(columns.map((column) => column.type)).toEqual(wide.types);
    expect(columns.at(-1)).toEqual({ name: 'c999_blank', type: 'VARCHAR' });
    // Values as written: the last column of each kind, summed or counted.
    expect(
      db.query(
        'SELECT sum(c990_whole) AS whole, max(c998_sparse) AS sparse, count(c998_sparse) AS filled, max(c994_date) AS day, min(c996_code) AS code, count(c999_blank) AS blank FROM wide_1000',
      ),
    ).toEqual([
      {
        whole: Array.from({ length: 200 }, (_, row) => row * 7 - 300).reduce((a, b) => a + b),
        sparse: 199,
        filled: 200 - Math.ceil(200 / 3),
        day: new Date(Date.UTC(2000, 0, 1 + 199 * 3)).toISOString().slice(0, 10),
        code: '000',
        blank: 0,
      },
    ]);
  });
});
