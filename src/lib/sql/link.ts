/**
 * What a shared link may run: statements that only read, judged by DuckDB itself. The script is
 * split by DuckDB's tokenizer (statements.ts); each statement is prepared alone (DuckDB refuses
 * to prepare two, so the split cannot differ from the engine's) and its plan read
 * (plan.ts). Nothing of the script runs before every statement has passed.
 *
 * Preparing is not quite harmless: DuckDB binds a statement to prepare it, and binding runs a
 * table function's arguments (`range(nextval('s'))`) and opens what a DESCRIBE names. So before
 * anything is prepared, DuckDB's tokens are read for what binding could do: a statement must
 * start as a read, and call no function with a side effect and no file function.
 */
import {
  escapeRegExp,
  fileFunction,
  harmlessSideEffects,
  parsePlan,
  planProblem,
  readingTableFunctions,
  type PlanEffect,
} from './plan';
import { bidiControl, codePointName } from '$lib/i18n/hidden';
import linkFunctionsSql from './link_functions.sql?raw';
import linkMacrosSql from './link_macros.sql?raw';
import { TokenType, type Statement, type Token } from './statements';

/** What the page needs of DuckDB to judge a statement: the same engine the script will run on. */
export type PlanEngine = {
  /** Prepares `sql` (one statement) without running it; throws DuckDB's error if it cannot. */
  prepare(sql: string): Promise<void> | void;
  /** `EXPLAIN (FORMAT JSON) sql`, prepared alone and run: its `explain_value`. */
  explain(sql: string): Promise<string> | string;
  /** `link_functions.sql`: DuckDB's own functions (they do not change: an engine may keep them). */
  functions(): Promise<KnownFunction[]> | KnownFunction[];
  /** `link_macros.sql`: the user's macros, as they are now. */
  macros(): Promise<Macro[]> | Macro[];
};

export type KnownFunction = { name: string; side_effect: boolean };
export type Macro = { name: string; body: string };

export { linkFunctionsSql, linkMacrosSql };

export const knownFunction = (row: Record<string, unknown>): KnownFunction => ({
  name: String(row.name),
  side_effect: row.side_effect === true,
});

export const macro = (row: Record<string, unknown>): Macro => ({
  name: String(row.name),
  body: String(row.body),
});

export type LinkProblem = {
  /**
   * What the statement would do; `unread`: DuckDB cannot read the script past this point;
   * `invisibleSpace`: it holds a character DuckDB reads as a space inside what looks like a word;
   * `bidiControl`: it holds a character that changes the order in which text is shown.
   */
  effect: PlanEffect | 'unread' | 'invisibleSpace' | 'bidiControl';
  /** The word (or text) that does it, as written. */
  word: string;
  /** Where it is in the script. */
  offset: number;
};

/** DuckDB could not prepare a statement (a syntax error, an unknown table): it is not run. */
export class PrepareError extends Error {
  constructor(
    message: string,
    readonly statement: Statement,
  ) {
    super(message);
  }
}

const unplannedEffects: Record<string, LinkProblem['effect']> = {
  INSERT: 'changesData',
  UPDATE: 'changesData',
  DELETE: 'changesData',
  CREATE: 'changesData',
  MERGE: 'changesData',
  TRUNCATE: 'changesData',
  SET: 'changesSetting',
  RESET: 'changesSetting',
  PRAGMA: 'changesSetting',
  BEGIN: 'changesSetting',
  COMMIT: 'changesSetting',
  ROLLBACK: 'changesSetting',
  COPY: 'touchesFile',
  EXPORT: 'touchesFile',
  IMPORT: 'touchesFile',
  DROP: 'changesData',
  ALTER: 'changesData',
  COMMENT: 'changesData',
  VACUUM: 'changesData',
  CHECKPOINT: 'changesData',
  ATTACH: 'changesDatabases',
  DETACH: 'changesDatabases',
  USE: 'changesDatabases',
  LOAD: 'changesDatabases',
  INSTALL: 'changesDatabases',
};

/** First words of the statements a link may prepare; any other is refused by its first word. */
const readingStarts = new Set([
  'SELECT',
  'WITH',
  'VALUES',
  'FROM',
  'TABLE',
  'DESCRIBE',
  'SHOW',
  'SUMMARIZE',
  'PIVOT',
  'PIVOT_WIDER',
  'UNPIVOT',
  'PIVOT_LONGER',
  'CALL',
  'PRAGMA',
  '(',
]);

