// The bare page (runs in the browser): DuckDB-WASM alone, from the same worker and wasm files
// the site's build serves. It instantiates DuckDB and runs one query, then, when a file is
// chosen, reads it with DuckDB's own read_csv and runs the chart's GROUP BY, then reads it
// again with the statement an upload of it runs. Times go to window.__bare (milliseconds from
// navigation, or durations).
import * as duckdb from '@duckdb/duckdb-wasm';
import { groupBySql, readCsvSql } from './queries.js';
import { inspect, sampleBytes } from '$lib/upload/inspect';
import { typedTableSql } from '$lib/upload/sql';

/** @type {Record<string, number | string | boolean>} */
const times = {};
Object.defineProperty(window, '__bare', { value: times });
const params = new URLSearchParams(location.search);

try {
  const worker = new Worker(String(params.get('worker')));
  const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
  await db.instantiate(String(params.get('wasm')));
  await db.open({ query: { castBigIntToDouble: false, castDecimalToDouble: false } });
  const conn = await db.connect();
  await conn.query('SELECT 42 AS answer');
  times.ready = performance.now();

  const input = /** @type {HTMLInputElement} */ (document.querySelector('#file'));
  input.addEventListener('change', async () => {
    try {
      const file = /** @type {File} */ (input.files?.[0]);
      const started = performance.now();
      await db.registerFileHandle(
        file.name,
        file,
        duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
        true,
      );
      await conn.query(readCsvSql(file.name));
      const count = await conn.query('SELECT count(*) AS n FROM bench_upload');
      times.readCsvMs = performance.now() - started;
      times.rows = Number(count.getChildAt(0)?.get(0));
      const grouped = performance.now();
      await conn.query(groupBySql);
      times.groupByMs = performance.now() - grouped;
      // The upload's own statement: the dialect its preview found (the app's inspection of
      // the file's start) and every column typed by all its values, not by a sample of the
      // first rows as read_csv's defaults do.
      const typed = performance.now();
      const sample = new Uint8Array(await file.slice(0, sampleBytes).arrayBuffer());
      const { options, columns } = inspect(sample, file.size);
      const names = columns.map((column) => column.name);
      await conn.query(typedTableSql('bench_typed', file.name, options, names));
      times.readCsvTypedMs = performance.now() - typed;
      times.done = true;
    } catch (error) {
      times.error = String(error);
    }
  });
} catch (error) {
  times.error = String(error);
}
