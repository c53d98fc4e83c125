/**
 * A script as DuckDB reads it. DuckDB's own tokenizer (the scanner its parser runs on) says
 * where each token starts and what kind it is, and a statement ends at a `;` token. Nothing
 * here guesses at quoting or comments, so a script cannot mean one thing here and another to
 * the engine.
 */

/** Token kinds as DuckDB's tokenizer numbers them (duckdb-wasm's `TokenType`). */
export const TokenType = {
  IDENTIFIER: 0,
  NUMERIC_CONSTANT: 1,
  STRING_CONSTANT: 2,
  OPERATOR: 3,
  KEYWORD: 4,
  COMMENT: 5,
} as const;
export type TokenType = (typeof TokenType)[keyof typeof TokenType];

/** What DuckDB's tokenizer returns: where tokens start, as UTF-8 byte offsets, and their kinds. */
export type ScriptTokens = { offsets: number[]; types: number[] };

/** DuckDB's tokenizer: `db.tokenize` of duckdb-wasm (a promise in the browser, direct in node). */
export type Tokenize = (sql: string) => ScriptTokens | Promise<ScriptTokens>;

export type Token = {
  type: TokenType;
  /** Where the token starts in the script, as a string index. */
  offset: number;
  /**
   * The token's text: exact for words, quoted names and punctuation; for strings, numbers and
   * other operators it runs to the next token, so it may carry a comment after the token.
   */
  text: string;
};

export type Statement = {
  /** The statement without the `;` that ends it, trimmed. */
  text: string;
  /** Where `text` starts in the script. */
  offset: number;
  /** DuckDB's tokens of the statement, offsets in the script; comments are not tokens. */
  tokens: Token[];
  /**
   * False when DuckDB's tokenizer stopped inside this statement (an unclosed string or comment,
   * an escape DuckDB does not implement): the rest of the script is in it, unread.
   */
  read: boolean;
};

/**
 * Appended to the script before it is tokenized. DuckDB's tokenizer stops silently at text it
 * cannot read; a script read to its end has this `;` as its last token.
 */
const endMark = '\n;';

/**
 * Splits a script where DuckDB's tokenizer finds a `;`; statements with no tokens (blank or
 * only comments) are dropped. A statement's text, prepared on its own, reads as it did in the
 * script, because the scanner is outside any string or comment at a `;` token.
 */
export async function splitStatements(script: string, tokenize: Tokenize): Promise<Statement[]> {
  const input = script + endMark;
  const scanned = await tokenize(input);
  const starts = stringIndexes(input, scanned.offsets);
  const tokens = starts.map((offset, index): Token => ({
    type: scanned.types[index] as TokenType,
    offset,
    text: tokenText(input, offset, scanned.types[index], starts[index + 1] ?? input.length),
  }));
  const last = tokens.at(-1);
  const readToEnd = last?.text === ';' && last.offset === script.length + 1;
  if (readToEnd) tokens.pop();

  const statements: Statement[] = [];
  let start = 0;
  let current: Token[] = [];
  const finish = (end: number, read: boolean) => {
    const text = script.slice(start, end);
    const trimmed = text.trim();
    if (current.length > 0 || (!read && trimmed !== '')) {
      const offset = start + text.length - text.trimStart().length;
      statements.push({ text: trimmed, offset, tokens: current, read });
    }
    current = [];
  };
  for (const token of tokens) {
    if (token.type === TokenType.OPERATOR && token.text === ';') {
      finish(token.offset, true);
      start = token.offset + 1;
    } else current.push(token);
  }
  finish(script.length, readToEnd);
  return statements;
}

/** String indexes of UTF-8 byte offsets into `text` (DuckDB counts bytes, JavaScript UTF-16 units). */
export function stringIndexes(text: string, byteOffsets: number[]): number[] {
  const indexes: number[] = [];
  let byte = 0;
  let index = 0;
  for (const target of byteOffsets) {
    while (byte < target && index < text.length) {
      const point = text.codePointAt(index)!;
      byte += point < 0x80 ? 1 : point < 0x800 ? 2 : point < 0x10000 ? 3 : 4;
      index += point > 0xffff ? 2 : 1;
    }
    indexes.push(index);
  }
  return indexes;
}

// PostgreSQL's scanner, which DuckDB's is: any byte above 0x7F may be part of a name.
const bareWord = /^[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/;
const quotedName = /^"(?:[^"]|"")*"/;
const punctuation = new Set([';', '(', ')', ',', '[', ']', '{', '}']);

function tokenText(input: string, offset: number, type: number, next: number): string {
  const rest = input.slice(offset, next);
  if (type === TokenType.KEYWORD || type === TokenType.IDENTIFIER) {
    const word = quotedName.exec(rest) ?? bareWord.exec(rest);
    if (word) return word[0];
  }
  if (type === TokenType.OPERATOR && punctuation.has(rest[0])) return rest[0];
  return rest.trimEnd();
}
