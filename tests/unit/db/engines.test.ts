/**
 * What each DuckDB setting of the dashboard's engine really blocks, in the browser's engine
 * (duckdb-wasm 1.32, DuckDB 1.4.3): the built-in database file opened read-only as the main
 * database, then `lockedDashboardSql`. The dashboard runs only the site's own queries; these
 * are the walls that would hold if anything else ever reached it. The README states the same.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type * as DuckDBBlocking from '@duckdb/duckdb-wasm/blocking';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBuiltInDatabase } from '$lib/db/builtin.server';
import { blockingDuckDB } from '$lib/db/node.server';
import { builtInFile, lockedDashboardSql } from '$lib/db/registry';

let conn: ReturnType<DuckDBBlocking.DuckDBBindings['connect']>;
const scratch = mkdtempSync(path.join(tmpdir(), 'engines-'));

const run = (sql: string): string => {
  try {
    conn.query(sql);
    return 'ran';
  } catch (error) {
    return (error as Error).message.split('\n')[0];
  }
};
const current = () =>
  Number(
    conn
      .query("SELECT count(*)::INTEGER AS n FROM missions WHERE embargo_mandate = 'current'")
      .toArray()[0].n,
  );

beforeAll(async () => {
  const file = path.join(scratch, builtInFile);
  await writeBuiltInDatabase(path.resolve('data'), file);
  const db = await blockingDuckDB();
  // As the dashboard opens it (duckdb.ts, openDashboard): 2 is DuckDBAccessMode.READ_ONLY.
  db.registerFileBuffer(builtInFile, new Uint8Array(readFileSync(file)));
  db.registerFileBuffer('upload.csv', new TextEncoder().encode('a\n1\n'));
  db.open({ path: builtInFile, accessMode: 2 });
  conn = db.connect();
  conn.query(lockedDashboardSql);
}, 60_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('the dashboard’s engine: read-only, file access off, configuration locked', () => {
  it('is the built-in file, read-only, and refuses every write to its tables', () => {
    const before = current();
    expect(
      conn
        .query('SELECT database_name, path, readonly FROM duckdb_databases() WHERE NOT internal')
        .toArray()
        .map((row) => row.toJSON()),
    ).toEqual([{ database_name: 'builtin', path: builtInFile, readonly: true }]);
    expect(run("UPDATE missions SET embargo_mandate = 'current'")).toMatch(/read-only mode/);
    expect(run('DROP TABLE missions')).toMatch(/read-only mode/);
    expect(run('CREATE TABLE forged AS SELECT 1')).toMatch(/read-only mode/);
    expect(current()).toBe(before);
  });

  it('cannot detach the built-in database nor put another in its place', () => {
    expect(run('DETACH builtin')).toMatch(/default database/);
    expect(run("ATTACH ':memory:' AS scratch")).toMatch(/in-memory database in read-only mode/);
    expect(run('USE memory')).toMatch(/No catalog/);
    // Another name for the same registered file is read-only as well (the access mode is the
    // whole instance's), so it cannot be used to write either.
    expect(run(`ATTACH '${builtInFile}' AS again`)).toMatch(/already attached|ran/);
    expect(run("UPDATE again.main.missions SET embargo_mandate = 'current'")).not.toBe('ran');
  });

  it('reads and writes no file, loads no extension, and changes no setting', () => {
    expect(run("SELECT * FROM read_csv('upload.csv')")).toMatch(/disabled by configuration/);
    expect(run("SELECT * FROM 'upload.csv'")).toMatch(/disabled by configuration/);
    expect(run("COPY (SELECT 1) TO 'out.csv'")).toMatch(/disabled by configuration/);
    expect(run('LOAD json')).toMatch(/disabled through configuration/);
    expect(run('SET enable_external_access = true')).toMatch(/configuration has been locked/);
    expect(run('SET lock_configuration = false')).toMatch(/configuration has been locked/);
    expect(run('RESET lock_configuration')).toMatch(/configuration has been locked/);
    expect(run("SET allowed_directories = ['/']")).toMatch(/configuration has been locked/);
    expect(run('SET threads = 1')).toMatch(/configuration has been locked/);
  });

  it('still lets temporary objects be made: so no SQL but the site’s own ever runs on it', () => {
    // Recorded, not wanted: the temp catalogue is not covered by the read-only mode, and a temp
    // view of a table's name would be found first. This is why the engine runs only the site's
    // named queries, and the workbench has an engine of its own.
    expect(run("CREATE TEMP VIEW shadow AS SELECT 'forged' AS m")).toBe('ran');
    expect(run('DROP VIEW shadow')).toBe('ran');
  });
});
