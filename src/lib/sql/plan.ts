/**
 * What a statement would do, read from DuckDB's own plan of it (`EXPLAIN (FORMAT JSON)`), not
 * from its words: a column named `start` or a string `'missions.csv'` is no write, and a write
 * hidden behind an innocent-looking function still shows in the plan as the operator or table
 * function that does it. An allow-list: any operator, table function or side-effecting scalar
 * not known to only read is refused.
 */

/** What a refused statement would do, in the words the page uses. */
export type PlanEffect =
  | 'changesData' // INSERT, UPDATE, DELETE, CREATE, DROP, ALTER ...
  | 'changesSetting' // SET, RESET, PRAGMA ...
  | 'changesDatabases' // ATTACH, DETACH, USE; INSTALL and LOAD of an extension
  | 'touchesFile' // reads or writes a file or URL (read_csv, COPY, a file name as a table)
  | 'callsFunction' // a table function that is not known to only read the catalogue or compute
  | 'sideEffect' // a scalar with a side effect (nextval, setseed, write_log)
  | 'unplannable'; // DuckDB shows no plan for it (ATTACH, DETACH, USE, LOAD ...)

export type PlanProblem = {
  effect: PlanEffect;
  /** The operator, function or keyword, as DuckDB names it (lower case for functions). */
  name: string;
};

/** One node of DuckDB's JSON plan. */
export type PlanNode = {
  name: string;
  children?: PlanNode[];
  extra_info?: Record<string, unknown>;
};

/** Physical operators that only read and compute (DuckDB 1.4's `PhysicalOperatorType` names). */
const readingOperators = new Set([
  'PROJECTION',
  'FILTER',
  'ORDER_BY',
  'TOP_N',
  'LIMIT',
  'STREAMING_LIMIT',
  'LIMIT_PERCENT',
  'WINDOW',
  'STREAMING_WINDOW',
  'UNNEST',
  'UNGROUPED_AGGREGATE',
  'HASH_GROUP_BY',
  'PERFECT_HASH_GROUP_BY',
  'PARTITIONED_AGGREGATE',
  'RESERVOIR_SAMPLE',
  'STREAMING_SAMPLE',
  'PIVOT',
  'SEQ_SCAN', // a table or view of the catalogue
  'DUMMY_SCAN',
  'COLUMN_DATA_SCAN',
  'CHUNK_SCAN',
  'DELIM_SCAN',
  'EXPRESSION_SCAN',
  'POSITIONAL_SCAN',
  'INOUT_FUNCTION', // a table function fed by the rows of a query (LATERAL generate_series): judged by its name
  'CTE',
  'CTE_SCAN',
  'REC_CTE',
  'REC_CTE_SCAN',
  'REC_KEY_CTE',
  'EMPTY_RESULT',
  'UNION',
  'HASH_JOIN',
  'NESTED_LOOP_JOIN',
  'BLOCKWISE_NL_JOIN',
  'PIECEWISE_MERGE_JOIN',
  'IE_JOIN',
  'ASOF_JOIN',
  'CROSS_PRODUCT',
  'POSITIONAL_JOIN',
  'LEFT_DELIM_JOIN',
  'RIGHT_DELIM_JOIN',
  'RESULT_COLLECTOR',
]);

/** Operators that write or change state, by what they do; any other unknown one is refused too. */
const settingOperators = new Set(['SET', 'SET_VARIABLE', 'RESET', 'PRAGMA', 'TRANSACTION']);
const fileOperators = new Set(['COPY_TO_FILE', 'BATCH_COPY_TO_FILE', 'COPY_DATABASE', 'EXPORT']);
const databaseOperators = new Set(['LOAD', 'ATTACH', 'DETACH']);

/**
 * Table functions that compute rows or read the catalogue, nothing else. Files (`read_csv`,
 * `glob`, `sniff_csv`), secrets, and SQL run from a string are not here: a link may not reach them.
 */
