/**
 * What a shared link may run: statements that only read. The check works on DuckDB's own tokens
 * (see statements.ts), so a word inside a string, a quoted name or a comment is never taken for
 * a keyword, and a keyword is never hidden by quoting DuckDB reads differently. When in doubt it
 * refuses: a refused read costs the user a click on Run after reading the query; an allowed write
 * could change their data.
 */
import { TokenType, type Statement, type Token } from './statements';

export type WriteProblem = {
  /** The word (or text) that stops the script, as written. */
  word: string;
  /** Where it is in the script. */
  offset: number;
  /**
   * `unread`: DuckDB cannot read the script past this point; `start`: the statement does not
   * begin as a read; `writes`: a word that writes or changes the session; `reaches`: a function
   * or file name that reads files, runs SQL of its own or changes state.
   */
  reason: 'unread' | 'start' | 'writes' | 'reaches';
};

/** The keywords a reading statement may begin with (after any opening parentheses). */
const readingStarts = new Set([
  'SELECT',
  'WITH',
  'FROM',
  'VALUES',
  'TABLE',
  'DESCRIBE',
  'SUMMARIZE',
  'SHOW',
  'EXPLAIN',
  'UNPIVOT',
]);

/**
 * Words that make even a reading statement write, change the session or the catalogue. PIVOT is
 * here because without an IN list DuckDB creates an ENUM type in the temp catalogue (even inside a
 * subquery, and even when the query then fails).
 */
const writingWords = new Set([
  'INSERT',
  'UPDATE',
  'DELETE',
  'DROP',
  'CREATE',
  'ALTER',
  'COPY',
  'ATTACH',
  'DETACH',
  'INSTALL',
  'LOAD',
  'SET',
  'RESET',
  'PRAGMA',
  'CALL',
  'EXPORT',
  'IMPORT',
  'CHECKPOINT',
  'VACUUM',
  'TRUNCATE',
  'MERGE',
  'USE',
  'BEGIN',
  'START',
  'COMMIT',
  'ROLLBACK',
  'ABORT',
  'SAVEPOINT',
  'TRANSACTION',
  'GRANT',
  'REVOKE',
  'INTO',
  'PREPARE',
  'EXECUTE',
  'DEALLOCATE',
  'COMMENT',
  'PIVOT',
  'PIVOT_WIDER',
]);

/**
 * Function names (lower case) that reach files or the network, run SQL of their own, or change
 * state: table functions read_csv, glob, query, checkpoint ...; scalars nextval, setseed,
 * write_log. DuckDB tokenizes a function name as an identifier (or a keyword, `glob`), quoted
 * or not, so every name token is checked, called or not.
 */
const reachingNames = new Set([
  'glob',
  'query',
  'query_table',
  'checkpoint',
  'force_checkpoint',
  'truncate_duckdb_logs',
  'seq_scan',
  'nextval',
  'setseed',
  'write_log',
  'getenv',
  'which_secret',
  'duckdb_secrets',
  'json_execute_serialized_sql',
]);
const reachingPrefixes = [
  'read_',
  'parquet_',
  'sniff_',
  'arrow_',
  'json_execute',
  'iceberg_',
  'delta_',
  'sqlite_',
  'postgres_',
  'mysql_',
  'st_read',
  'load_',
  'install_',
  'export_',
  'import_',
  'copy_',
  'enable_',
  'disable_',
  'force_',
];
const reachingSuffixes = ['_scan', '_attach', '_execute', '_query', '_checkpoint'];

/**
 * A string or quoted name DuckDB would read as a file when it stands where a table does
 * (`FROM 'x.csv'`, its replacement scans). Any such string is refused, wherever it stands.
 */
const fileName =
  /\.(?:csv|tsv|tbl|txt|text|parquet|json|jsonl|ndjson|xlsx|xls|arrow|ipc|feather|avro|db|duckdb|sqlite3?)(?:\.(?:gz|gzip|zst|zstd|bz2|xz|lz4|snappy))?(?![\w$])/i;

/** The first thing that makes `statements` more than a read, or undefined if they only read. */
export function firstWrite(statements: Statement[]): WriteProblem | undefined {
  for (const statement of statements) {
    const problem = statementProblem(statement);
    if (problem) return problem;
  }
  return undefined;
}

function statementProblem({ text, offset, tokens, read }: Statement): WriteProblem | undefined {
  let index = 0;
  while (isText(tokens[index], '(')) index++;
  const first = tokens[index];
  if (!first) {
    if (!read) return unreadProblem(text, offset, tokens);
    return { word: text.slice(0, 40), offset, reason: 'start' };
  }
  if (first.type !== TokenType.KEYWORD || !readingStarts.has(asciiUpper(first.text))) {
    return { word: first.text.slice(0, 40), offset: first.offset, reason: 'start' };
  }
  for (const token of tokens) {
    const problem = tokenProblem(token);
    if (problem) return problem;
  }
  if (!read) return unreadProblem(text, offset, tokens);
  return undefined;
}

function tokenProblem(token: Token): WriteProblem | undefined {
  const { type, text, offset } = token;
  const quoted = text.startsWith('"');
  if (type === TokenType.KEYWORD || type === TokenType.IDENTIFIER) {
    // Both foldings: DuckDB folds ASCII only; JavaScript also folds look-alikes such as 'ı' to I.
    // Refusing on either can only refuse more.
    if (!quoted && (writingWords.has(asciiUpper(text)) || writingWords.has(text.toUpperCase()))) {
      return { word: text, offset, reason: 'writes' };
    }
    const name = (quoted ? text.slice(1, -1).replaceAll('""', '"') : text).toLowerCase();
    if (reaches(name) || (quoted && fileName.test(name))) {
      return { word: text, offset, reason: 'reaches' };
    }
  }
  if (type === TokenType.STRING_CONSTANT && fileName.test(text)) {
    return { word: text.slice(0, 40), offset, reason: 'reaches' };
  }
  return undefined;
}

function reaches(name: string): boolean {
  return (
    reachingNames.has(name) ||
    reachingPrefixes.some((prefix) => name.startsWith(prefix)) ||
    reachingSuffixes.some((suffix) => name.endsWith(suffix))
  );
}

/** Where DuckDB stopped reading: just after the last token it read, if that token's end is known. */
function unreadProblem(text: string, offset: number, tokens: Token[]): WriteProblem {
  const last = tokens.at(-1);
  let at = offset;
  if (last) {
    // Words and punctuation have their exact text; any other token's text may run on to the end.
    const exact =
      last.type === TokenType.KEYWORD || last.type === TokenType.IDENTIFIER
        ? wholeName.test(last.text)
        : last.type === TokenType.OPERATOR && last.text.length === 1;
    at = exact ? last.offset + last.text.length : last.offset;
  }
  const rest = text.slice(at - offset);
  const lead = rest.length - rest.trimStart().length;
  return { word: rest.trim().slice(0, 40), offset: at + lead, reason: 'unread' };
}

const wholeName = /^(?:"(?:[^"]|"")*"|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*)$/;

function isText(token: Token | undefined, text: string): boolean {
  return token?.type === TokenType.OPERATOR && token.text === text;
}

function asciiUpper(text: string): string {
  return text.replace(/[a-z]+/g, (letters) => letters.toUpperCase());
}
