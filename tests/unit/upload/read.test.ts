import { describe, expect, it } from 'vitest';
import type { CsvOptions } from '$lib/upload/dialect';
import { LoadError, type Problem } from '$lib/upload/problems';
import { readCsvFile } from '$lib/upload/read';

const options: CsvOptions = { encoding: 'utf-8', delimiter: ',', header: true, skip: 0 };
const split = 'a,b,c\n1,ends in a break\n,3\n4,5,6\n';

/** A load that refuses every text with a short row, as DuckDB's strict reader does. */
function strictLoad(refusal: Problem['code'] = 'ragged') {
  const seen: string[] = [];
  const load = async (data: Blob) => {
    const text = await data.text();
    seen.push(text);
    if (text.includes('\n,3\n')) throw new LoadError({ code: refusal, level: 'error', line: 3 });
    return { notes: [] as Problem[] };
  };
  return { load, seen };
}

describe('readCsvFile(file, options, columns, load)', () => {
  it('loads a file with a record split by a line break again, joined, and says which line', async () => {
    const { load, seen } = strictLoad();
    const { data, loaded } = await readCsvFile(new Blob([split]), options, 3, load);
    expect(seen).toHaveLength(2);
    expect(await data.text()).toBe('a,b,c\n1,"ends in a break\n",3\n4,5,6\n');
    expect(loaded.notes).toEqual([
      { code: 'joinedRecords', level: 'warning', values: { count: 1, lines: '2' } },
    ]);
  });

  it('passes on a refusal a split record cannot cause, without reading the file again', async () => {
    const { load, seen } = strictLoad('unclosedQuote');
    await expect(readCsvFile(new Blob([split]), options, 3, load)).rejects.toMatchObject({
      problem: { code: 'unclosedQuote', line: 3 },
    });
    expect(seen).toHaveLength(1);
  });

  it('passes on the refusal when no split record explains it', async () => {
    const { load, seen } = strictLoad();
    const ragged = 'a,b,c\n1,2,3\n,3\n';
    await expect(readCsvFile(new Blob([ragged]), options, 3, load)).rejects.toBeInstanceOf(
      LoadError,
    );
    expect(seen).toHaveLength(1);
  });
});