/**
 * The PRAGMAs that only read, and the statement each is judged as (DuckDB shows no plan of a
 * PRAGMA): `PRAGMA table_info('t')` is `CALL pragma_table_info('t')`.
 */
const readingPragmas: Record<string, string> = {
  show_tables: 'SHOW TABLES',
  show_tables_expanded: 'SHOW ALL TABLES',
  database_list: 'SELECT * FROM duckdb_databases()',
  show_databases: 'SHOW DATABASES',
  version: 'CALL pragma_version',
  platform: 'CALL pragma_platform',
  table_info: 'CALL pragma_table_info',
  storage_info: 'CALL pragma_storage_info',
  database_size: 'CALL pragma_database_size',
  show: 'CALL pragma_show',
  collations: 'CALL pragma_collations',
  user_agent: 'CALL pragma_user_agent',
};

/**
 * The SQL whose plan is read for a statement: a leading EXPLAIN [ANALYZE] [(options)] is looked
 * through, and a reading PRAGMA is judged as the query it stands for.
 */
function judgedText(statement: Statement): { text: string; first: Token | undefined } {
  const { tokens, text, offset } = statement;
  let index = 0;
  if (isWord(tokens[index], 'EXPLAIN')) {
    index++;
    if (isWord(tokens[index], 'ANALYZE') || isWord(tokens[index], 'ANALYSE')) index++;
    // `EXPLAIN (FORMAT JSON) q` has options; `EXPLAIN (SELECT 1)`, a query in parentheses.
    const inside = tokens[index + 1];
    const options =
      isOpen(tokens[index]) &&
      inside !== undefined &&
      !isOpen(inside) &&
      !readingStarts.has(inside.text.toUpperCase());
    if (options) {
      let depth = 0;
      for (; index < tokens.length; index++) {
        const token = tokens[index];
        if (isOpen(token)) depth++;
        if (isClose(token) && --depth === 0) {
          index++;
          break;
        }
      }
    }
  }
  const first = tokens[index];
  if (isWord(first, 'PRAGMA')) {
    const name = tokens[index + 1];
    const stands = name && readingPragmas[nameOf(name)];
    if (stands?.startsWith('CALL')) {
      const args = tokens[index + 2];
      return { text: `${stands}${args ? text.slice(args.offset - offset) : '()'}`, first };
    }
    if (stands) return { text: stands, first };
  }
  return { text: text.slice((first?.offset ?? offset) - offset), first };
}

/**
 * A character that changes the order in which text is shown (U+202E RIGHT-TO-LEFT OVERRIDE,
 * U+2066 LEFT-TO-RIGHT ISOLATE, U+200F RIGHT-TO-LEFT MARK …) anywhere in a link's script,
 * comments and strings too. The editor lays a line out in the order such a character asks for,
 * while DuckDB reads the characters in the order they are stored: `missions \u202E-- 'x'=y
 * EREHW` shows as `missions WHERE y='x' --` and runs without the WHERE ("Trojan Source",
 * CVE-2021-42574). Refused before anything of the script is read; typed SQL may hold one.
 */
export function bidiControlProblem(script: string): LinkProblem | undefined {
  const at = script.search(bidiControl);
  if (at < 0) return undefined;
  return { effect: 'bidiControl', word: codePointName(script[at]), offset: at };
}

/**
 * The first thing in `statements` that is more than a read, or undefined when every statement
 * only reads. Throws `PrepareError` for a statement DuckDB cannot prepare: it would fail anyway,
 * and it is shown with DuckDB's words and place, not run.
 */
export async function linkProblem(
  statements: Statement[],
  engine: PlanEngine,
): Promise<LinkProblem | undefined> {
  for (const statement of statements) {
    if (!statement.read) return unreadProblem(statement);
  }
  for (const statement of statements) {
    const problem = invisibleSpaceProblem(statement);
    if (problem) return problem;
  }
  const refused = await refusedFunctions(statements, engine);
  // Every statement's words before any is prepared: preparing one binds it.
  for (const statement of statements) {
    const problem = wordProblem(statement, refused);
    if (!problem) continue;
    // A first word that is no keyword is a syntax error: DuckDB says where, without binding.
    if (statement.tokens[0]?.type === TokenType.IDENTIFIER) {
      try {
        await engine.prepare(statement.text);
      } catch (error) {
        throw new PrepareError(error instanceof Error ? error.message : String(error), statement);
      }
    }
    return problem;
  }
  for (const statement of statements) {
    const problem = await planProblemOf(statement, engine, refused);
    if (problem) return problem;
  }
  return undefined;
}

