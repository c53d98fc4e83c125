import { formatBytes, formatList } from '$lib/i18n/format';
import { t } from '$lib/i18n/messages';

/** What is wrong with a file, where (1-based line and column in the file) and how badly. */
export type Problem = {
  code: ProblemCode;
  /** An error stops the load; a warning says what the load will do about it. */
  level: 'error' | 'warning';
  line?: number;
  column?: number;
  values?: Record<string, string | number>;
};

export type ProblemCode =
  | 'empty'
  | 'blank'
  | 'binary'
  | 'xlsx'
  | 'xls'
  | 'gzip'
  | 'pdf'
  | 'html'
  | 'json'
  | 'noRows'
  | 'ragged'
  | 'unclosedQuote'
  | 'strayQuote'
  | 'duplicateHeader'
  | 'blankHeader'
  | 'badBytes'
  | 'oneColumn'
  | 'comment'
  | 'comments'
  | 'loadFailed'
  | 'lateText'
  | 'lateCode'
  | 'nameTaken'
  | 'nameInvalid'
  | 'nameReserved'
  | 'nameKeptElsewhere'
  | 'nameTakenElsewhere'
  | 'tooLarge'
  | 'tooLargeForBrowser'
  | 'tooLargeToKeep'
  | 'padding'
  | 'joinedRecords'
  | 'paddedValues';

/** A load that failed, with the problem at its place in the file. */
export class LoadError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.code);
  }
}

/** How many comment lines a note names; the others are counted. */
const commentsNamed = 10;

/** Lines of the file as a list, the first few named and the others counted. */
function lineList(lines: number[]): string {
  const named = lines.length > commentsNamed ? lines.slice(0, commentsNamed - 1) : lines;
  const items = named.map(String);
  if (named.length < lines.length)
    items.push(t('upload.moreLines', { count: lines.length - named.length }));
  return formatList(items);
}

/** The note that lines starting with "#" were skipped as comments, naming them. */
export function commentsProblem(lines: number[]): Problem | undefined {
  if (lines.length === 0) return undefined;
  if (lines.length === 1) return { code: 'comment', level: 'warning', line: lines[0] };
  return { code: 'comments', level: 'warning', values: { lines: lineList(lines) } };
}

/** The note that records split over lines (at `lines`, as the file numbers them) were joined. */
export function joinedProblem(lines: number[]): Problem {
  return {
    code: 'joinedRecords',
    level: 'warning',
    values: { count: lines.length, lines: lineList(lines) },
  };
}

/** What this browser can hold, as far as it says (see `browserCapacity`). */
export type Capacity = {
  /** `navigator.deviceMemory`: the device's memory in GiB, rounded down (Chromium only). */
  deviceMemory?: number;
  /** Bytes this site may still store (`navigator.storage.estimate()`: quota less usage). */
  storageFree?: number;
};

/**
 * Memory a load takes at its peak, per byte of file. DuckDB holds the all-text staging table
 * and the typed table at once, and a text value takes at least 16 bytes however short: a
 * 45 MB file of numbers and labels peaked at 3.3 times its size, a file of 1,000 columns of
 * short values at 5.1 (measured with duckdb_memory() in duckdb-wasm 1.32).
 */
export const loadExpansion = 5;
/** The least any load takes per byte of file: every value as text, and again as typed. */
const leastExpansion = 2;
/**
 * wasm32 addresses 4 GiB, of which DuckDB lets itself use 80% (its memory_limit is 3.1 GiB
 * in duckdb-wasm): the most a table can take in any browser, whatever the device has.
 */
export const duckdbWasmMemory = 0.8 * 4 * 2 ** 30;

/**
 * Whether a file of `size` bytes fits in this browser, before it is loaded: an error when
 * even the least a load takes is more than DuckDB can use in wasm, a warning when the usual
 * peak is more than the device can spare (half its memory) or DuckDB can use, and a warning
 * when the file cannot be kept in the storage left. `performance.memory.jsHeapSizeLimit` is
 * not used: it limits the JavaScript heap, and DuckDB's memory and the file's bytes live
 * outside it.
 */
export function sizeProblems(size: number, capacity: Capacity): Problem[] {
  const problems: Problem[] = [];
  const device = capacity.deviceMemory ? (capacity.deviceMemory * 2 ** 30) / 2 : Infinity;
  const limit = Math.min(duckdbWasmMemory, device);
  const values = (needed: number, most: number) => ({
    size: formatBytes(size),
    needed: formatBytes(needed),
    limit: formatBytes(most),
  });
  if (size * leastExpansion > duckdbWasmMemory) {
    problems.push({
      code: 'tooLargeForBrowser',
      level: 'error',
      values: values(size * leastExpansion, duckdbWasmMemory),
    });
  } else if (size * loadExpansion > limit) {
    problems.push({
      code: 'tooLarge',
      level: 'warning',
      values: values(size * loadExpansion, limit),
    });
  }
  if (capacity.storageFree !== undefined && size > capacity.storageFree) {
    problems.push({
      code: 'tooLargeToKeep',
      level: 'warning',
      values: { size: formatBytes(size), free: formatBytes(capacity.storageFree) },
    });
  }
  return problems;
}
