// Native DuckDB (@duckdb/node-api) reading the same file: the engine at full speed, on one
// thread and on all of them.
import { DuckDBInstance } from '@duckdb/node-api';
import { groupBySql, readCsvSql } from './queries.js';

/**
 * Times `CREATE TABLE … AS FROM read_csv(file)` and a count in a fresh in-memory database.
 * @param {string} file
 * @param {number | undefined} threads  undefined: DuckDB's default (every core)
 * @returns {Promise<{ readCsvMs: number, rows: number, threads: number, version: string }>}
 */
export async function nativeReadCsv(file, threads) {
  const instance = await DuckDBInstance.create(
    ':memory:',
    threads === undefined ? {} : { threads: String(threads) },
  );
  const connection = await instance.connect();
  try {
    const started = performance.now();
    await connection.run(readCsvSql(file));
    const count = await connection.runAndReadAll('SELECT count(*) AS n FROM bench_upload');
    const readCsvMs = performance.now() - started;
    await connection.run(groupBySql);
    const settings = await connection.runAndReadAll(
      "SELECT current_setting('threads') AS threads, version() AS version",
    );
    const [row] = settings.getRowObjects();
    return {
      readCsvMs,
      rows: Number(count.getRows()[0][0]),
      threads: Number(row.threads),
      version: String(row.version),
    };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
