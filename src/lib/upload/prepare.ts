import type { CsvOptions } from './dialect';
import { stripPadding } from './dialect';

/**
 * The file as DuckDB's CSV reader here can read it: UTF-8 (its other encodings come from
 * extensions this offline build cannot fetch), without the padding a spreadsheet put after
 * every line (`CsvOptions.padding`). A UTF-8 file with no padding is returned as it is
 * (DuckDB skips a BOM); others are rewritten chunk by chunk, so the page stays responsive
 * and `onProgress` gets the fraction read.
 */
export async function prepareCsv(
  file: Blob,
  options: Pick<CsvOptions, 'encoding' | 'padding'>,
  onProgress: (fraction: number) => void = () => {},
): Promise<Blob> {
  const { encoding, padding } = options;
  if (encoding === 'utf-8' && !padding) return file;
  const decoder = new TextDecoder(encoding);
  const encoder = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  // With padding, each chunk is written up to its last line break: the rest of the line
  // waits for the next chunk, where its end (and its padding) is.
  let carried = '';
  const write = (text: string, last: boolean) => {
    if (!padding) return parts.push(encoder.encode(text));
    const joined = carried + text;
    const end = last
      ? joined.length
      : Math.max(joined.lastIndexOf('\n'), joined.lastIndexOf('\r')) + 1;
    carried = joined.slice(end);
    parts.push(encoder.encode(stripPadding(joined.slice(0, end), padding)));
  };
  const reader = file.stream().getReader();
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.length;
    write(decoder.decode(value, { stream: true }), false);
    onProgress(file.size === 0 ? 1 : read / file.size);
  }
  write(decoder.decode(), true);
  return new Blob(parts, { type: 'text/csv' });
}
