// The bare page (runs in the browser): DuckDB-WASM alone, from the same worker and wasm files
// the site's build serves. It instantiates DuckDB and runs one query, then, when a file is
// chosen, reads it with DuckDB's own read_csv and runs the chart's GROUP BY. With
// `?read=upload` it reads the file with the statement an upload of it runs instead, and runs
// nothing after. Times go to window.__bare (milliseconds from navigation, or durations).
import * as duckdb from '@duckdb/duckdb-wasm';
import { groupBySql, readCsvSql } from './queries.js';

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
      const asUpload = params.get('read') === 'upload';
      const statement = asUpload ? await uploadStatement(file) : readCsvSql(file.name);
      const started = performance.now();
      await db.registerFileHandle(
        file.name,
        file,
        duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
        true,
      );
      await conn.query(statement);
      const count = await conn.query('SELECT count(*) AS n FROM bench_upload');
      times.readCsvMs = performance.now() - started;
      times.rows = Number(count.getChildAt(0)?.get(0));
      if (!asUpload) {
        const grouped = performance.now();
        await conn.query(groupBySql);
        times.groupByMs = performance.now() - grouped;
      }
      times.done = true;
    } catch (error) {
      times.error = String(error);
    }
  });
} catch (error) {
  times.error = String(error);
}

/**
 * The statement an upload of `file` runs first, made by the app's own modules: the dialect its
 * preview finds in the file's start (`inspect`, as the workbench calls it) and every column
 * typed by all its values (`typedTableSql`). Imported here only, so the page's start, the
 * baseline of DuckDB ready, loads nothing more.
 * @param {File} file
 */
async function uploadStatement(file) {
  const [{ inspect, sampleBytes }, { typedTableSql }] = await Promise.all([
    import('$lib/upload/inspect'),
    import('$lib/upload/sql'),
  ]);
  const sample = new Uint8Array(await file.slice(0, sampleBytes).arrayBuffer());
  const { options, columns } = inspect(sample, file.size);
  const names = columns.map((column) => column.name);
  return typedTableSql('bench_upload', file.name, options, names);
}
