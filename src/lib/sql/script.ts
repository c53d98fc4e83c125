/**
 * SQL text as the workbench needs it: split into statements, checked for anything that
 * writes, and DuckDB's error excerpts turned back into a place in the editor. The scanner
 * knows DuckDB's quoting ('string', "identifier", $$dollar$$), comments (-- and /* *\/),
 * so a keyword inside a string or comment is never taken for one.
 */

type Token = { word: string; offset: number };

export type Statement = { text: string; offset: number; words: Token[] };

/** Splits a script at top-level semicolons; blank statements are dropped. */
export function splitStatements(script: string): Statement[] {
  const statements: Statement[] = [];
  let start = 0;
  let words: Token[] = [];
  const finish = (end: number) => {
    const text = script.slice(start, end);
    const lead = text.length - text.trimStart().length;
    if (text.trim() !== '' && words.length > 0) {
      statements.push({ text: text.trim(), offset: start + lead, words });
    }
    words = [];
  };
  let index = 0;
  while (index < script.length) {
    const char = script[index];
    const next = script[index + 1];
    if (char === '-' && next === '-') {
      index = lineEnd(script, index);
    } else if (char === '/' && next === '*') {
      const close = script.indexOf('*/', index + 2);
      index = close < 0 ? script.length : close + 2;
    } else if (char === "'" || char === '"') {
      index = quoteEnd(script, index, char);
    } else if (char === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(script.slice(index))?.[0];
      if (tag) {
        const close = script.indexOf(tag, index + tag.length);
        index = close < 0 ? script.length : close + tag.length;
      } else index++;
    } else if (char === ';') {
      finish(index);
      start = ++index;
    } else if (/[A-Za-z_]/.test(char)) {
      const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(script.slice(index, index + 64))![0];
      words.push({ word: word.toUpperCase(), offset: index });
      index += word.length;
    } else index++;
  }
  finish(script.length);
  return statements;
}

function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end < 0 ? text.length : end;
}

function quoteEnd(text: string, from: number, quote: string): number {
  let index = from + 1;
  while (index < text.length) {
    if (text[index] === quote) {
      if (text[index + 1] === quote)
        index += 2; // doubled quote inside
      else return index + 1;
    } else index++;
  }
  return text.length;
}

/** Statements that only read. Anything else (INSERT, DROP, COPY, ATTACH, SET, ...) may write. */
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
  'PIVOT',
  'UNPIVOT',
]);
/** Words that make even a reading statement write or reach outside the database. */
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
  'COMMIT',
  'ROLLBACK',
  'GRANT',
]);

/** The first word that makes a script more than a read, with its offset; undefined if it only reads. */
export function firstWrite(script: string): Token | undefined {
  for (const statement of splitStatements(script)) {
    const [first] = statement.words;
    if (!readingStarts.has(first.word)) return first;
    const writing = statement.words.find((token) => writingWords.has(token.word));
    if (writing) return writing;
  }
  return undefined;
}

/** 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * Where in `statement` DuckDB's error points, from the excerpt it appends
 * ("LINE 2: SELECT nope FROM t" and a caret under the place). DuckDB shortens long lines
 * with "..." on the left; the excerpt is then found in the line to place the caret.
 */
export function errorOffset(message: string, statement: string): number | undefined {
  const match = /LINE (\d+): (.*)\n( *)\^/.exec(message);
  if (!match) return undefined;
  const lineNumber = Number(match[1]);
  const prefix = `LINE ${match[1]}: `;
  const excerpt = match[2];
  const caret = match[3].length - prefix.length;
  const lines = statement.split('\n');
  const line = lines[lineNumber - 1];
  if (line === undefined || caret < 0) return undefined;
  let column = caret;
  if (excerpt.startsWith('...')) {
    const found = line.indexOf(excerpt.slice(3).replace(/\.\.\.$/, ''));
    if (found < 0) return undefined;
    column = found + caret - 3;
  }
  const lineStart = lines.slice(0, lineNumber - 1).reduce((sum, each) => sum + each.length + 1, 0);
  return lineStart + Math.min(column, line.length);
}
