// Relative imports: the build's Vite plugin loads this module before any alias exists.
import type { DataPackage, Field, TableSchema } from '../datapackage/schema.ts';
import { quoteIdentifier, quoteLiteral } from '../sql/identifiers.ts';

/** A built-in dataset: one `data/*.csv` file that becomes one table. */
export type Dataset = {
  /** Table name in DuckDB, derived from the file name. */
  table: string;
  /** File name as registered with DuckDB and shown to users, e.g. `register_reporting.csv`. */
  file: string;
  /** Column types from `data/datapackage.json`; without one, DuckDB detects them. */
  schema?: TableSchema;
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
export function createTableSql({ table, file, schema }: Dataset, source = file): string {
  const columns = schema
    ? `, columns = {${schema.fields.map((f) => `${quoteLiteral(f.name)}: '${duckdbTypes[f.type]}'`).join(', ')}}`
    : '';
  return (
    `CREATE OR REPLACE TABLE ${builtInCatalog}.main.${quoteIdentifier(table)} AS SELECT * FROM read_csv(${quoteLiteral(source)}, ` +
    `header = true, delim = ',', quote = '"', escape = '"', strict_mode = true, encoding = 'utf-8'${columns})`
  );
}

/**
 * DuckDB types for Table Schema types. Declared rather than detected: a code such as M49
 * "004" must stay text to join map shapes, and a column that is empty in every row today
 * must still have the type its data will have.
 */
const duckdbTypes: Record<Field['type'], string> = {
  string: 'VARCHAR',
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
  year: 'INTEGER',
};

/** The schema `datapackage.json` gives a CSV file, if it describes that file. */
export function schemaFor(
  dataPackage: DataPackage | undefined,
  file: string,
): TableSchema | undefined {
  return dataPackage?.resources.find((r) => r.path.split('/').pop() === file)?.schema;
}

/** Settings for every database we open: no extension may be fetched from the internet. */
export const offlineSettingsSql =
  'SET autoload_known_extensions = false; SET autoinstall_known_extensions = false;';

/**
 * The dashboard's engine, once the built-in database is open (read-only) as its main database:
 * offline, then no file or URL may be read or written and no database attached in memory, and
 * no setting may change again, these included.
 */
export const lockedDashboardSql =
  offlineSettingsSql + ' SET enable_external_access = false; SET lock_configuration = true;';

/** Counts a dataset's rows, as column `n`. */
export function countRowsSql({ table }: Dataset): string {
  return `SELECT count(*)::INTEGER AS n FROM ${builtInCatalog}.main.${quoteIdentifier(table)}`;
}

/**
 * The built-in datasets live in their own DuckDB database file, written once from `data/`
 * and attached read-only: no SQL run in the workbench can change what the dashboard shows.
 */
export const builtInCatalog = 'builtin';
/** The name the database file is registered under in DuckDB's file system. */
export const builtInFile = 'builtin.duckdb';

/** Attaches the built-in database, read-only. */
export const attachBuiltInSql = `ATTACH '${builtInFile}' AS ${builtInCatalog} (READ_ONLY)`;

/** Where the file records how each dataset's load ended (kept out of the `main` schema users browse). */
export const loadsTable = `${builtInCatalog}.meta.dataset_loads`;
export const createLoadsSql =
  `CREATE SCHEMA ${builtInCatalog}.meta; ` +
  `CREATE TABLE ${loadsTable} (table_name VARCHAR, file VARCHAR, rows INTEGER, error VARCHAR)`;
export const readLoadsSql = `SELECT table_name, file, rows, error FROM ${loadsTable} ORDER BY table_name`;

/**
 * DuckDB's refusal of a write to the read-only built-in database, as the kind of statement
 * refused (`UPDATE`, `DROP`, ...); undefined for any other message.
 */
export function refusedBuiltInWrite(message: string): string | undefined {
  const pattern = new RegExp(
    `Cannot execute statement of type "(\\w+)" on database "${builtInCatalog}" which is attached in read-only mode`,
  );
  return pattern.exec(message)?.[1];
}

/** A load as read back from the loads table. */
export function loadFromRow(row: {
  table_name: string;
  file: string;
  rows: number | null;
  error: string | null;
}): DatasetLoad {
  const { table_name: table, file, rows, error } = row;
  return error === null ? { table, file, rows: Number(rows) } : { table, file, error };
}

/**
 * Name resolution of the workbench's connections: they create in their own in-memory catalogue
 * and find the built-in tables after their own, so a write to one is refused by DuckDB itself
 * (read-only attachment).
 */
export const workbenchSearchSql = `USE memory; SET search_path = 'memory.main,${builtInCatalog}.main'`;

/** A dataset's load from its row count: a table with no rows is reported as a failure, not a silent blank chart. */
export function loadFromCount(dataset: Dataset, rows: number): DatasetLoad {
  const { table, file } = dataset;
  return rows > 0 ? { table, file, rows } : { table, file, error: `${file} has no data rows` };
}