async function planProblemOf(
  statement: Statement,
  engine: PlanEngine,
  refused: ReadonlySet<string>,
): Promise<LinkProblem | undefined> {
  // What a DESCRIBE, SHOW or SUMMARIZE looks at is judged as a query of it, before the whole is
  // prepared: DuckDB opens a file a DESCRIBE names, and plans only the description.
  let unplanned: Token | undefined;
  for (const { word, sql } of describedQueries(statement)) {
    const problem = await plannedProblem(sql, engine, refused).catch(() => {
      unplanned ??= word;
      return undefined;
    });
    if (problem) return { effect: problem.effect, word: word.text, offset: word.offset };
  }
  try {
    await engine.prepare(statement.text);
    // What it looks at has no plan of its own, though the whole prepares: not for a link.
    if (unplanned) return { effect: 'unplannable', word: unplanned.text, offset: unplanned.offset };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // A PIVOT without an IN list is one statement to the reader and two to DuckDB: the first
    // creates a type in the catalogue.
    if (/multiple statements/i.test(message)) {
      return { effect: 'changesData', ...placeOf('pivot', statement) };
    }
    throw new PrepareError(message, statement);
  }
  const { text, first } = judgedText(statement);
  let problem;
  try {
    problem = await plannedProblem(text, engine, refused);
  } catch {
    // Prepared but without a plan (a write DuckDB refuses to bind against a read-only table):
    // said by its first word.
    return {
      effect: unplannedEffects[first?.text.toUpperCase() ?? ''] ?? 'unplannable',
      word: first?.text ?? statement.text,
      offset: first?.offset ?? statement.offset,
    };
  }
  return problem && { effect: problem.effect, ...placeOf(problem.name, statement, problem.effect) };
}

async function plannedProblem(sql: string, engine: PlanEngine, refused: ReadonlySet<string>) {
  return planProblem(parsePlan(await engine.explain(sql)), refused);
}

/**
 * The functions a link may not call: those DuckDB marks as having side effects (but for a
 * random number, a uuid, an error), and the user's macros whose bodies call one of them (asked
 * only when the script calls a function DuckDB does not have itself).
 */
async function refusedFunctions(
  statements: Statement[],
  engine: PlanEngine,
): Promise<ReadonlySet<string>> {
  const known = await engine.functions();
  const refused = new Set(
    known.filter((f) => f.side_effect && !harmlessSideEffects.has(f.name)).map((f) => f.name),
  );
  const own = new Set(known.map((f) => f.name));
  const calls = statements.flatMap(({ tokens }) =>
    tokens.filter((token, index) => isName(token) && isOpen(tokens[index + 1])).map(nameOf),
  );
  if (calls.every((name) => own.has(name))) return refused;
  const macros = await engine.macros();
  for (let grew = true; grew;) {
    grew = false;
    for (const macro of macros) {
      if (refused.has(macro.name) || !callsAny(macro.body, refused)) continue;
      refused.add(macro.name);
      grew = true;
    }
  }
  return refused;
}

/** Whether SQL text calls one of `names` outside its string constants. */
function callsAny(sql: string, names: ReadonlySet<string>): boolean {
  if (names.size === 0) return false;
  const unquoted = sql.replace(/'(?:[^']|'')*'/g, "''");
  const call = new RegExp(`(?<![\\w$])"?(${[...names].map(escapeRegExp).join('|')})"?\\s*\\(`, 'i');
  return call.test(unquoted);
}

/**
 * What DuckDB's words say binding would do: a statement that does not start as a read, a PRAGMA
 * or CALL that is not a known read, a call of a function with a side effect or of a file function.
 */
