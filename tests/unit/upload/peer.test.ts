import path from 'node:path';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';
import { inspect, sampleBytes } from '$lib/upload/inspect';
import { LoadError } from '$lib/upload/problems';
import { problemText } from '$lib/upload/problem-text';
import { loadUpload } from './load';

// Files from DuckDB's own CSV test corpus (tests/fixtures/peer-csv/README), each read through
// the upload path as the page reads it, and by DuckDB's read_csv with its defaults: the
// reading a user would expect.
const folder = path.join(import.meta.dirname, '../../fixtures/peer-csv');
const files = readFileSync(path.join(folder, 'MANIFEST.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => line.split('\t')[0]);

let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(mkdtempSync(path.join(tmpdir(), 'peer-')));
});

/** Every cell as text, rows sorted: the table as a reader sees it, whatever its types. */
function cells(table: string): string[][] {
  const rows = db.queryArrow(`SELECT * FROM ${table}`);
  return rows
    .toArray()
    .map((row) =>
      Object.values(row.toJSON()).map((value) => (value === null ? '∅' : String(value))),
    )
    .map((row) => row);
}

let id = 0;
/** How the page reads `name`: the refusal it shows, or the table it makes. */
async function throughPage(name: string, bytes: Uint8Array) {
  const preview = inspect(bytes.slice(0, sampleBytes), bytes.length);
  const error = preview.problems.find((each) => each.level === 'error');
  if (error) return { refused: error };
  const table = `page_${++id}`;
  try {
    await loadUpload(db, bytes, table);
  } catch (caught) {
    if (!(caught instanceof LoadError)) throw caught;
    return { refused: caught.problem };
  }
  const comments = preview.problems.filter((each) => each.code.startsWith('comment'));
  return {
    table,
    options: preview.options,
    notes: comments.map((each) => problemText(name, each)),
  };
}

function byDuckdb(name: string, bytes: Uint8Array) {
  const file = `duckdb-${++id}.csv`;
  const table = `duckdb_${id}`;
  db.registerFile(file, bytes);
  try {
    db.query(`CREATE TABLE ${table} AS SELECT * FROM read_csv('${file}')`);
  } catch (caught) {
    return { refused: (caught as Error).message.split('\n')[0] };
  }
  return { table };
}

/**
 * How each file reads today, next to DuckDB's own reading. "same": the rows, columns and every
 * value as DuckDB reads them. "refused <problem> line <n>": the page names the problem and
 * the line. "same shape, N cells differ": columns DuckDB types as times or timestamps, which
 * the page keeps as text as written. "; note: …": what the preview says it did, here the
 * lines it skipped as comments, as DuckDB does.
 */
const expected: Record<string, string> = {
  'afl__20250211_csv_fuzz_crash__case_65.csv': 'refused strayQuote line 10 (DuckDB refuses too)',
  'afl__20250211_csv_fuzz_crash__case_126.csv': 'refused strayQuote line 27',
  'afl__24.csv': 'refused noRows',
  'afl__3977__case_2.csv': 'same',
  'afl__3977__case_5.csv': 'refused strayQuote line 2',
  'afl__5194__crashes__case_0.csv': 'refused ragged line 20',
  'afl__no_parameter__21.csv': 'refused unclosedQuote line 1',
  'afl__no_parameter__13.csv': 'same',
  'afl__null_padding__4.csv': 'refused unclosedQuote line 5',
  'afl__null_padding__13.csv': 'refused unclosedQuote line 2',
  'afl__null_padding__10.csv': 'refused unclosedQuote line 3',
  'afl__ignore_errors__32.csv': 'refused unclosedQuote line 21',
  'real__greek_utf8.csv': 'same',
  'real__ncvoter.csv': 'same shape, 10 cells differ',
  'real__web_page.csv': 'same',
  'real__lineitem_sample.csv': 'same',
  'real__nfc_normalization_rn.csv': 'same',
  'all_quotes.csv': 'refused ragged line 7',
  'unescaped_quotes__unescaped_quote.csv': 'refused strayQuote line 1',
  'bad_escape.csv': 'refused strayQuote line 3',
  'rejects__unquoted__unquoted_new_line.csv': 'refused strayQuote line 5',
  'csv_quoted_newline_odd.csv': 'refused ragged line 11',
  'test__new_line_string_rn.csv': 'same',
  'auto__tab.csv': 'same',
  'multidelimiter__aa_delim.csv': 'same',
  'pollock__file_field_delimiter_0x20.csv': 'refused ragged line 5',
  'auto__duplicate_header_columns.csv': 'same',
  'headers__empty_1.csv': 'same',
  'header_only.csv': 'refused noRows',
  'auto__multiple_skip_row.csv': 'same',
  'null__multiple_nulls.csv': 'same',
  'nullpadding.csv': 'same',
  'auto__time_date_timestamp_mm-dd-yyyy.csv': 'same shape, 9 cells differ',
  'bad_date.csv': 'same',
  'soccer_kaggle.csv': 'same shape, 14 cells differ',
  'manycolumns.csv': 'same',
  'auto__utf8bom.csv': 'same',
  'sample-0.csv': 'same shape, 3 cells differ',
  'comments__simple.csv':
    // The file's name is isolated in the sentence (issue 22): FSI … PDI.
    'same; note: \u2068comments__simple.csv\u2069: lines 1, 2, 4 and 7 start with “#” and were skipped as comments.',
  'titanic.csv': 'same',
};

describe("files of DuckDB's CSV test corpus, through the upload path", () => {
  it('each loads as DuckDB reads it, or is refused naming the problem, or reads otherwise as the page says', async () => {
    const outcomes: Record<string, string> = {};
    for (const name of files) {
      const bytes = new Uint8Array(readFileSync(path.join(folder, 'files', name)));
      const page = await throughPage(name, bytes);
      const duckdb = byDuckdb(name, bytes);
      if ('refused' in page && page.refused) {
        const where = page.refused.line ? ` line ${page.refused.line}` : '';
        outcomes[name] =
          `refused ${page.refused.code}${where}${'refused' in duckdb && duckdb.refused ? ' (DuckDB refuses too)' : ''}`;
        continue;
      }
      if ('refused' in duckdb && duckdb.refused) {
        outcomes[name] = `loaded, DuckDB refuses`;
        continue;
      }
      const mine = cells(page.table!);
      const theirs = cells(duckdb.table!);
      const shape = (rows: string[][]) => `${rows.length}x${rows[0]?.length ?? 0}`;
      if (shape(mine) !== shape(theirs)) {
        outcomes[name] = `shape ${shape(mine)}, DuckDB ${shape(theirs)}`;
        continue;
      }
      const differ = mine.flatMap((row, r) =>
        row.filter((cell, c) => cell !== theirs[r][c]).map(() => r),
      );
      outcomes[name] =
        (differ.length === 0 ? 'same' : `same shape, ${differ.length} cells differ`) +
        (page.notes?.length ? `; note: ${page.notes.join(' ')}` : '');
    }
    expect(outcomes).toEqual(expected);
    // A refusal always says where, or is about the whole file.
    for (const outcome of Object.values(outcomes)) {
      if (outcome.startsWith('refused')) expect(outcome).toMatch(/ line \d+|noRows/);
    }
  }, 120_000);
});
