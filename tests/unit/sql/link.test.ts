import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import {
  bidiControlProblem,
  lineAndColumn,
  linkProblem,
  PrepareError,
  splitStatements,
} from '$lib/sql/script';

let db: NodeDatabase;
const judge = async (script: string) =>
  linkProblem(await splitStatements(script, (sql) => db.tokenize(sql)), db.planEngine);

beforeAll(async () => {
  db = await openNodeDb(path.resolve('data'));
  db.query('CREATE SEQUENCE link_sequence');
  // A user's own table, which DuckDB would let a statement write.
  db.query('CREATE TABLE my_table AS SELECT 1 AS kind');
  db.registerFile('uploaded.csv', new TextEncoder().encode('a,b\n1,2\n'));
}, 60_000);

describe('linkProblem(statements, engine): what a shared link may run, by DuckDB’s plan', () => {
  it('lets reading queries through', async () => {
    for (const sql of [
      'SELECT * FROM missions',
      "WITH x AS (SELECT 1) SELECT * FROM x; FROM missions WHERE name_en = 'DROP TABLE'",
      'DESCRIBE missions',
      'SUMMARIZE missions; -- then DROP TABLE missions',
      "SELECT replace(name_en, 'a', 'b') FROM missions",
      'SHOW TABLES',
      'VALUES (1), (2)',
      'TABLE missions',
      '(SELECT 1) UNION ALL (SELECT 2)',
      'EXPLAIN SELECT * FROM missions',
      'UNPIVOT (SELECT 1 AS a, 2 AS b) ON a, b',
      "SELECT 1 AS x$$, $$; DELETE FROM missions; $$ AS y, $q$ ' $q$, E'\\'; DROP' AS z",
      '/* DROP /* nested */ TABLE */ SELECT "update"."set" FROM (SELECT 1 AS "set") AS "update"',
      'SELECT * FROM range(3) JOIN generate_series(1, 3) AS g(x) ON range = x',
      'SELECT random() < 2 AS r, uuid() IS NOT NULL AS u',
    ]) {
      expect(await judge(sql), sql).toBeUndefined();
    }
  });

  // Issue 20, item 5: each was refused by the list of words that came before the plan.
  it('lets through reads whose names or strings look like what a link may not do', async () => {
    for (const sql of [
      'SELECT start_date AS start, note AS comment FROM events',
      'SELECT count(*) AS export_count FROM missions',
      "SELECT * FROM (VALUES ('missions.csv')) AS t(file) WHERE file = 'missions.csv'",
      "VALUES ('report.json')",
      'UNPIVOT (SELECT 1 AS a, 2 AS b) ON a, b INTO NAME k VALUE v',
      "PIVOT (SELECT 'a' AS k, 1 AS v) ON k IN ('a', 'b') USING sum(v)",
      'SELECT 1 AS "read_csv"',
      'SELECT 1 AS set, 2 AS load, 3 AS call, 4 AS "insert", 5 AS copy_count',
    ]) {
      expect(await judge(sql), sql).toBeUndefined();
    }
  });

  it('says what a statement would do, and where, wherever it is in the script', async () => {
    const cases: [string, string, string][] = [
      ['DROP TABLE missions', 'changesData', 'DROP'],
      ['ALTER TABLE missions RENAME TO m', 'changesData', 'ALTER'],
      ['BEGIN TRANSACTION', 'changesSetting', 'BEGIN'],
      ['SELECT 1; DELETE FROM missions', 'changesData', 'DELETE'],
      ["COPY missions TO 'x.csv'", 'touchesFile', 'COPY'],
      ["ATTACH 'opfs://x.db'", 'changesDatabases', 'ATTACH'],
      ['DETACH builtin', 'changesDatabases', 'DETACH'],
      ["ATTACH 'builtin.duckdb' AS builtin2", 'changesDatabases', 'ATTACH'],
      ['USE builtin', 'changesDatabases', 'USE'],
      ['CHECKPOINT', 'changesData', 'CHECKPOINT'],
      ['INSTALL json', 'changesDatabases', 'INSTALL'],
      ['SET threads = 1', 'changesSetting', 'SET'],
      ['SET VARIABLE v = 1', 'changesSetting', 'SET'],
      ['CREATE TABLE t AS SELECT 1', 'changesData', 'CREATE'],
      ['select 1;\n  insert into missions select * from missions', 'changesData', 'insert'],
      ['EXPLAIN ANALYZE DELETE FROM missions', 'changesData', 'DELETE'],
      ['WITH d AS (SELECT 1) UPDATE my_table SET kind = 2', 'changesData', 'UPDATE'],
      ['DELETE FROM my_table', 'changesData', 'DELETE'],
      // A write DuckDB will not even plan against a read-only built-in table.
      ['WITH d AS (SELECT 1) UPDATE missions SET kind = 1', 'unplannable', 'WITH'],
      ['SELECT * FROM (PIVOT missions ON kind USING count(*))', 'changesData', 'PIVOT'],
      ["SELECT * FROM read_csv('uploaded.csv')", 'touchesFile', 'read_csv'],
      ['SELECT * FROM "READ_CSV"(\'uploaded.csv\')', 'touchesFile', '"READ_CSV"'],
      ["SELECT * FROM main.glob('*')", 'touchesFile', 'glob'],
      ["SELECT * FROM 'uploaded.csv'", 'touchesFile', "'uploaded.csv'"],
      ["SELECT * FROM sniff_csv('uploaded.csv')", 'touchesFile', 'sniff_csv'],
      ['SELECT * FROM duckdb_secrets()', 'callsFunction', 'duckdb_secrets'],
      ["SELECT nextval('link_sequence')", 'sideEffect', 'nextval'],
      ['SELECT setseed(0.5)', 'sideEffect', 'setseed'],
      // Issue 20, item 3: a file name built by concatenation, reached through query_table.
      [
        "SELECT histogram(x) FROM (SELECT 1 AS x), query_table('uploaded.c' || 'sv')",
        'callsFunction',
        'query_table',
      ],
    ];
    for (const [sql, effect, word] of cases) {
      expect(await judge(sql), sql).toMatchObject({ effect, word });
    }
    const script = 'SELECT 1;\n  insert into missions select * from missions';
    const problem = await judge(script);
    expect(lineAndColumn(script, problem!.offset)).toEqual({ line: 2, column: 3 });
  });

  it('refuses the two issue 11 bypasses at the DROP', async () => {
    for (const script of [
      'SELECT 1 AS x$$; DROP TABLE missions; SELECT 1 AS y$$;',
      "SELECT E'\\''; DROP TABLE missions; --';",
    ]) {
      const problem = await judge(script);
      expect(problem?.word, script).toBe('DROP');
      expect(problem!.offset).toBe(script.indexOf('DROP'));
    }
  });

  it('refuses what DuckDB cannot read to the end, pointing where it stops', async () => {
    const script = "SELECT 1 AS a,\n  U&'d\\0061t;a'; DROP TABLE missions";
    const problem = await judge(script);
    expect(problem).toMatchObject({ effect: 'unread' });
    expect(problem!.offset).toBe(script.indexOf('U&'));
    expect(await judge("SELECT 'unclosed")).toMatchObject({ effect: 'unread' });
    expect(await judge('SELECT 1 /* unclosed')).toMatchObject({ effect: 'unread' });
    // DuckDB reads a script as a C string: it ends at a NUL character.
    expect(await judge('SELECT 1 AS a\u0000; DROP TABLE missions')).toMatchObject({
      effect: 'unread',
      offset: 13,
    });
  });

  it('gives DuckDB’s own error for a statement it cannot prepare, and runs nothing', async () => {
    // A Cyrillic Е: DuckDB reads a name, not SELECT.
    await expect(judge('SELECT 1; SЕLECT 1; DROP TABLE missions')).rejects.toBeInstanceOf(
      PrepareError,
    );
    expect(db.query('SELECT count(*)::INTEGER AS n FROM missions')[0].n).toBeGreaterThan(0);
  });

  it('judges a statement without running it, nor anything before it', async () => {
    const before = db.query('SELECT count(*)::INTEGER AS n FROM duckdb_types() WHERE NOT internal');
    expect(
      await judge(
        'SELECT 1; CREATE TABLE made_by_link AS SELECT 1; PIVOT missions ON kind USING count(*)',
      ),
    ).toMatchObject({ effect: 'changesData', word: 'CREATE' });
    expect(
      db.query(
        "SELECT count(*)::INTEGER AS n FROM duckdb_tables() WHERE table_name = 'made_by_link'",
      ),
    ).toEqual([{ n: 0 }]);
    expect(await judge('PIVOT missions ON kind USING count(*)')).toMatchObject({
      effect: 'changesData',
    });
    expect(
      db.query('SELECT count(*)::INTEGER AS n FROM duckdb_types() WHERE NOT internal'),
    ).toEqual(before);
    expect(await judge("SELECT nextval('link_sequence')")).toMatchObject({ effect: 'sideEffect' });
    expect(
      db.query("SELECT last_value FROM duckdb_sequences() WHERE sequence_name = 'link_sequence'"),
    ).toEqual([{ last_value: null }]);
  });
});