function wordProblem(statement: Statement, refused: ReadonlySet<string>): LinkProblem | undefined {
  const { tokens } = statement;
  const { first } = judgedText(statement);
  const start = isOpen(first) ? '(' : (first?.text.toUpperCase() ?? '');
  if (!first || !readingStarts.has(start)) {
    return {
      effect: unplannedEffects[start] ?? 'unplannable',
      word: first?.text ?? statement.text.slice(0, 40),
      offset: first?.offset ?? statement.offset,
    };
  }
  const named = tokens[tokens.indexOf(first) + 1];
  // `PRAGMA show_tables = 1` is no PRAGMA call but a SET, whatever the name.
  const assigns = tokens[tokens.indexOf(first) + 2]?.text.trimStart().startsWith('=');
  if (start === 'PRAGMA' && (assigns || !(named && nameOf(named) in readingPragmas))) {
    return { effect: 'changesSetting', word: first.text, offset: first.offset };
  }
  if (start === 'CALL' && !(named && readingTableFunctions.has(nameOf(named)))) {
    return {
      effect: 'callsFunction',
      word: (named ?? first).text,
      offset: (named ?? first).offset,
    };
  }
  for (const [index, token] of tokens.entries()) {
    if (!isName(token) || !isOpen(tokens[index + 1])) continue;
    const name = nameOf(token);
    if (refused.has(name)) return { effect: 'sideEffect', word: token.text, offset: token.offset };
    if (fileFunction.test(name)) {
      return { effect: 'touchesFile', word: token.text, offset: token.offset };
    }
    // SQL or names held in a string are bound, and run, where no word of them can be read.
    if (stringRunners.has(name)) {
      return { effect: 'callsFunction', word: token.text, offset: token.offset };
    }
  }
  const file = fileInFrom(tokens);
  if (file) return { effect: 'touchesFile', word: file.text.trim(), offset: file.offset };
  return undefined;
}

/** Table functions that run SQL, or read tables or files, named in a string. */
const stringRunners = new Set(['query', 'query_table']);

/**
 * A string where a table is read (`FROM 'x.csv'`, `JOIN '…'`, `FROM t, 'x.csv'`): DuckDB opens
 * it as a file when it binds the statement, so it is refused before anything is prepared.
 */
function fileInFrom(tokens: Token[]): Token | undefined {
  // The clause each parenthesis depth is in: a comma continues a FROM list only in its FROM.
  const clauses: string[] = [''];
  for (const [index, token] of tokens.entries()) {
    if (isOpen(token)) clauses.push('');
    else if (isClose(token) && clauses.length > 1) clauses.pop();
    else if (token.type === TokenType.KEYWORD)
      clauses[clauses.length - 1] = token.text.toUpperCase();
    if (token.type !== TokenType.STRING_CONSTANT) continue;
    const before = tokens[index - 1];
    const clause = clauses[clauses.length - 1];
    const reads =
      isWord(before, 'FROM') ||
      isWord(before, 'JOIN') ||
      isWord(before, 'TABLE') ||
      (before?.type === TokenType.OPERATOR && before.text.startsWith(',') && clause === 'FROM');
    if (reads) return token;
  }
  return undefined;
}

/**
 * Characters DuckDB's parser reads as a space (it replaces them before parsing) while its
 * tokenizer keeps them inside a word: `nextval\u00A0(` would reach the judge as the name
 * `nextval\u00A0`. Outside strings and comments, a link may not hold one.
 */
const unicodeSpace = /[\u0085\u00A0\u1680\u180E\u2000-\u200B\u2028\u2029\u202F\u205F\u3000\uFEFF]/;

/** The statement's text with its strings, quoted names and comments blanked, offsets kept. */
function codeOnly(text: string): string {
  const literal =
    /(?<![\w$])[Ee]'(?:[^'\\]|''|\\.)*'?|'(?:[^']|'')*'?|"(?:[^"]|"")*"?|(?<![\w$])\$(\w*)\$[\s\S]*?(?:\$\1\$|$)|--[^\n\r]*|\/\*[\s\S]*?(?:\*\/|$)/g;
  return text.replace(literal, (found) => ' '.repeat(found.length));
}

function invisibleSpaceProblem({ text, offset }: Statement): LinkProblem | undefined {
  const at = codeOnly(text).search(unicodeSpace);
  if (at < 0) return undefined;
  const code = text.codePointAt(at)!;
  return {
    effect: 'invisibleSpace',
    word: `U+${code.toString(16).toUpperCase().padStart(4, '0')}`,
    offset: offset + at,
  };
}

/**
 * The queries a statement's DESCRIBE, SHOW and SUMMARIZE look at: `DESCRIBE t` looks at
 * `SELECT * FROM t`, `DESCRIBE SELECT …` at the query; `SHOW TABLES` and the like at the
 * catalogue only.
 */
