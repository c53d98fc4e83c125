// The SQL the engine-alone sides run, shared by the bare page and native DuckDB, so both
// do exactly the same work.

/** DuckDB's own reader with its defaults: the baseline an upload is measured against. */
export const readCsvSql = (/** @type {string} */ file) =>
  `CREATE TABLE bench_upload AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}')`;

/** The GROUP BY behind the chart the bench draws over the uploaded table. */
export const groupBySql =
  'SELECT year, sum(value) AS total FROM bench_upload GROUP BY year ORDER BY year';
