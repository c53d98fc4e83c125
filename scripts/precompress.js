// Writes file.br and file.gz beside every file of a built site, for servers that send them in
// place of the file (scripts/serve.js does; see the README for other hosts). Kit's own
// `precompress` leaves out files it does not know (the DuckDB database file, CSV downloads),
// so the build runs this instead, on everything but formats that are compressed already.
//
// Brotli at its best quality takes minutes on DuckDB's 34 MB wasm, so files above
// `bestUpTo` get quality 9 (about 14 % larger, some fifty times faster). Results are kept
// in node_modules/.cache by content, so an unchanged file (the wasm, almost always) is
// compressed once per machine. The pages (index.html, __data.json) are the exception: every
// build rewrites all 1,300 of them (they name the assets by hash), so none is ever in the
// cache, and at quality 11 they took 80-90 s of each build's CPU. Quality 5 is some forty
// times faster and 10-15 % larger (a country page: 4.8 KB at 11, 5.6 KB at 5).
import { createHash } from 'node:crypto';
import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Formats whose bytes are compressed already: a second pass gains nothing. */
const COMPRESSED = new Set([
  '.br',
  '.gz',
  '.png',
  '.jpg',
  '.jpeg',
  '.webp',
  '.avif',
  '.woff2',
  '.zip',
]);
const bestUpTo = 4 * 1024 * 1024;

/** @param {string} dir @returns {Promise<string[]>} */
async function filesIn(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name))
    .filter((file) => !COMPRESSED.has(path.extname(file).toLowerCase()));
}

/** A page of the site rather than an asset: written anew, with new bytes, by every build. */
const PAGE = /(?:^|[/\\])(?:[^/\\]+\.html|__data\.json)$/;

/** Brotli's quality for a file: see the top of this file. */
export function brotliQuality(/** @type {string} */ file, /** @type {number} */ size) {
  if (PAGE.test(file)) return 5;
  return size <= bestUpTo ? 11 : 9;
}

/** @param {Buffer} bytes @param {'br' | 'gz'} format @param {number} quality */
function compress(bytes, format, quality) {
  if (format === 'gz') return gzip(bytes, { level: zlib.constants.Z_BEST_COMPRESSION });
  return brotli(bytes, {
    params: {
      [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  });
}

/**
 * Compresses every file under `dir` to `.br` and `.gz` beside it; a variant that would not be
 * smaller is not written (the server then sends the file itself). Resolves to the totals.
 * @param {string} dir
 * @param {{ cache?: string }} [options]
 */
export async function precompress(dir, { cache = 'node_modules/.cache/sdg-precompress' } = {}) {
  await mkdir(cache, { recursive: true });
  const totals = { files: 0, bytes: 0, br: 0 };
  let partials = 0;
  const files = await filesIn(dir);
  // A few at a time: zlib runs in libuv's thread pool, and a build machine may be small.
  const queue = [...files];
  const work = async () => {
    for (let file = queue.shift(); file; file = queue.shift()) {
      const bytes = await readFile(file);
      const quality = brotliQuality(file, bytes.length);
      const key = createHash('sha256').update(bytes).digest('hex');
      totals.files++;
      totals.bytes += bytes.length;
      for (const format of /** @type {const} */ (['br', 'gz'])) {
        const level = format === 'br' ? `-q${quality}` : '';
        const cached = path.join(cache, `${key}${level}.${format}`);
        let packed;
        try {
          packed = await readFile(cached);
        } catch {
          packed = await compress(bytes, format, quality);
          // Files with the same bytes (a CSV kept twice) are compressed at once by two workers:
          // each writes its own partial file, and the last rename wins with the same bytes.
          const partial = `${cached}.${process.pid}.${++partials}.partial`;
          await writeFile(partial, packed);
          await rename(partial, cached);
        }
        if (format === 'br') totals.br += Math.min(packed.length, bytes.length);
        if (packed.length < bytes.length) await writeFile(`${file}.${format}`, packed);
      }
    }
  };
  await Promise.all([work(), work(), work()]);
  return totals;
}