function describedQueries(statement: Statement): { word: Token; sql: string }[] {
  const { tokens, text, offset } = statement;
  const found: { word: Token; sql: string }[] = [];
  for (const [index, token] of tokens.entries()) {
    const word = token.type === TokenType.KEYWORD ? token.text.toUpperCase() : '';
    if (word !== 'DESCRIBE' && word !== 'SHOW' && word !== 'SUMMARIZE') continue;
    // A statement's word where a statement starts; elsewhere a name (`SELECT show FROM t`).
    const before = tokens[index - 1];
    const starts =
      !before || isOpen(before) || isWord(before, 'EXPLAIN') || isWord(before, 'ANALYZE');
    if (!starts) continue;
    // What it looks at runs to the `)` closing the parenthesis it is in, or to the end.
    let end = tokens.length;
    for (let at = index + 1, depth = 0; at < tokens.length; at++) {
      if (isOpen(tokens[at])) depth++;
      if (isClose(tokens[at]) && --depth < 0) {
        end = at;
        break;
      }
    }
    const target = tokens.slice(index + 1, end);
    const words = target.map((t) => t.text.toUpperCase()).join(' ');
    if (target.length === 0 || (word === 'SHOW' && /^(ALL )?TABLES$|^DATABASES$/.test(words))) {
      continue;
    }
    const from = target[0].offset - offset;
    const sql = text.slice(from, end < tokens.length ? tokens[end].offset - offset : undefined);
    const first = isOpen(target[0]) ? '(' : target[0].text.toUpperCase();
    const query = readingStarts.has(first) && first !== 'CALL' && first !== 'PRAGMA';
    found.push({ word: token, sql: query ? sql.trim() : `SELECT * FROM ${sql.trim()}` });
  }
  return found;
}

/** A word token's name as DuckDB resolves it: unquoted, lower case. */
function nameOf(token: Token): string {
  const { text } = token;
  return (text.startsWith('"') ? text.slice(1, -1).replaceAll('""', '"') : text).toLowerCase();
}

function isName(token: Token): boolean {
  return token.type === TokenType.KEYWORD || token.type === TokenType.IDENTIFIER;
}

function isOpen(token: Token | undefined): boolean {
  return token?.type === TokenType.OPERATOR && token.text[0] === '(';
}

function isClose(token: Token | undefined): boolean {
  return token?.type === TokenType.OPERATOR && token.text[0] === ')';
}

/**
 * Where `name` (an operator or function DuckDB names) is written in the statement: the first
 * word token that reads as it, else the statement's first word (`INSERT` for the INSERT
 * operator, `COPY` for COPY_TO_FILE).
 */
function placeOf(
  name: string,
  statement: Statement,
  effect?: PlanEffect,
): { word: string; offset: number } {
  const wanted = name.toLowerCase().split('_')[0];
  const words = statement.tokens.filter(
    (token) => token.type === TokenType.KEYWORD || token.type === TokenType.IDENTIFIER,
  );
  const unquoted = (text: string) =>
    text.startsWith('"') ? text.slice(1, -1).replaceAll('""', '"') : text;
  const exact = words.find((token) => unquoted(token.text).toLowerCase() === name.toLowerCase());
  const near = words.find((token) => unquoted(token.text).toLowerCase() === wanted);
  // A file read through a name that is a string (`FROM 'x.csv'`) is at that string.
  const file =
    effect === 'touchesFile'
      ? statement.tokens.find((token) => token.type === TokenType.STRING_CONSTANT)
      : undefined;
  const found = exact ?? near ?? file;
  const isFunction =
    effect === 'callsFunction' || effect === 'sideEffect' || effect === 'touchesFile';
  const token = found ?? statement.tokens[0];
  return token
    ? {
        // An operator not written as a word (INSTALL plans as LOAD) is named by the statement's
        // first word; a function by its own name.
        word: found || !isFunction ? token.text.slice(0, 40) : name,
        offset: token.offset,
      }
    : { word: name, offset: statement.offset };
}

/** Where DuckDB stopped reading: just after the last token it read, if that token's end is known. */
function unreadProblem({ text, offset, tokens }: Statement): LinkProblem {
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
  return { word: rest.trim().slice(0, 40), offset: at + lead, effect: 'unread' };
}

const wholeName = /^(?:"(?:[^"]|"")*"|[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*)$/;

function isWord(token: Token | undefined, word: string): boolean {
  return token?.type === TokenType.KEYWORD && token.text.toUpperCase() === word;
}
