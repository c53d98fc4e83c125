import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { blockingDuckDB, openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import {
  describeError,
  errorOffset,
  lineAndColumn,
  splitStatements,
  stringIndexes,
} from '$lib/sql/script';

let db: NodeDatabase;
const tokenize = (sql: string) => db.tokenize(sql);
const split = (script: string) => splitStatements(script, tokenize);
const texts = async (script: string) => (await split(script)).map((statement) => statement.text);

beforeAll(async () => {
  db = await openNodeDb(path.resolve('data'));
}, 60_000);

describe('splitStatements(script, tokenize): statements as DuckDB reads them', () => {
  it('splits at semicolons outside strings, identifiers and comments', async () => {
    const script = `SELECT 'a;b' AS "x;y"; -- c;d\nSELECT $$e;f$$ /* g; */ ;\n\n;`;
    expect(await texts(script)).toEqual([
      `SELECT 'a;b' AS "x;y"`,
      `-- c;d\nSELECT $$e;f$$ /* g; */`,
    ]);
    expect((await split(script))[1].offset).toBe(script.indexOf('-- c'));
  });

  it('reads x$$ as a name, not the start of a dollar string (issue 11 bypass)', async () => {
    const script = 'SELECT 1 AS x$$; DROP TABLE missions; SELECT 1 AS y$$;';
    expect(await texts(script)).toEqual([
      'SELECT 1 AS x$$',
      'DROP TABLE missions',
      'SELECT 1 AS y$$',
    ]);
    // DuckDB agrees: the first statement on its own is a query with a column named x$$.
    expect(Object.keys(db.query('SELECT 1 AS x$$')[0])).toEqual(['x$$']);
  });

  it("ends an E-string after \\' as DuckDB does (issue 11 bypass)", async () => {
    const script = "SELECT E'\\''; DROP TABLE missions; --';";
    expect(await texts(script)).toEqual(["SELECT E'\\''", 'DROP TABLE missions']);
    expect(Object.values(db.query("SELECT E'\\''")[0])).toEqual(["'"]);
  });

  it('keeps dollar strings with and without tags, nested block comments and doubled quotes whole', async () => {
    const script =
      'SELECT $t$ ; $$ ; $t$, \'it\'\'s;\', "a"";b" FROM (SELECT 1 AS "a"";b"); /* x /* ; */ ; */ SELECT 2';
    const statements = await texts(script);
    expect(statements).toHaveLength(2);
    expect(db.query(statements[0])).toHaveLength(1);
    expect(statements[1]).toBe('/* x /* ; */ ; */ SELECT 2');
  });

  it('puts statements at the right place in text with Chinese and emoji (DuckDB counts UTF-8 bytes)', async () => {
    const script = "SELECT '中文😀;' AS a; SELECT 2 AS 名;\nSELECT 3";
    const statements = await split(script);
    expect(statements.map((statement) => statement.text)).toEqual([
      "SELECT '中文😀;' AS a",
      'SELECT 2 AS 名',
      'SELECT 3',
    ]);
    expect(statements[1].offset).toBe(script.indexOf('SELECT 2'));
    expect(statements[1].tokens.map((token) => token.text)).toEqual(['SELECT', '2', 'AS', '名']);
    expect(statements[2].offset).toBe(script.lastIndexOf('SELECT'));
  });

  it('marks the statement where DuckDB stops reading (an unclosed string, a U& escape)', async () => {
    const open = await split("SELECT 1; SELECT 'open; DROP TABLE missions");
    expect(open.map((statement) => statement.read)).toEqual([true, false]);
    expect(open[1].text).toBe("SELECT 'open; DROP TABLE missions");
    const unicode = await split("SELECT U&'d\\0061t;a'; DROP TABLE missions");
    expect(unicode).toHaveLength(1);
    expect(unicode[0].read).toBe(false);
    expect(await split('-- only a comment\n/* and another */ ;  ;')).toEqual([]);
  });
});

describe('stringIndexes(text, byteOffsets)', () => {
  it('turns UTF-8 byte offsets into string indexes', () => {
    const text = 'aé中😀b';
    const indexes = [0, 1, 2, 3, 5, 6];
    const bytes = indexes.map((index) => new TextEncoder().encode(text.slice(0, index)).length);
    expect(stringIndexes(text, bytes)).toEqual(indexes);
  });
});

/** DuckDB's error for `sql` as the browser's pending queries report it (JSON for parser errors). */
async function pendingError(): Promise<(sql: string) => string> {
  const raw = await blockingDuckDB();
  raw.open({});
  const conn = raw.connect();
  return (sql) => {
    try {
      conn.useUnsafe((bindings, id) => {
        let header = bindings.startPendingQuery(id, sql, true);
        while (header === null) header = bindings.pollPendingQuery(id);
      });
    } catch (error) {
      return (error as Error).message;
    }
    throw new Error(`no error from ${sql}`);
  };
}

const messageOf = (sql: string) => {
  try {
    db.query(sql);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('no error');
};

describe('describeError(message, statement): DuckDB errors in words, with their place', () => {
  let pending: (sql: string) => string;
  beforeAll(async () => {
    pending = await pendingError();
  }, 60_000);

  it('reads the JSON of a parser error into words and a place', () => {
    const cases: [string, string, number][] = [
      ['SELEC 1', 'Parser Error: syntax error at or near "SELEC"', 0],
      // DuckDB takes FORM for an alias and stumbles on what follows it.
      ['SELECT * FORM missions', 'Parser Error: syntax error at or near "missions"', 14],
      ["SELECT 'abc", `Parser Error: unterminated quoted string at or near "'abc"`, 7],
    ];
    for (const [sql, message, offset] of cases) {
      const raw = pending(sql);
      expect(raw.startsWith('{'), raw).toBe(true);
      expect(describeError(raw, sql)).toEqual({ message, offset });
    }
  });

  it('places a parser error after Chinese and emoji, on a later line', () => {
    const sql = "SELECT '中文😀',\n  * FORM t";
    const described = describeError(pending(sql), sql);
    expect(described.offset).toBe(sql.lastIndexOf('t'));
    expect(lineAndColumn(sql, described.offset!)).toEqual({ line: 2, column: 10 });
  });

  it('gives a binder error its words and its place from the caret excerpt', () => {
    const sql = 'SELECT 1 AS a,\n  nope\nFROM range(3)';
    for (const message of [pending(sql), messageOf(sql)]) {
      const described = describeError(message, sql);
      expect(described.message).toMatch(/^Binder Error: Referenced column "nope" not found/);
      expect(described.message).not.toMatch(/LINE|\^/);
      expect(described.offset).toBe(sql.indexOf('nope'));
    }
  });

  it('reads the plain form of a parser error the same way', () => {
    expect(describeError(messageOf('SELEC 1'), 'SELEC 1')).toEqual({
      message: 'Parser Error: syntax error at or near "SELEC"',
      offset: 0,
    });
  });

  it('keeps the message whole when it names no place', () => {
    const message = 'Invalid Input Error: Cannot prepare multiple statements at once!';
    expect(describeError(message, 'SELECT 1; SELECT 2')).toEqual({ message, offset: undefined });
  });
});

describe('errorOffset: the place of a DuckDB error in the editor', () => {
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

  it('finds it after wide characters, which DuckDB counts as two columns', () => {
    for (const sql of [
      "SELECT '中文😀', nope FROM range(3)",
      "SELECT '中文😀' FROM range(3) WHERE nope",
      `SELECT '${'中'.repeat(50)}', ${Array.from({ length: 12 }, (_, i) => `${i} AS c${i}`).join(', ')}, nope FROM range(3)`,
    ]) {
      expect(errorOffset(messageOf(sql), sql), sql).toBe(sql.indexOf('nope'));
    }
  });

  it('finds a syntax error', () => {
    const sql = 'SELECT * FORM range(3)';
    expect(errorOffset(messageOf(sql), sql)).toBeGreaterThanOrEqual(sql.indexOf('FORM'));
  });
});