// The hostile probe of issue 20's first fix: judging binds a statement, and binding runs a
// table function's arguments and opens what a DESCRIBE names; the plan's text hides a call
// behind an alias, a lambda, a LIMIT or a user's macro.
// The second hostile probe of issue 20: each of these was judged harmless and then did its work.
describe('linkProblem: SQL in strings, spaces DuckDB strips, files named where a table is read', () => {
  beforeAll(() => {
    db.query('CREATE SEQUENCE string_sequence');
  });

  it('refuses query() and query_table(), whose SQL or names in a string bind unread, and binds none of it', async () => {
    const cases: [string, string][] = [
      ["FROM query('SELECT * FROM range(setseed(0.5)::INT + 1)')", 'query'],
      ["FROM query('SELECT 1 LIMIT nextval(''string_sequence'')')", 'query'],
      ["FROM query('SELECT * FROM range(nextval(''string_sequence''))')", 'query'],
      ["FROM query('SELECT 1 LIMIT next' || 'val(''string_sequence'')')", 'query'],
      ["FROM query('DESCRIBE ''uploaded.csv''')", 'query'],
      ["SELECT * FROM query('SHOW ''uploaded.csv''')", 'query'],
      ["SELECT * FROM query_table('missions')", 'query_table'],
    ];
    for (const [sql, word] of cases) {
      expect(await judge(sql), sql).toMatchObject({ effect: 'callsFunction', word });
    }
  });

  it('refuses a space DuckDB strips inside what looks like one word, and names the character', async () => {
    const cases: [string, string][] = [
      ["SELECT 1 LIMIT nextval\u00A0('string_sequence')", 'U+00A0'],
      ['SELECT * FROM range(setseed\u3000(0.5)::INT + 1)', 'U+3000'],
      ["SELECT * FROM (DESCRIBE\u00A0'uploaded.csv')", 'U+00A0'],
      ['SELECT\u202F1', 'U+202F'],
      ['SELECT 1 AS a,\uFEFFb', 'U+FEFF'],
      ['SELECT next\u200Bval', 'U+200B'],
    ];
    for (const [sql, word] of cases) {
      const problem = await judge(sql);
      expect(problem, sql).toMatchObject({ effect: 'invisibleSpace', word });
      expect(sql.codePointAt(problem!.offset), sql).toBe(Number.parseInt(word.slice(2), 16));
    }
    // In a string or a comment such a character is text, and stays so.
    for (const sql of [
      "SELECT 'a\u00A0b' AS nbsp, E'\u3000' AS ideographic",
      'SELECT 1 -- a note\u00A0with a space\nFROM range(1)',
    ]) {
      expect(await judge(sql), sql).toBeUndefined();
    }
    // Judging bound none of the calls above: the sequence has not moved.
    expect(db.query("SELECT nextval('string_sequence')::INTEGER AS n")).toEqual([{ n: 1 }]);
  });

  // Issue 22: a link's SQL that showed one query and ran another ("Trojan Source").
  it('refuses a character that reorders what the editor shows, in a comment or string too, and names it and its place', () => {
    const trojan = "SELECT count(*) n FROM missions \u202E-- 'tnerruc'=etadnam_ograbme EREHW";
    const problem = bidiControlProblem(trojan);
    expect(problem).toEqual({ effect: 'bidiControl', word: 'U+202E', offset: 32 });
    expect(lineAndColumn(trojan, problem!.offset)).toEqual({ line: 1, column: 33 });
    const controls = [0x061c, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e];
    for (const code of [...controls, 0x2066, 0x2067, 0x2068, 0x2069]) {
      const character = String.fromCodePoint(code);
      for (const sql of [
        `SELECT 1;\nSELECT '${character}' AS s`,
        `SELECT 1 -- note ${character}\n`,
        `SELECT 1; /* ${character} */`,
        `SELECT "a${character}" FROM (SELECT 1 AS "a${character}")`,
      ]) {
        expect(bidiControlProblem(sql), `${code.toString(16)} in ${sql}`).toMatchObject({
          effect: 'bidiControl',
          offset: sql.indexOf(character),
        });
      }
    }
    // Characters that reorder nothing are not its to refuse (a space in a word is judged above).
    for (const sql of [
      'SELECT 1',
      "SELECT 'مرحبا' AS greeting, '中文' AS zh",
      "SELECT 'a\u200Bb'",
    ]) {
      expect(bidiControlProblem(sql), sql).toBeUndefined();
    }
  });

  it('refuses a PRAGMA that assigns, which DuckDB runs as SET, whatever its name', async () => {
    for (const sql of ['PRAGMA show_tables = 1', "PRAGMA version = 'x'"]) {
      expect(await judge(sql), sql).toMatchObject({ effect: 'changesSetting', word: 'PRAGMA' });
    }
    expect(await judge('PRAGMA show_tables')).toBeUndefined();
  });

  it('refuses a string where a table is read before binding opens it as a file', async () => {
    const cases: [string, string][] = [
      ["SELECT * FROM 'uploaded.csv'", "'uploaded.csv'"],
      ["SELECT * FROM missions JOIN 'uploaded.csv' ON true", "'uploaded.csv'"],
      ["SELECT * FROM missions, 'uploaded.csv'", "'uploaded.csv'"],
      ["DESCRIBE TABLE 'uploaded.csv'", "'uploaded.csv'"],
    ];
    for (const [sql, word] of cases) {
      expect(await judge(sql), sql).toMatchObject({ effect: 'touchesFile', word });
    }
    // A string in a select list or a condition names nothing to open.
    for (const sql of [
      "SELECT 'a', 'b' FROM missions WHERE name_en IN ('x', 'y')",
      "SELECT (SELECT 'z'), 'w' FROM missions",
    ]) {
      expect(await judge(sql), sql).toBeUndefined();
    }
  });
});