export const readingTableFunctions: ReadonlySet<string> = new Set([
  'range',
  'generate_series',
  'unnest',
  'repeat',
  'repeat_row',
  'test_all_types',
  'duckdb_tables',
  'duckdb_views',
  'duckdb_columns',
  'duckdb_schemas',
  'duckdb_databases',
  'duckdb_types',
  'duckdb_functions',
  'duckdb_keywords',
  'duckdb_constraints',
  'duckdb_indexes',
  'duckdb_sequences',
  'duckdb_settings',
  'duckdb_dependencies',
  'duckdb_approx_database_count',
  'duckdb_extensions',
  'duckdb_memory',
  'duckdb_optimizers',
  'duckdb_temporary_files',
  'duckdb_variables',
  'pragma_collations',
  'pragma_user_agent',
  'pragma_table_info',
  'pragma_show',
  'pragma_storage_info',
  'pragma_database_size',
  'pragma_version',
  'pragma_platform',
]);

/** Table functions that reach files or URLs, named as such when refused. */
export const fileFunction =
  /^(read_|glob$|sniff_csv$|parquet_|iceberg_|delta_|sqlite_|postgres_|mysql_|st_read|csv_scan|parquet_scan|json_scan)/;

/**
 * Scalars with side effects that are harmless to a reader: a random number, a uuid, the ids of
 * the current query, an error. Every other function DuckDB marks as having side effects
 * (`nextval`, `setseed`, `write_log`, and any new one) is refused.
 */
export const harmlessSideEffects: ReadonlySet<string> = new Set([
  'random',
  'uuid',
  'uuidv4',
  'uuidv7',
  'gen_random_uuid',
  'current_query',
  'current_query_id',
  'current_transaction_id',
  'current_connection_id',
  'error',
  'stats',
]);

/**
 * The first thing in `plan` that is more than a read, or undefined if it only reads.
 * `refused` names the functions (lower case) a link may not call: those the engine marks as
 * having side effects, but for the harmless ones, and the user's macros that call one.
 */
export function planProblem(
  plan: PlanNode[],
  refused: ReadonlySet<string>,
): PlanProblem | undefined {
  const calls = refused.size
    ? new RegExp(`(?<![\\w$])(${[...refused].map(escapeRegExp).join('|')})\\s*\\(`, 'i')
    : undefined;
  const visit = (node: PlanNode): PlanProblem | undefined => {
    const problem = nodeProblem(node, calls);
    if (problem) return problem;
    for (const child of node.children ?? []) {
      const found = visit(child);
      if (found) return found;
    }
    return undefined;
  };
  for (const root of plan) {
    const found = visit(root);
    if (found) return found;
  }
  return undefined;
}

function nodeProblem(node: PlanNode, calls: RegExp | undefined): PlanProblem | undefined {
  const name = node.name.trim();
  const info = node.extra_info ?? {};
  const fn = typeof info.Function === 'string' ? info.Function.trim().toLowerCase() : undefined;
  if (fn !== undefined) {
    if (fileFunction.test(fn)) return { effect: 'touchesFile', name: fn };
    if (!readingTableFunctions.has(fn)) return { effect: 'callsFunction', name: fn };
  } else if (!readingOperators.has(name)) {
    if (settingOperators.has(name)) return { effect: 'changesSetting', name };
    if (fileOperators.has(name)) return { effect: 'touchesFile', name };
    if (databaseOperators.has(name)) return { effect: 'changesDatabases', name };
    return { effect: 'changesData', name };
  }
  if (calls) {
    for (const text of strings(info)) {
      // A function's name inside a string constant is no call.
      const call = calls.exec(text.replace(/'(?:[^']|'')*'/g, "''"));
      if (call) return { effect: 'sideEffect', name: call[1].toLowerCase() };
    }
  }
  return undefined;
}

/** Every string in a node's details (expressions, filters, aggregates), however nested. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** DuckDB's `EXPLAIN (FORMAT JSON)` result (its `explain_value`) as plan nodes. */
export function parsePlan(explainValue: string): PlanNode[] {
  const parsed: unknown = JSON.parse(explainValue);
  return Array.isArray(parsed) ? (parsed as PlanNode[]) : [parsed as PlanNode];
}
