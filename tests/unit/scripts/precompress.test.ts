import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { precompress } from '../../../scripts/precompress.js';

let scratch = '';
afterEach(async () => {
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

describe('precompress(dir)', () => {
  it('compresses files with the same bytes at once without tripping over its own cache', async () => {
    // A built site holds identical files (a CSV both as a download and in a data folder, the
    // same short page twice): their cache entries share one name and are written at once.
    // Whether two writes overlap depends on timing, so a few sites of a few sizes are built.
    scratch = await mkdtemp(path.join(tmpdir(), 'precompress-'));
    for (const [round, lines] of [10, 1_000, 20_000, 10, 1_000, 20_000].entries()) {
      const site = path.join(scratch, `site-${round}`);
      const cache = path.join(scratch, `cache-${round}`);
      const text = 'iso3,name\n'.concat('CHN,China\n'.repeat(lines));
      const names = Array.from({ length: 6 }, (_, i) => `copy-${i}.csv`);
      await mkdir(site, { recursive: true });
      await Promise.all(names.map((name) => writeFile(path.join(site, name), text)));

      const totals = await precompress(site, { cache });

      expect(totals.files).toBe(names.length);
      for (const name of names) {
        const file = path.join(site, name);
        expect(brotliDecompressSync(await readFile(`${file}.br`)).toString(), name).toBe(text);
        expect(gunzipSync(await readFile(`${file}.gz`)).toString(), name).toBe(text);
      }
      // One entry per format, and no half-written leftovers.
      expect((await readdir(cache)).map((entry) => path.extname(entry)).sort()).toEqual([
        '.br',
        '.gz',
      ]);
    }
  });

  it('compresses a page, which every build rewrites, at a fast quality, and an asset at the best', async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'precompress-'));
    const site = path.join(scratch, 'site');
    const page = '<!doctype html><p>'.concat('<a href="../countries/cod/">RDC</a> '.repeat(400));
    const script = 'export const names = '.concat(JSON.stringify(Array(400).fill('Côte d’Ivoire')));
    await mkdir(path.join(site, 'countries', 'cod'), { recursive: true });
    await writeFile(path.join(site, 'countries', 'cod', 'index.html'), page);
    await writeFile(path.join(site, 'app.js'), script);

    await precompress(site, { cache: path.join(scratch, 'cache') });

    const at = (text: string, quality: number) =>
      brotliCompressSync(text, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } });
    const pageBr = await readFile(path.join(site, 'countries', 'cod', 'index.html.br'));
    expect(brotliDecompressSync(pageBr).toString()).toBe(page);
    expect(pageBr).toEqual(at(page, 5));
    expect(await readFile(path.join(site, 'app.js.br'))).toEqual(at(script, 11));
  });
});
