import type { Encoding } from './encoding';

/**
 * The file as UTF-8, which is what DuckDB's CSV reader reads here: its other encodings come
 * from extensions this offline build cannot fetch. A UTF-8 file is returned as it is (DuckDB
 * skips a BOM); others are decoded chunk by chunk, so the page stays responsive and
 * `onProgress` gets the fraction read.
 */
export async function toUtf8(
  file: Blob,
  encoding: Encoding,
  onProgress: (fraction: number) => void = () => {},
): Promise<Blob> {
  if (encoding === 'utf-8') return file;
  const decoder = new TextDecoder(encoding);
  const encoder = new TextEncoder();
  const parts: Uint8Array<ArrayBuffer>[] = [];
  const reader = file.stream().getReader();
  let read = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    read += value.length;
    parts.push(encoder.encode(decoder.decode(value, { stream: true })));
    onProgress(file.size === 0 ? 1 : read / file.size);
  }
  parts.push(encoder.encode(decoder.decode()));
  return new Blob(parts, { type: 'text/csv' });
}
