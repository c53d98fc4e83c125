import path from 'node:path';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { errorOffset, firstWrite, lineAndColumn, splitStatements } from '$lib/sql/script';

describe('splitStatements', () => {
  it('splits at semicolons outside strings, identifiers and comments', () => {
    const script = `SELECT 'a;b' AS "x;y"; -- c;d\nSELECT $$e;f$$ /* g; */ ;\n\n;`;
    expect(splitStatements(script).map((statement) => statement.text)).toEqual([
      `SELECT 'a;b' AS "x;y"`,
      `-- c;d\nSELECT $$e;f$$ /* g; */`,
    ]);
    expect(splitStatements(script)[1].offset).toBe(script.indexOf('-- c'));
  });
});

describe('firstWrite: what a shared link may not run', () => {
  it('lets reading queries through', () => {
    for (const sql of [
      'SELECT * FROM missions',
      "WITH x AS (SELECT 1) SELECT * FROM x; FROM missions WHERE name = 'DROP TABLE'",
      'DESCRIBE missions',
      'SUMMARIZE missions; -- then DROP TABLE missions',
      "SELECT replace(name, 'a', 'b') FROM missions",
    ]) {
      expect(firstWrite(sql), sql).toBeUndefined();
    }
  });

  it('stops statements that write, drop, reach files or change settings, wherever they are', () => {
    const cases: [string, string][] = [
      ['DROP TABLE missions', 'DROP'],
      ['SELECT 1; DELETE FROM missions', 'DELETE'],
      ["COPY missions TO 'x.csv'", 'COPY'],
      ["ATTACH 'opfs://x.db'", 'ATTACH'],
      ['SET threads = 1', 'SET'],
      ['CREATE TABLE t AS SELECT 1', 'CREATE'],
      ['select 1;\n  insert into missions select * from missions', 'INSERT'],
    ];
    for (const [sql, word] of cases) expect(firstWrite(sql)?.word, sql).toBe(word);
    const script = 'SELECT 1;\n  insert into missions select * from missions';
    expect(lineAndColumn(script, firstWrite(script)!.offset)).toEqual({ line: 2, column: 3 });
  });
});

describe('errorOffset: the place of a DuckDB error in the editor', () => {
  let db: NodeDatabase;
  beforeAll(async () => {
    db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'script-')));
  });
  const messageOf = (sql: string) => {
    try {
      db.query(sql);
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error('no error');
  };

  it('finds the column DuckDB points at, on the line it names', () => {
    const sql = 'SELECT 1 AS a,\n  nope\nFROM range(3)';
    const offset = errorOffset(messageOf(sql), sql);
    expect(offset).toBe(sql.indexOf('nope'));
    expect(lineAndColumn(sql, offset!)).toEqual({ line: 2, column: 3 });
  });

  it('finds it in a long line that DuckDB shortens', () => {
    const sql = `SELECT ${Array.from({ length: 30 }, (_, i) => `${i} AS c${i}`).join(', ')}, nope FROM range(3)`;
    expect(errorOffset(messageOf(sql), sql)).toBe(sql.indexOf('nope'));
  });

  it('finds a syntax error', () => {
    const sql = 'SELECT * FORM range(3)';
    expect(errorOffset(messageOf(sql), sql)).toBeGreaterThanOrEqual(sql.indexOf('FORM'));
  });
});
