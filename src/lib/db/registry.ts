import { quoteIdentifier, quoteLiteral } from '$lib/sql/identifiers';

/** A built-in dataset: one `data/*.csv` file that becomes one table. */
export type Dataset = {
  /** Table name in DuckDB, derived from the file name. */
  table: string;
  /** File name as registered with DuckDB and shown to users, e.g. `register_reporting.csv`. */
  file: string;
};

/** Where a dataset's load ended: its row count, or the message that explains why it failed. */
export type DatasetLoad = Dataset & ({ rows: number; error?: undefined } | { error: string });

/**
 * Derives a dataset from a path such as `/data/register_reporting.csv`. The table name is the
 * file stem, lower-cased, with anything but letters, digits and `_` replaced by `_`.
 */
export function datasetFromPath(path: string): Dataset {
  const file = path.split('/').pop() ?? path;
  const stem = file.replace(/\.csv$/i, '');
  let table = stem.toLowerCase().replace(/[^a-z0-9_]+/g, '_');
  if (!/^[a-z_]/.test(table)) table = `t_${table}`;
  return { table, file };
}

/**
 * The statement that turns a registered CSV file into a table. The dialect is fixed rather
 * than sniffed: our files are RFC 4180 with a header, so a ragged row or a stray quote is an
 * error with a line number instead of a silently mangled table.
 */
export function createTableSql({ table, file }: Dataset): string {
  return (
    `CREATE OR REPLACE TABLE ${quoteIdentifier(table)} AS SELECT * FROM read_csv(${quoteLiteral(file)}, ` +
    `header = true, delim = ',', quote = '"', escape = '"', strict_mode = true, encoding = 'utf-8')`
  );
}

/** Settings for every database we open: no extension may be fetched from the internet. */
export const offlineSettingsSql =
  'SET autoload_known_extensions = false; SET autoinstall_known_extensions = false;';

/** Counts a dataset's rows, as column `n`. */
export function countRowsSql({ table }: Dataset): string {
  return `SELECT count(*)::INTEGER AS n FROM ${quoteIdentifier(table)}`;
}

/** A dataset's load from its row count: a table with no rows is reported as a failure, not a silent blank chart. */
export function loadFromCount(dataset: Dataset, rows: number): DatasetLoad {
  const { table, file } = dataset;
  return rows > 0 ? { table, file, rows } : { table, file, error: `${file} has no data rows` };
}
