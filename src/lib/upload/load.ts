import type { CsvOptions, Problem } from './inspect';
import {
  columnTypesSql,
  conversionFromError,
  dropTableSql,
  firstMisfitSql,
  paddedMisfitsSql,
  retypePaddedSql,
  rowCountSql,
  textTableSql,
  typedTableSql,
} from './sql';
import { sqlType, sqlTypeOf, type ColumnType, type SqlType } from './types';

type Row = Record<string, unknown>;

/** What a load made: the table's rows and column types, and what the user should know. */
export type LoadedCsv = { rows: number; types: SqlType[]; notes: Problem[] };

/** How many columns that turned to text past the preview get a read of their own to find the line. */
const misfitsNamed = 3;

/**
 * The statements of a load, one at a time: each `yield` is a statement to run, answered with
 * its rows (or thrown into with its error). The browser runs them on its DuckDB worker, the
 * tests on the node build, so both load files the same way.
 *
 * The table comes from one typed read (`typedTableSql`). A file DuckDB's sniffer cannot type
 * is read again as text, strictly, so its error names the line. A column the preview typed
 * as numbers or dates that loaded as text is read once more as that type, to name the line
 * of the first value that is not: the user hears why.
 */
export function* loadCsvSteps(
  table: string,
  file: string,
  options: Pick<CsvOptions, 'delimiter' | 'header' | 'skip' | 'comment'>,
  names: string[],
  preview: ColumnType[],
): Generator<string, LoadedCsv, Row[]> {
  let typed = true;
  try {
    yield typedTableSql(table, file, options, names);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!/Error when sniffing file|Error when converting column/.test(message)) throw error;
    typed = false;
  }
  if (typed && (yield columnTypesSql(table)).length !== names.length) {
    yield dropTableSql(table);
    typed = false;
  }
  if (!typed) yield textTableSql(table, file, options, names);
  const types = (yield columnTypesSql(table)).map((column) => sqlType(String(column.type)));
  const notes: Problem[] = [];
  for (const [index, type] of types.entries()) {
    const expected = sqlTypeOf(preview[index] ?? 'empty');
    if (type !== 'VARCHAR' || expected === 'VARCHAR') continue;
    // Values with spaces or tabs around them ("0.72<tab>") are the numbers they look like.
    const [{ misfits }] = yield paddedMisfitsSql(table, names[index], expected);
    if (Number(misfits) === 0) {
      yield retypePaddedSql(table, names[index], expected);
      types[index] = expected;
      notes.push({
        code: 'paddedValues',
        level: 'warning',
        column: index + 1,
        values: { name: names[index] },
      });
      continue;
    }
    const note: Problem = {
      code: 'lateText',
      level: 'warning',
      column: index + 1,
      values: { name: names[index] },
    };
    notes.push(note);
    if (notes.length > misfitsNamed) continue;
    try {
      yield firstMisfitSql(file, options, names, index, expected);
      // Every value reads as that type: one is a code with a leading zero.
      note.code = 'lateCode';
    } catch (error) {
      const found = conversionFromError(error instanceof Error ? error.message : String(error));
      if (found) {
        note.line = found.line;
        note.values = { name: names[index], value: found.value };
      }
    }
  }
  const [count] = yield rowCountSql(table);
  return { rows: Number(count?.rows ?? 0), types, notes };
}

/** Runs `steps` with a synchronous `run` (node's DuckDB in tests). */
export function runSteps<T>(steps: Generator<string, T, Row[]>, run: (sql: string) => Row[]): T {
  let next = steps.next();
  while (!next.done) {
    let rows: Row[];
    try {
      rows = run(next.value);
    } catch (error) {
      next = steps.throw(error);
      continue;
    }
    next = steps.next(rows);
  }
  return next.value;
}

/** Runs `steps` with an asynchronous `run` (the browser's DuckDB worker). */
export async function runStepsAsync<T>(
  steps: Generator<string, T, Row[]>,
  run: (sql: string) => Promise<Row[]>,
): Promise<T> {
  let next = steps.next();
  while (!next.done) {
    let rows: Row[];
    try {
      rows = await run(next.value);
    } catch (error) {
      next = steps.throw(error);
      continue;
    }
    next = steps.next(rows);
  }
  return next.value;
}
