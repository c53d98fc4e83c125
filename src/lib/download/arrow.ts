import { tableToIPC, type Table, type Vector } from 'apache-arrow';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { vectorValue, type Value } from '$lib/db/rows';
import { cellText } from '$lib/db/values';
import { csvField } from './csv';

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
 * RFC 4180 CSV of a whole result, built a slice of rows at a time with a pause between
 * slices, so a million rows neither freeze the page nor exist as objects all at once.
 */
export async function arrowToCsv(
  table: Table,
  onProgress: (fraction: number) => void = () => {},
): Promise<Blob> {
  const fields = table.schema.fields;
  const parts: string[] = [fields.map((field) => csvField(field.name)).join(',') + '\r\n'];
  const slice = 20_000;
  for (let start = 0; start < table.numRows; start += slice) {
    const end = Math.min(table.numRows, start + slice);
    const lines: string[] = [];
    for (let row = start; row < end; row++) {
      const cells: string[] = [];
      for (let column = 0; column < fields.length; column++) {
        cells.push(csvField(cellText(cellValue(table, row, column), fields[column].type)));
      }
      lines.push(cells.join(','));
    }
    parts.push(lines.join('\r\n') + '\r\n');
    onProgress(end / table.numRows);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return new Blob(parts, { type: 'text/csv;charset=utf-8' });
}

/** Parquet of a result, written by parquet-wasm from the result's Arrow data (DuckDB's own writer is an extension this offline build lacks). */
export async function arrowToParquet(table: Table): Promise<Blob> {
  const parquet = await import('parquet-wasm/esm');
  await parquet.default({ module_or_path: parquetWasmUrl });
  const wasmTable = parquet.Table.fromIPCStream(tableToIPC(table, 'stream'));
  const bytes = parquet.writeParquet(wasmTable);
  return new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/vnd.apache.parquet' });
}
