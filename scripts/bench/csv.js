// The file every upload measure reads: a million rows, about 45 MB, written once per run of the
// bench into a temporary folder. `code` has leading zeros (it must stay text), `year` is an
// integer, `value` a decimal, `label` text.
import { createWriteStream, mkdtempSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Writes `bench_upload.csv` with `rows` rows into a new temporary folder.
 * @returns {Promise<{ file: string, dir: string, rows: number, bytes: number }>}
 */
export async function writeBenchCsv(rows = 1_000_000) {
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-'));
  const file = path.join(dir, 'bench_upload.csv');
  const out = createWriteStream(file);
  out.write('id,code,year,value,label\n');
  for (let start = 0; start < rows; start += 10_000) {
    let lines = '';
    for (let id = start; id < Math.min(rows, start + 10_000); id++) {
      const code = String((id % 900) + 4).padStart(3, '0');
      lines += `${id},${code},${2000 + (id % 25)},${(id * 0.37).toFixed(2)},label ${id} sample\n`;
    }
    if (!out.write(lines)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
  return { file, dir, rows, bytes: out.bytesWritten };
}
