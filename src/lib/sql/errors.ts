/**
 * DuckDB's errors in words and back to a place in the editor. DuckDB reports the place two
 * ways: duckdb-wasm's pending queries send parser errors as JSON with a `position` (counted in
 * characters), and every error with a place carries an excerpt, "LINE 2: SELECT nope FROM t" and
 * a caret under the place (counted in columns of a terminal, where 中 or 😀 takes two).
 */

/** 1-based line and column of `offset` in `text`. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

export type DescribedError = {
  /** The error in plain words, e.g. `Parser Error: syntax error at or near "FORM"`. */
  message: string;
  /** Where in the statement the error is, if DuckDB says. */
  offset?: number;
};

type JsonError = { exception_type?: string; exception_message?: string; position?: string };

/** DuckDB's error `message` for `statement` in words, with the place it points at. */
export function describeError(message: string, statement: string): DescribedError {
  const json = jsonError(message);
  if (json) {
    const text = json.exception_message ?? message;
    const words = withoutExcerpt(text);
    const type = json.exception_type ? `${json.exception_type} Error: ` : '';
    const position = Number(json.position);
    const offset =
      json.position !== undefined && Number.isInteger(position) && position >= 0
        ? characterIndex(statement, position)
        : errorOffset(text, statement);
    return { message: type + (words || text.trim()), offset };
  }
  const offset = errorOffset(message, statement);
  // Without a place the excerpt is the only pointer the user has, so it stays.
  return { message: offset === undefined ? message.trim() : withoutExcerpt(message), offset };
}

function jsonError(message: string): JsonError | undefined {
  if (!message.trimStart().startsWith('{')) return undefined;
  try {
    const parsed: unknown = JSON.parse(message);
    return parsed && typeof parsed === 'object' && 'exception_type' in parsed
      ? (parsed as JsonError)
      : undefined;
  } catch {
    return undefined;
  }
}

const excerpt = /\n*LINE \d+: .*\n *\^/g;

function withoutExcerpt(message: string): string {
  return message.replace(excerpt, '').trim();
}

/** The string index of the `count`th character (code point) of `text`, at most its length. */
function characterIndex(text: string, count: number): number {
  let index = 0;
  for (let seen = 0; seen < count && index < text.length; seen++) {
    index += text.codePointAt(index)! > 0xffff ? 2 : 1;
  }
  return index;
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
  const shown = match[2];
  const caret = match[3].length - prefix.length;
  const lines = statement.split('\n');
  const line = lines[lineNumber - 1];
  if (line === undefined || caret < 0) return undefined;
  let column = indexAtWidth(shown, caret);
  if (shown.startsWith('...')) {
    const found = line.indexOf(shown.slice(3).replace(/\.\.\.$/, ''));
    if (found < 0) return undefined;
    column = found + indexAtWidth(shown.slice(3), caret - 3);
  }
  const lineStart = lines.slice(0, lineNumber - 1).reduce((sum, each) => sum + each.length + 1, 0);
  return lineStart + Math.min(column, line.length);
}

/** The string index in `text` that is `width` terminal columns from its start. */
function indexAtWidth(text: string, width: number): number {
  let index = 0;
  let columns = 0;
  for (const { segment } of graphemes(text)) {
    if (columns >= width) break;
    columns += renderWidth(segment.codePointAt(0)!);
    index += segment.length;
  }
  return columns >= width ? index : index + (width - columns);
}

function graphemes(text: string): Iterable<{ segment: string }> {
  return new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text);
}

// East Asian wide and fullwidth characters, and emoji, take two columns (as utf8proc counts them,
// which DuckDB uses); combining marks come with the character before them.
const wide =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\ua960-\ua97f\uac00-\ud7a3\uf900-\ufaff\ufe10-\ufe19\ufe30-\ufe6f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1f64f}\u{1f900}-\u{1f9ff}\u{20000}-\u{3fffd}]|\p{Emoji_Presentation}/u;

function renderWidth(point: number): number {
  return wide.test(String.fromCodePoint(point)) ? 2 : 1;
}
