/**
 * What a shared link may run: statements that only read, judged by DuckDB itself. The script is
 * split by DuckDB's tokenizer (statements.ts); each statement is prepared alone (DuckDB refuses
 * to prepare two, so the split cannot differ from the engine's) and its plan read
 * (plan.ts). Nothing of the script runs before every statement has passed.
 */
import { parsePlan, planProblem, type PlanEffect } from './plan';
import { TokenType, type Statement, type Token } from './statements';

/** What the page needs of DuckDB to judge a statement: the same engine the script will run on. */
export type PlanEngine = {
  /** Prepares `sql` (one statement) without running it; throws DuckDB's error if it cannot. */
  prepare(sql: string): Promise<void> | void;
  /** `EXPLAIN (FORMAT JSON) sql`, prepared alone and run: its `explain_value`. */
  explain(sql: string): Promise<string> | string;
  /** Lower-case names of the functions DuckDB marks as having side effects. */
  sideEffects(): Promise<ReadonlySet<string>> | ReadonlySet<string>;
};

export type LinkProblem = {
  /** What the statement would do; `unread`: DuckDB cannot read the script past this point. */
  effect: PlanEffect | 'unread';
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

/** What a statement DuckDB shows no plan for does, by its first word; any other is `unplannable`. */
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

/** The SQL whose plan is read for a statement: a leading EXPLAIN [ANALYZE] [(…)] is looked through. */
function planned(statement: Statement): { text: string; first: Token | undefined } {
  const { tokens, text, offset } = statement;
  let index = 0;
  if (isWord(tokens[index], 'EXPLAIN')) {
    index++;
    if (isWord(tokens[index], 'ANALYZE') || isWord(tokens[index], 'ANALYSE')) index++;
    if (tokens[index]?.type === TokenType.OPERATOR && tokens[index].text === '(') {
      let depth = 0;
      for (; index < tokens.length; index++) {
        const { type, text: token } = tokens[index];
        if (type !== TokenType.OPERATOR) continue;
        if (token === '(') depth++;
        if (token === ')' && --depth === 0) {
          index++;
          break;
        }
      }
    }
  }
  const first = tokens[index];
  return { text: text.slice((first?.offset ?? offset) - offset), first };
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
  const sideEffects = await engine.sideEffects();
  for (const statement of statements) {
    try {
      await engine.prepare(statement.text);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A PIVOT without an IN list is one statement to the reader and two to DuckDB: the first
      // creates a type in the catalogue.
      if (/multiple statements/i.test(message)) {
        return { effect: 'changesData', ...placeOf('pivot', statement) };
      }
      throw new PrepareError(message, statement);
    }
    const { text, first } = planned(statement);
    let plan: string;
    try {
      plan = await engine.explain(text);
    } catch {
      // Prepared but without a plan (DROP, ATTACH, DETACH, USE, LOAD; a write DuckDB refuses to bind
      // against a read-only table): said by its first word.
      return {
        effect: unplannedEffects[first?.text.toUpperCase() ?? ''] ?? 'unplannable',
        word: first?.text ?? statement.text,
        offset: first?.offset ?? statement.offset,
      };
    }
    const problem = planProblem(parsePlan(plan), sideEffects);
    if (problem)
      return { effect: problem.effect, ...placeOf(problem.name, statement, problem.effect) };
  }
  return undefined;
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
