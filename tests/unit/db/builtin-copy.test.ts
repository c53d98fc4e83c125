/**
 * The workbench's copy of the documents after a script, on the browser's own engine: DuckDB's
 * browser worker as the build emits it, run in a node worker thread behind AsyncDuckDB.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { builtInCopy } from '$lib/db/builtin-copy';
import { writeBuiltInDatabase } from '$lib/db/builtin.server';
import { builtInFile, workbenchSearchSql } from '$lib/db/registry';
import { emittedWorker, startBrowserWorker } from '../scripts/browser-worker';

const scratch = mkdtempSync(path.join(tmpdir(), 'builtin-copy-'));

let started: Awaited<ReturnType<typeof startBrowserWorker>>;
/** The workbench engine's first connection, set up as openWorkbench sets it up (duckdb.ts). */
let conn: AsyncDuckDBConnection;
/** The connection scripts run on, as the workbench's own: it finds the built-in tables after its own. */
let user: AsyncDuckDBConnection;
let copy: ReturnType<typeof builtInCopy>;
/** The documents' figures, as the build wrote them from data/key_figures.csv. */
let documents: string[];

const figures = async () =>
  (await conn.query('SELECT figure_id, value FROM builtin.main.key_figures ORDER BY figure_id'))
    .toArray()
    .map((row) => `${row.figure_id}=${row.value}`);
const attached = async () =>
  (
    await conn.query(
      "SELECT database_name, readonly FROM system.main.duckdb_databases() WHERE path = 'builtin.duckdb' OR database_name = 'builtin'",
    )
  )
    .toArray()
    .map((row) => `${row.database_name} ${row.readonly ? 'read-only' : 'writable'}`);
/** Runs a script as the workbench does, statement by statement, on its own connection. */
const run = async (script: string) => {
  for (const statement of script
    .split(';')
    .map((s) => s.trim())
    .filter(Boolean)) {
    await user.query(statement);
  }
};

beforeAll(async () => {
  const file = path.join(scratch, builtInFile);
  await writeBuiltInDatabase(path.resolve('data'), file);
  started = await startBrowserWorker(emittedWorker);
  await started.db.open({});
  conn = await started.db.connect();
  copy = builtInCopy(started.db, new Uint8Array(readFileSync(file)));
  await copy.attach();
  await conn.query(workbenchSearchSql);
  user = await started.db.connect();
  await user.query(workbenchSearchSql);
  documents = await figures();
}, 120_000);

afterAll(async () => {
  await started?.stop();
  rmSync(scratch, { recursive: true, force: true });
});

describe('builtInCopy(db, bytes).keep()', () => {
  beforeEach(async () => {
    await copy.keep();
  });

  it('has the documents’ figures: none of them is the forged one', () => {
    expect(documents.length).toBeGreaterThan(5);
    expect(documents.some((figure) => figure.endsWith('=999999'))).toBe(false);
  });

  for (const [name, forge] of [
    [
      'attached for writing, changed, and attached read-only again',
      "DETACH builtin; ATTACH 'builtin.duckdb' AS builtin; UPDATE builtin.main.key_figures SET value = 999999; DETACH builtin; ATTACH 'builtin.duckdb' AS builtin (READ_ONLY)",
    ],
    [
      'attached for writing under another name and left so',
      "DETACH builtin; ATTACH 'builtin.duckdb' AS mine; UPDATE mine.main.key_figures SET value = 999999",
    ],
    [
      'replaced by an in-memory database of that name',
      "DETACH builtin; ATTACH ':memory:' AS builtin",
    ],
    ['detached, and nothing put in its place', 'DETACH builtin'],
    [
      "replaced by a forged copy, behind a macro that answers for duckdb_databases() as if it were the documents' copy",
      "CREATE TABLE memory.main.oid AS SELECT database_oid FROM system.main.duckdb_databases() WHERE database_name = 'builtin'; " +
        "DETACH builtin; ATTACH ':memory:' AS builtin; CREATE TABLE builtin.main.key_figures AS SELECT 'forged' AS figure_id, 999999 AS value; " +
        "CREATE MACRO memory.main.duckdb_databases() AS TABLE SELECT 'builtin' AS database_name, (FROM memory.main.oid) AS database_oid, true AS readonly, 'builtin.duckdb' AS path",
    ],
  ]) {
    it(`brings the documents’ copy back when a script left it ${name}`, async () => {
      try {
        await run(forge);
        await copy.keep();
        expect(await attached()).toEqual(['builtin read-only']);
        expect(await figures()).toEqual(documents);
      } finally {
        await user.query('DROP MACRO TABLE IF EXISTS memory.main.duckdb_databases');
        await user.query('DROP TABLE IF EXISTS memory.main.oid');
      }
    });
  }

  it('leaves the copy attached when no script touched it: no reader on another connection loses it', async () => {
    const oid = async () =>
      (
        await conn.query(
          "SELECT database_oid FROM system.main.duckdb_databases() WHERE database_name = 'builtin'",
        )
      ).toArray()[0].database_oid;
    const before = await oid();
    await run('SELECT count(*) FROM builtin.main.missions; CREATE TABLE mine AS SELECT 1 AS a');
    await copy.keep();
    expect(await oid()).toBe(before);
  });
});