describe('linkProblem: what binding and the plan’s text would hide', () => {
  beforeAll(() => {
    db.query('CREATE SEQUENCE probe_sequence');
    db.query("CREATE MACRO bump() AS nextval('probe_sequence')");
    db.query('CREATE MACRO bump_twice() AS bump() + bump()');
  });

  it('refuses side effects however they are written, and runs none while judging', async () => {
    const cases: [string, string][] = [
      ['SELECT setseed(0.5) AS a', 'setseed'],
      ["SELECT nextval('probe_sequence') AS v", 'nextval'],
      ['SELECT "NEXTVAL"(\'probe_sequence\')', '"NEXTVAL"'],
      ["SELECT list_transform([1, 2], x -> nextval('probe_sequence'))", 'nextval'],
      ["SELECT [nextval('probe_sequence') FOR x IN [1, 2]]", 'nextval'],
      ["SELECT 1 LIMIT nextval('probe_sequence')", 'nextval'],
      ["SELECT 1 OFFSET nextval('probe_sequence')", 'nextval'],
      ["WITH s AS MATERIALIZED (SELECT nextval('probe_sequence')) SELECT * FROM s", 'nextval'],
      ["SELECT * FROM range(nextval('probe_sequence'))", 'nextval'],
      ['SELECT * FROM range(setseed(0.5)::INT)', 'setseed'],
      ['SELECT 1 LIMIT bump()', 'bump'],
      ['SELECT bump_twice() AS hidden', 'bump_twice'],
    ];
    for (const [sql, word] of cases) {
      expect(await judge(sql), sql).toMatchObject({ effect: 'sideEffect', word });
    }
    expect(db.query("SELECT nextval('probe_sequence')::INTEGER AS n")).toEqual([{ n: 1 }]);
  });

  // A helper's attack on issue 24's fix: a user's macro comes before DuckDB's own functions, so
  // one named duckdb_functions() answered the check's reads of the catalogue.
  it("still sees DuckDB's functions and the user's macros behind a macro named duckdb_functions()", async () => {
    db.query(
      "CREATE MACRO duckdb_functions() AS TABLE SELECT 'sum' AS function_name, false AS has_side_effects, true AS internal, NULL::VARCHAR AS macro_definition",
    );
    try {
      expect(await judge('SELECT 1 LIMIT bump()')).toMatchObject({
        effect: 'sideEffect',
        word: 'bump',
      });
      expect(await judge("SELECT nextval('probe_sequence')")).toMatchObject({
        effect: 'sideEffect',
        word: 'nextval',
      });
    } finally {
      db.query('DROP MACRO TABLE duckdb_functions');
    }
  });

  it('refuses what a DESCRIBE, SHOW or SUMMARIZE would open, at that word', async () => {
    const cases: [string, string, string][] = [
      ["DESCRIBE 'uploaded.csv'", 'touchesFile', 'DESCRIBE'],
      ["SHOW 'uploaded.csv'", 'touchesFile', 'SHOW'],
      ["SUMMARIZE 'uploaded.csv'", 'touchesFile', 'SUMMARIZE'],
      ["SELECT * FROM (DESCRIBE 'uploaded.csv')", 'touchesFile', 'DESCRIBE'],
      ['DESCRIBE "uploaded.csv"', 'touchesFile', 'DESCRIBE'],
      ["DESCRIBE SELECT * FROM read_csv('uploaded.csv')", 'touchesFile', 'read_csv'],
      ["DESCRIBE FROM query_table('uploaded.c' || 'sv')", 'callsFunction', 'query_table'],
    ];
    for (const [sql, effect, word] of cases) {
      expect(await judge(sql), sql).toMatchObject({ effect, word });
    }
  });

  it('refuses a statement that is no read by its first word, without preparing it', async () => {
    const cases: [string, string, string][] = [
      ["IMPORT DATABASE 'somewhere'", 'touchesFile', 'IMPORT'],
      ['PRAGMA threads = 1', 'changesSetting', 'PRAGMA'],
      ['PRAGMA enable_profiling', 'changesSetting', 'PRAGMA'],
      ['CALL force_checkpoint()', 'callsFunction', 'force_checkpoint'],
      ['EXECUTE some_statement', 'unplannable', 'EXECUTE'],
    ];
    for (const [sql, effect, word] of cases) {
      expect(await judge(sql), sql).toMatchObject({ effect, word });
    }
  });

  it('lets through the reads the first fix refused', async () => {
    for (const sql of [
      'PRAGMA show_tables',
      'PRAGMA database_list',
      'PRAGMA version',
      "PRAGMA table_info('missions')",
      'SELECT * FROM range(3) AS r, LATERAL generate_series(1, r.range) AS g',
      'SELECT * FROM (SELECT [1, 2] AS l) AS t, LATERAL unnest(t.l) AS u',
      "SELECT 'setseed(1)' AS s, 'nextval(x)' AS t",
      "SELECT count(*) FROM missions WHERE name_en <> 'nextval(1)'",
      'SELECT * FROM duckdb_extensions()',
      'SELECT * FROM duckdb_memory()',
      'SELECT * FROM duckdb_optimizers()',
      'EXPLAIN ANALYZE (SELECT 1)',
      'EXPLAIN (SELECT 1)',
      'DESCRIBE SELECT * FROM missions',
      'SELECT * FROM (DESCRIBE missions)',
      'SHOW missions',
      'SUMMARIZE SELECT 1 AS x',
      'CALL pragma_version()',
      // Columns named as those statements' words.
      'SELECT t.describe, t.summarize FROM (SELECT 1 AS describe, 2 AS summarize) AS t',
    ]) {
      expect(await judge(sql), sql).toBeUndefined();
    }
  });
});
