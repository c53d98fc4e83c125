import { fileLines, joinSplitRows, parseRows, withJoinedRecords, type CsvOptions } from './dialect';
import { prepareCsv } from './prepare';
import { joinedProblem, LoadError, type Problem } from './problems';

/** A load of a prepared file by the engine at hand: it resolves, or throws a `LoadError`. */
export type LoadPrepared<T> = (data: Blob) => Promise<T>;

/** What a record split over lines makes DuckDB say: a short row, or its parser giving up. */
const mendable = new Set(['ragged', 'loadFailed']);
/**
 * The largest file read again as text to look for split records: the whole text is held in
 * the page at once (SIPRI's full register is 4 MB; a 100 MB text is about 200 MB of memory).
 */
const mendUpTo = 100 * 1024 * 1024;

/**
 * Reads an uploaded file into a table, the same way in the browser and in the tests: the
 * file is prepared (`prepareCsv`) and loaded by `load`. When the load fails, the file is
 * read once through for records a line break split (`joinSplitRows`): if they explain the
 * failure, the file is mended and loaded again, and the load's notes say which lines were
 * joined. Resolves to what `load` made and the bytes it read, which are the ones to keep.
 */
export async function readCsvFile<T extends { notes: Problem[] }>(
  file: Blob,
  options: CsvOptions,
  columns: number,
  load: LoadPrepared<T>,
  onProgress: (fraction: number) => void = () => {},
): Promise<{ data: Blob; loaded: T }> {
  const data = await prepareCsv(file, options, onProgress);
  try {
    return { data, loaded: await load(data) };
  } catch (error) {
    // Only a refusal a split record can cause, in a file small enough to read as text here.
    if (!(error instanceof LoadError) || !mendable.has(error.problem.code)) throw error;
    if (data.size > mendUpTo) throw error;
    const text = await data.text();
    const mended = mendSplitRecords(text, options, columns);
    if (!mended) throw error;
    const again = new Blob([mended.text], { type: 'text/csv' });
    const loaded = await load(again);
    loaded.notes.unshift(joinedProblem(mended.lines));
    return { data: again, loaded };
  }
}

/** `text` with its split records joined, and the lines where they start; undefined if none. */
export function mendSplitRecords(
  text: string,
  options: Pick<CsvOptions, 'delimiter' | 'header' | 'skip' | 'comment'>,
  columns: number,
): { text: string; lines: number[] } | undefined {
  const parsed = parseRows(text, options.delimiter, Number.MAX_SAFE_INTEGER, options.comment);
  const skipped = fileLines(options.skip, parsed.comments);
  const rows = parsed.rows.filter((row) => row.line > skipped).slice(options.header ? 1 : 0);
  const mended = joinSplitRows(rows, columns);
  if (!mended || mended.joined.length === 0) return undefined;
  return {
    text: withJoinedRecords(text, mended.joined, options.delimiter),
    lines: mended.joined.map((record) => record.line),
  };
}
