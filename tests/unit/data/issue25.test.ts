import path from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedText } from '$lib/datapackage/quotes';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';

// Issue 25: the last known errors, and the seed facts that had no row. Each expectation quotes
// the source it comes from (a stored public page or a seed), never the CSV files under test.
let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(path.resolve('data'));
}, 60_000);

const one = (sql: string, params: unknown[] = []) => db.query(sql, params)[0];
/** A seed's text as the checks read it: line breaks (and the spaces around them) removed. */
const seed = (file: string) => seedText(readFileSync(path.join('seeds', file), 'utf8'));

describe('issue 25: errors and slips', () => {
  it('dates S/RES/1557 (2004) as its text does: "Adopted by the Security Council at its 5020th meeting, on 12 August 2004"', () => {
    expect(
      one("SELECT date, meeting FROM documents WHERE doc_id = 'S/RES/1557 (2004)'"),
    ).toEqual({ date: '2004-08-12', meeting: '5020th meeting' });
  });
});

describe('issue 25: UNIFIL', () => {
  it('ends UNIFIL\'s mandate where resolution 2790 (2025) puts it: extended "for a final time" "until 31 December 2026"', () => {
    expect(
      one(
        "SELECT m.mandate_end, d.date, d.url FROM missions AS m JOIN documents AS d ON d.doc_id = m.mandate_end_source WHERE m.mission_id = 'UNIFIL'",
      ),
    ).toEqual({
      mandate_end: '2026-12-31',
      date: '2025-08-28',
      url: 'https://press.un.org/en/2025/sc16159.doc.htm',
    });
  });
});
