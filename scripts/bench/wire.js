// Sizes of the first load's transfers where the browser does not report them: a worker's own
// script has no body size in Chromium's report, and a body it did not hand back (the wasm,
// compiled as it streamed) has no decoded size. Both are read from the built files instead.
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';

/** @typedef {import('./measures.js').Transfer} Transfer */

const SUFFIX = /** @type {Record<string, string>} */ ({ br: '.br', gzip: '.gz', zstd: '.zst' });

/** The size of the file `url` names in the built site `site` (with `suffix`), or NaN. */
function sizeOnDisk(/** @type {string} */ site, /** @type {string} */ url, suffix = '') {
  let file = path.join(site, decodeURIComponent(new URL(url).pathname));
  if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html');
  file += suffix;
  return existsSync(file) && statSync(file).isFile() ? statSync(file).size : NaN;
}

/** Bytes on the wire, headers included; an unreported body is its precompressed file's size. */
export function wireBytes(/** @type {string} */ site, /** @type {Transfer} */ each) {
  if (Number.isFinite(each.wireBytes)) return each.wireBytes;
  const suffix = SUFFIX[each.encoding];
  return suffix === undefined ? NaN : sizeOnDisk(site, each.url, suffix) + each.headersBytes;
}

/** The decoded body's size; one the browser did not hand back is its file's size. */
export function decodedBytes(/** @type {string} */ site, /** @type {Transfer} */ each) {
  return Number.isFinite(each.decodedBytes) ? each.decodedBytes : sizeOnDisk(site, each.url);
}
