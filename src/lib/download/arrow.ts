import { DataType, tableToIPC, type Table, type Vector } from 'apache-arrow';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { vectorValue, type Value } from '$lib/db/rows';
import { cellText } from '$lib/db/values';
import { spreadsheetField } from './csv';

// Table.getChildAt builds a new vector over every chunk on each call, so each is kept.
const columnsOf = new WeakMap<Table, (Vector | null)[]>();

/** The value in `row` of `column`, read from the Arrow column without building row objects. */
export function cellValue(table: Table, row: number, column: number): Value {
  let columns = columnsOf.get(table);
  if (!columns) {
    columns = table.schema.fields.map((_, index) => table.getChildAt(index));
    columnsOf.set(table, columns);
  }
  const vector = columns[column];
  return vector ? vectorValue(vector, row) : null;
}

/**
 * A result given part by part: it calls `write` with each part in turn (the first sets the
 * columns) and resolves once the last was written. A whole table is one part.
 */
export type ArrowSource = (write: (part: Table) => Promise<void>) => Promise<void>;

/** The source of a result already in memory. */
export const wholeTable =
  (table: Table): ArrowSource =>
  (write) =>
    write(table);

const pause = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Whether a column holds numbers, which a spreadsheet should read as numbers. */
const isNumeric = (type: DataType) =>
  DataType.isInt(type) || DataType.isFloat(type) || DataType.isDecimal(type);

/**
 * RFC 4180 CSV of a result, for a spreadsheet: values as DuckDB holds them, except that a
 * column name or text cell a spreadsheet would run as a formula starts with `'` (see
 * `spreadsheetField`); numbers are never changed. Parquet is the exact export. Built a slice
 * of rows at a time with a pause between slices, so a million rows neither freeze the page nor
 * exist as objects all at once. Each slice becomes a Blob of its own, which the browser may
 * keep on disk, so a streamed result of any length is never held as strings. It starts with a
 * byte order mark, as the dashboard's "table as shown" does, so a spreadsheet program (Excel on
 * Windows) reads its Chinese or Arabic as UTF-8; CSV readers (DuckDB, R, pandas) skip it.
 */
export async function arrowToCsv(
  source: Table | ArrowSource,
  onProgress: (fraction: number) => void = () => {},
): Promise<Blob> {
  const read = typeof source === 'function' ? source : wholeTable(source);
  const parts: Blob[] = [];
  let header = false;
  await read(async (table) => {
    const fields = table.schema.fields;
    if (!header) {
      parts.push(
        new Blob([
          '\ufeff' + fields.map((field) => spreadsheetField(field.name)).join(',') + '\r\n',
        ]),
      );
      header = true;
    }
    const numeric = fields.map((field) => isNumeric(field.type));
    const slice = 20_000;
    for (let start = 0; start < table.numRows; start += slice) {
      const end = Math.min(table.numRows, start + slice);
      const lines: string[] = [];
      for (let row = start; row < end; row++) {
        const cells: string[] = [];
        for (let column = 0; column < fields.length; column++) {
          const text = cellText(cellValue(table, row, column), fields[column].type);
          cells.push(spreadsheetField(text, numeric[column]));
        }
        lines.push(cells.join(','));
      }
      parts.push(new Blob([lines.join('\r\n') + '\r\n']));
      onProgress(end / table.numRows);
      await pause();
    }
  });
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/**
 * Parquet of a result, written by parquet-wasm from the result's Arrow data (DuckDB's own
 * writer is an extension this offline build lacks). Parts go through parquet-wasm's stream
 * writer one at a time, and the file comes out in pieces, so only a row group is held at once.
 */
export async function arrowToParquet(source: Table | ArrowSource): Promise<Blob> {
  const parquet = await import('parquet-wasm/esm');
  await parquet.default({ module_or_path: parquetWasmUrl });
  const type = 'application/vnd.apache.parquet';
  if (typeof source !== 'function') {
    const wasmTable = parquet.Table.fromIPCStream(tableToIPC(source, 'stream'));
    const bytes = parquet.writeParquet(wasmTable);
    return new Blob([bytes as Uint8Array<ArrayBuffer>], { type });
  }
  const batches = new TransformStream<unknown, unknown>(undefined, { highWaterMark: 1 });
  const writer = batches.writable.getWriter();
  const output = parquet.transformParquetStream(batches.readable).then(async (stream) => {
    const pieces: Blob[] = [];
    const reader = (stream as ReadableStream<Uint8Array>).getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      pieces.push(new Blob([next.value as Uint8Array<ArrayBuffer>]));
    }
    return pieces;
  });
  try {
    await source(async (table) => {
      const wasmTable = parquet.Table.fromIPCStream(tableToIPC(table, 'stream'));
      for (const batch of wasmTable.recordBatches()) {
        await writer.ready;
        void writer.write(batch);
      }
      wasmTable.free();
    });
    await writer.close();
  } catch (error) {
    await writer.abort(error).catch(() => {});
    await output.catch(() => {});
    throw error;
  }
  return new Blob(await output, { type });
}
