/**
 * The share-link guard against a real DuckDB: thousands of generated scripts mixing reads and
 * writes in every quoting form DuckDB knows. Whatever the guard lets a link run, run statement by
 * statement as the workbench does, must leave the catalogue and every table as they were.
 */
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { linkProblem, PrepareError, splitStatements, type Statement } from '$lib/sql/script';

const scripts = 2500;

/** mulberry32: a small seeded PRNG, so a failure names a script that can be made again. */
function mulberry32(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Kind = 'read' | 'write' | 'reach' | 'odd';

/** Statements that change the database, some of them dressed as reads. */
const writes = [
  'DROP TABLE missions',
  'DELETE FROM missions',
  "UPDATE missions SET embargo_mandate = 'current'",
  'INSERT INTO missions SELECT * FROM missions',
  'CREATE TABLE t1 AS SELECT 1 AS a',
  'CREATE OR REPLACE VIEW v1 AS SELECT 1 AS a',
  'CREATE TEMP TABLE t2 (a INT)',
  'ALTER TABLE countries RENAME TO c2',
  'CREATE MACRO m1(a) AS a + 1',
  'CREATE SEQUENCE s1',
  "CREATE TYPE e1 AS ENUM ('a')",
  'CREATE SCHEMA s2',
  "ATTACH ':memory:' AS x1",
  "SET default_order = 'DESC'",
  'SET VARIABLE v1 = 1',
  "PRAGMA default_null_order = 'NULLS_FIRST'",
  'TRUNCATE missions',
  'EXPLAIN ANALYZE DELETE FROM missions',
  'WITH d AS (SELECT 1) DELETE FROM missions',
  "COMMENT ON TABLE missions IS 'changed'",
  'PIVOT missions ON kind USING count(*)',
  'SELECT * FROM (PIVOT missions ON kind USING count(*))',
  "SELECT nextval('guard_sequence')",
  // A side effect behind an alias, a lambda, a LIMIT or a table function's argument, which
  // DuckDB would run while binding, before any plan is read.
  "SELECT nextval('guard_sequence') AS v",
  "SELECT 1 LIMIT nextval('guard_sequence')",
  "SELECT * FROM range(nextval('guard_sequence'))",
  "SELECT list_transform([1, 2], x -> nextval('guard_sequence'))",
  // Issue 20, second probe: SQL in a string, and a space DuckDB strips inside a name.
  "FROM query('SELECT 1 LIMIT nextval(''guard_sequence'')')",
  "SELECT 1 LIMIT nextval\u00A0('guard_sequence')",
  'DROP TABLE IF EXISTS regional_groups',
  // Issue 20: the built-in copy detached and attached again for writing, or replaced.
  "DETACH builtin; ATTACH 'builtin.duckdb' AS builtin; UPDATE builtin.main.missions SET embargo_mandate = 'current'",
  "ATTACH ':memory:' AS builtin2; COPY FROM DATABASE builtin TO builtin2",
  'USE builtin',
  "SET VARIABLE v2 = (SELECT 'x')",
];

/** Statements that read a file (or the list of files), which a link may not do whatever its words. */
const reaches = [
  "SELECT * FROM read_csv('guard.csv')",
  "SELECT * FROM 'guard.csv'",
  'SELECT * FROM "guard.csv"',
  "SELECT histogram(a) FROM query_table('guard.c' || 'sv')",
  "SELECT * FROM query_table(concat('guard', '.csv'))",
  "FROM query('FROM read_csv(''guard.c' || 'sv'')')",
  "SELECT * FROM (DESCRIBE\u00A0'guard.csv')",
  "SELECT * FROM missions, 'guard.csv'",
  "SELECT * FROM glob('*')",
  "SELECT * FROM sniff_csv('guard.csv')",
  "SELECT * FROM read_text('guard.csv')",
  "DESCRIBE 'guard.csv'",
  "SELECT * FROM (DESCRIBE 'guard.csv')",
  'SHOW "guard.csv"',
  "SUMMARIZE FROM read_csv('guard.csv')",
];

/** Scripts with a label: `read` only reads, `write` has a statement that writes, `odd` may be either or neither. */
function generator(random: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const chance = (p: number) => random() < p;

  // Text that would end a statement, a string or a comment if it were read the wrong way.
  const payloads = [
    '; DROP TABLE missions; ',
    "'; DROP TABLE missions; --",
    '$$; DELETE FROM missions; $$',
    '*/ DROP TABLE missions; /*',
    '"; UPDATE missions SET embargo_mandate = \'current\'; "',
    "\\'; DROP TABLE missions; --",
    '\\\\; INSERT INTO missions SELECT * FROM missions; ',
    '；DROP TABLE missions；',
    '中文😀; DROP TABLE countries',
    '--\n; DROP TABLE missions',
    '$t$; ALTER TABLE missions RENAME TO m; $t$',
    '/* /* ; */ DELETE FROM missions; */',
    'x$$; CREATE TABLE t AS SELECT 1; y$$',
    "E'\\''; DROP TABLE missions; --",
    'plain words',
    '',
  ];
  const payload = () => pick(payloads);

  const single = (text: string) => `'${text.replaceAll("'", "''")}'`;
  const eString = (text: string) =>
    `${pick(['E', 'e'])}'${text.replaceAll('\\', '\\\\').replaceAll("'", pick(["\\'", "''"]))}'`;
  const dollar = (text: string) => {
    const tag = pick(['', 't', 'tag', 'a_1']);
    const mark = `$${tag}$`;
    return text.includes(mark) ? single(text) : `${mark}${text}${mark}`;
  };
  const quotedName = (text: string) => `"${text.replaceAll('"', '""') || 'q'}"`;
  const literal = (): string => {
    const forms = [single, eString, dollar, single, eString, dollar];
    if (chance(0.15)) return pick(['42', '1_000', '.5', '1e3', "x'ff'", "b'0101'", 'NULL']);
    return pick(forms)(payload());
  };
  // Names that are words a list of keywords would refuse: users' columns are called these.
  const keywordName = () =>
    pick([
      'start',
      'comment',
      'set',
      'load',
      'call',
      'export_count',
      'copy',
      '"insert"',
      '"read_csv"',
      'file',
      'attach_date',
    ]);
  const alias = () =>
    pick([
      'x$$',
      'a$b',
      'y$t$',
      'v1',
      '"a;b"',
      '"DROP"',
      '"ＤＲＯＰ"',
      quotedName(payload()),
      keywordName(),
    ]);
  const fileString = () =>
    pick(["'missions.csv'", "'report.json'", "'data/x.parquet'", "'guard.csv'"]);
  // A comment holds anything but what would close it (a nested /* opens another level in DuckDB).
  const inComment = (text: string) => text.replaceAll('*/', '* /').replaceAll('/*', '/ *');
  const comment = () =>
    pick([
      `-- ${payload().replaceAll('\n', ' ')}\n`,
      `/* ${inComment(payload())} */ `,
      `/* outer /* ${inComment(payload())} */ still comment; */ `,
      ' ',
      '\n',
    ]);

  const reads: (() => string)[] = [
    () => `SELECT ${literal()} AS ${alias()}`,
    () => `SELECT ${literal()} AS ${alias()}, mission_id FROM missions LIMIT 2`,
    () => `SELECT count(*) AS ${alias()} FROM missions WHERE name_en <> ${literal()}`,
    () => `WITH c AS (SELECT ${literal()} AS v) SELECT * FROM c`,
    () => `FROM missions SELECT mission_id, ${literal()} AS ${alias()} LIMIT 1`,
    () => `VALUES (${literal()}), (${literal()})`,
    () => `TABLE ${pick(['regional_groups', 'sdg_indicators', 'missions'])}`,
    () => `DESCRIBE ${pick(['missions', 'countries', `SELECT ${literal()} AS v`])}`,
    () => `SUMMARIZE SELECT ${literal()} AS ${alias()}`,
    () => 'SHOW TABLES',
    () => `EXPLAIN SELECT ${literal()} AS ${alias()}`,
    () => `(SELECT ${literal()} AS a) UNION ALL (SELECT ${literal()})`,
    () => `UNPIVOT (SELECT ${literal()} AS a, ${literal()} AS b) ON a, b`,
    () => `SELECT * FROM missions WHERE mission_id = ${literal()} ${comment()}`,
    () => `select ${literal()}::VARCHAR || ${literal()} AS ${alias()} from countries limit 1`,
    () => `SELECT ${literal()} AS ${alias()} ${comment()}FROM range(2)`,
    () => `SELECT start_date AS ${keywordName()}, note AS comment FROM events LIMIT 2`,
    () => `SELECT count(*) AS ${keywordName()} FROM missions WHERE name_en <> ${fileString()}`,
    () => `VALUES (${fileString()}), (${literal()})`,
    () => `SELECT * FROM (VALUES (${fileString()})) AS t(file) WHERE file = ${fileString()}`,
    () => `UNPIVOT (SELECT 1 AS a, 2 AS b) ON a, b INTO NAME ${keywordName()} VALUE v`,
    () => `PIVOT (SELECT 'a' AS k, 1 AS v) ON k IN ('a', 'b') USING sum(v)`,
    () => `SELECT * FROM generate_series(1, 3) AS g(${keywordName()})`,
    () => `SELECT * FROM missions AS ${alias()} LIMIT 1`,
    () => `SELECT random() < 2 AS ${alias()}`,
    () => pick(['PRAGMA show_tables', 'PRAGMA version', "PRAGMA table_info('missions')"]),
    () => `SELECT * FROM range(2) AS r, LATERAL generate_series(1, r.range) AS ${alias()}`,
    () => `SELECT ${pick(["'nextval(1)'", "'setseed(0.5)'"])} AS ${alias()}`,
    () => `EXPLAIN ANALYZE (SELECT ${literal()} AS ${alias()})`,
    () => `SELECT count(*) AS ${alias()} FROM duckdb_memory()`,
  ];
  const write = () => pick(writes);
  // A read that opens something a naive scanner keeps open, and one that closes it again:
  // the write between them is code to DuckDB.
  const hiding: [string, string][] = [
    ['SELECT 1 AS x$$', 'SELECT 1 AS y$$'],
    ["SELECT E'\\''", "--'"],
    ['SELECT 1 AS a$t$', 'SELECT 2 AS b$t$'],
    ["SELECT e'\\\\\\''", "SELECT ''''"],
    ['SELECT 1 AS "x$$"', 'SELECT 1 AS y$$'],
  ];
  // Text that looks like a keyword or separator to a person but not to DuckDB, or that DuckDB
  // cannot read at all.
  const odd = [
    'SЕLECT 1', // Cyrillic Е
    'DRΟP TABLE missions', // Greek Ο
    'ＤＲＯＰ TABLE missions',
    'SELECT 1；DROP TABLE missions',
    "SELECT U&'d\\0061t;a'",
    'SELECT U&"d\\0061t" FROM missions',
    "SELECT 'unclosed",
    'SELECT 1 /* unclosed',
    'SELECT $$unclosed',
    'SELECT "unclosed',
    "SELECT E'\\'",
    'SELECT 1 AS x$$; SELECT $$ ; DROP TABLE missions',
    'SELECT 1 AS a\u0000; DROP TABLE missions', // DuckDB stops reading at a NUL
  ];
  const separator = () => pick([';', ';\n', ' ; ', `;${comment()}`, ';;', `${comment()};`]);
  const randomCase = (text: string) =>
    chance(0.2) ? text.replace(/[A-Za-z]/g, (c) => (chance(0.5) ? c.toLowerCase() : c)) : text;

  return (): { script: string; kind: Kind } => {
    const roll = random();
    let parts: string[];
    let kind: Kind;
    if (roll < 0.5) {
      kind = 'read';
      parts = Array.from({ length: 1 + Math.floor(random() * 3) }, () => pick(reads)());
    } else if (roll < 0.7) {
      kind = 'write';
      const [open, close] = pick(hiding);
      parts = [open, write(), close];
    } else if (roll < 0.8) {
      kind = 'write';
      parts = [pick(reads)(), write(), pick(reads)()].slice(Math.floor(random() * 2));
    } else if (roll < 0.87) {
      kind = 'reach';
      parts = [pick(reads)(), pick(reaches), pick(reads)()].slice(Math.floor(random() * 2));
    } else {
      kind = 'odd';
      parts = [pick(reads)(), pick(odd), ...(chance(0.5) ? [write()] : [])];
    }
    const body = parts.map(randomCase).join(separator());
    const script = `${chance(0.2) ? comment() : ''}${body}${chance(0.5) ? separator() : ''}`;
    return { script, kind };
  };
}

let db: NodeDatabase;
/**
 * The node engine's plan engine, with the user's macros read once. Reading them is a query of
 * duckdb_functions(), about 50 ms in DuckDB-WASM, and the guard asked 900 times in the run below
 * (43 of its 67 s). The answer cannot change between scripts: no script may leave a macro behind,
 * and one that did would fail the run anyway (the snapshot lists every macro).
 */
let engine: NodeDatabase['planEngine'];

const split = (script: string) => splitStatements(script, (sql) => db.tokenize(sql));

/**
 * The workbench's verdict on a link's script: `runs` (every statement passed), `refused` (one
 * would do more than read), or `fails` (DuckDB cannot prepare one: shown as an error, not run).
 */
async function judge(statements: Statement[]): Promise<'runs' | 'refused' | 'fails'> {
  try {
    return (await linkProblem(statements, engine)) ? 'refused' : 'runs';
  } catch (error) {
    if (error instanceof PrepareError) return 'fails';
    throw error;
  }
}

const builtIn = () =>
  db
    .query("SELECT table_name FROM duckdb_tables() WHERE database_name = 'memory' ORDER BY 1")
    .map((row) => String(row.table_name));

/** The catalogue, the session's settings and every built-in table's rows, as one comparable text. */
function snapshot(tables: string[]): string {
  const data = tables
    .map(
      (table) =>
        `SELECT 'data ${table}' AS k, count(*)::VARCHAR || ' ' || coalesce(sum(hash(r))::VARCHAR, '') AS v FROM "${table}" AS r`,
    )
    .join(' UNION ALL ');
  const list = (name: string, expression: string, from: string) =>
    `SELECT '${name}' AS k, string_agg(${expression}, ', ' ORDER BY ${expression}) AS v FROM ${from}`;
  const catalogue = [
    list('databases', "database_name || ' ' || readonly", 'duckdb_databases()'),
    list('schemas', "database_name || '.' || schema_name", 'duckdb_schemas()'),
    list(
      'tables',
      "database_name || '.' || schema_name || '.' || table_name || ' ' || column_count || ' ' || coalesce(comment, '')",
      'duckdb_tables()',
    ),
    list('columns', "table_name || '.' || column_name || ' ' || data_type", 'duckdb_columns()'),
    list('views', "database_name || '.' || view_name", 'duckdb_views() WHERE NOT internal'),
    list('types', "database_name || '.' || type_name", 'duckdb_types() WHERE NOT internal'),
    list('macros', 'function_name', 'duckdb_functions() WHERE NOT internal'),
    list(
      'sequences',
      "sequence_name || ' ' || coalesce(last_value::VARCHAR, '-')",
      'duckdb_sequences()',
    ),
    list('indexes', 'index_name', 'duckdb_indexes()'),
    list('variables', 'name', 'duckdb_variables()'),
    list('settings', "name || '=' || coalesce(value, '')", 'duckdb_settings()'),
    "SELECT 'session', current_database() || '.' || current_schema()",
  ].join(' UNION ALL ');
  try {
    return JSON.stringify(db.query(`${catalogue} UNION ALL ${data}`));
  } catch (error) {
    return `cannot look: ${(error as Error).message}`; // a table has gone, for one
  }
}

/** Top-level `;` tokens in `text`, as DuckDB's tokenizer sees them (its offsets count UTF-8 bytes). */
function semicolons(text: string): number {
  const bytes = Buffer.from(text);
  const { offsets, types } = db.tokenize(text);
  return offsets.filter((offset, i) => types[i] === 3 && bytes[offset] === 0x3b).length;
}

describe('the share-link guard against a real DuckDB', () => {
  let tables: string[];
  let before: string;
  beforeAll(async () => {
    db = await openNodeDb(path.resolve('data'));
    const macros = db.planEngine.macros();
    engine = { ...db.planEngine, macros: () => macros };
    // The built-in tables are read-only, so DuckDB would refuse any write to them whatever
    // the guard let through. The guard must hold on its own (an upload is writable), so the
    // scripts run against writable copies, which the workbench's name resolution finds first.
    for (const { table } of db.datasets) {
      db.query(`CREATE TABLE memory.main."${table}" AS FROM builtin.main."${table}"`);
    }
    // A sequence, so that nextval (a "read" that writes) has something to change.
    db.query('CREATE SEQUENCE guard_sequence');
    db.registerFile('guard.csv', new TextEncoder().encode('a,b\n1,2\n'));
    tables = builtIn();
    before = snapshot(tables);
  }, 60_000);

  it('refuses the two issue 11 bypasses, and missions keeps its 13 rows', async () => {
    for (const script of [
      'SELECT 1 AS x$$; DROP TABLE missions; SELECT 1 AS y$$;',
      "SELECT E'\\''; DROP TABLE missions; --';",
    ]) {
      expect(await judge(await split(script)), script).toBe('refused');
    }
    expect(db.query('SELECT count(*)::INTEGER AS n FROM missions')).toEqual([{ n: 13 }]);
  });

  it(`runs nothing that changes the catalogue or a table, over ${scripts} generated scripts`, async () => {
    const next = generator(mulberry32(0x5eed11));
    const counts = { read: [0, 0], write: [0, 0], reach: [0, 0], odd: [0, 0] } as Record<
      Kind,
      [number, number]
    >;
    // A change stays (a table, a setting, a type), so looking every `every` scripts finds it, and
    // a look takes far longer than a script: the failure names the few scripts run since the last.
    const every = 100;
    let sinceLook: string[] = [];
    const look = (n: number) => {
      if (snapshot(tables) !== before) {
        expect.fail(
          `one of these scripts (up to ${n}) changed the database:\n${sinceLook.join('\n----\n')}`,
        );
      }
      sinceLook = [];
    };
    for (let n = 0; n < scripts; n++) {
      const { script, kind } = next();
      const statements = await split(script);
      const verdict = await judge(statements);
      const allowed = verdict === 'runs';
      counts[kind][verdict === 'refused' ? 1 : 0]++;
      if (kind === 'read' && verdict === 'refused') {
        expect.fail(`script ${n} only reads but was refused:\n${script}`);
      }
      if (allowed) {
        if (kind === 'write' || kind === 'reach') {
          expect.fail(
            `script ${n} ${kind === 'write' ? 'writes' : 'reads a file'} but was allowed:\n${script}`,
          );
        }
        sinceLook.push(script);
        for (const { text } of statements) {
          // The workbench prepares each statement, and DuckDB prepares one statement at most.
          expect(semicolons(text), `script ${n}, statement:\n${text}`).toBe(0);
          try {
            db.query(text);
          } catch {
            // A read that fails (a parse error, an unknown column) is fine; what it changed is not.
          }
        }
      }
      if ((n + 1) % every === 0) look(n);
    }
    look(scripts);
    expect(counts.write[1]).toBeGreaterThan(scripts / 4);
    expect(counts.reach[1]).toBeGreaterThan(scripts / 20);
    // The guard must not pass by refusing everything: every read goes through.
    expect(counts.read[1]).toBe(0);
    expect(counts.read[0]).toBeGreaterThan(scripts / 3);
    expect(tables).toContain('missions');
    expect(db.query('SELECT count(*)::INTEGER AS n FROM missions')).toEqual([{ n: 13 }]);
    // About 20 s alone on a quiet 2-core machine (67 s while the macros were read for each
    // script; a loaded machine once took 147 s). The limit only stops a hung run: the scripts
    // are the same every time (seeded).
  }, 600_000);

  it('sees the change each generated write makes (so the test above can fail)', () => {
    // Scripts of several statements (a detach and attach cannot be rolled back) are seen by the
    // databases line of the snapshot; each single statement here.
    for (const write of writes.filter((text) => !text.includes(';'))) {
      // Each in a transaction that is rolled back, so that one write does not undo the next.
      db.query('BEGIN TRANSACTION');
      const start = snapshot(tables);
      let after: string;
      try {
        db.query(write);
        after = snapshot(tables);
      } finally {
        db.query('ROLLBACK');
      }
      expect(after, write).not.toBe(start);
    }
  }, 60_000);
});
