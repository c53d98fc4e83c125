import { describe, expect, it } from 'vitest';
import { prepareCsv } from '$lib/upload/prepare';

/** A Blob whose stream gives `chunks` one by one, as a large file's does. */
function chunked(chunks: Uint8Array[]): Blob {
  const blob = new Blob(chunks as Uint8Array<ArrayBuffer>[]);
  const stream = () =>
    new ReadableStream<Uint8Array>({
      start(controller) {
        for (const chunk of chunks) controller.enqueue(chunk);
        controller.close();
      },
    });
  return Object.assign(blob, { stream });
}

describe('prepareCsv(file, options)', () => {
  it('returns a UTF-8 file with no padding as it is', async () => {
    const file = new Blob(['a,b\n1,2\n']);
    expect(await prepareCsv(file, { encoding: 'utf-8' })).toBe(file);
  });

  it('leaves out the padding at every line end, wherever the chunks of the file are cut', async () => {
    const text = 'a,b;;;;\r\n1,2;;;;\r\n3,4;;\r\n5,6;;;';
    const bytes = new TextEncoder().encode(text);
    for (let cut = 1; cut < bytes.length; cut++) {
      const file = chunked([bytes.slice(0, cut), bytes.slice(cut)]);
      const prepared = await prepareCsv(file, { encoding: 'utf-8', padding: ';' });
      expect(await prepared.text(), `cut at ${cut}`).toBe('a,b\r\n1,2\r\n3,4\r\n5,6');
    }
  });

  it('decodes Windows-1252 and leaves out the padding in one pass', async () => {
    const bytes = Uint8Array.from([...'Bü,1;;\r\n'].map((char) => char.charCodeAt(0)));
    const prepared = await prepareCsv(new Blob([bytes]), {
      encoding: 'windows-1252',
      padding: ';',
    });
    expect(await prepared.text()).toBe('Bü,1\r\n');
  });
});
