import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';

// Corrections after the audit of issue 25. Each expectation is the source's own words, quoted
// beside it, never a value read from the CSV files under test.
let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(path.resolve('data'));
}, 60_000);

const one = (sql: string) => db.query(sql)[0];

describe('dates and ends as the Council’s texts give them', () => {
  it('dates S/RES/1557 (2004) as its text does: "Adopted by the Security Council at its 5020th meeting, on 12 August 2004."', () => {
    expect(
      one(
        "SELECT date::VARCHAR AS date, meeting FROM documents WHERE doc_id = 'S/RES/1557 (2004)'",
      ),
    ).toEqual({ date: '2004-08-12', meeting: '5020th meeting' });
  });

  it('ends UNIFIL as resolution 2790 (2025) does: extended "for a final time until 31 December 2026" (SC/16159)', () => {
    const unifil = one(
      "SELECT mandate_end::VARCHAR AS mandate_end, mandate_end_source FROM missions WHERE mission_id = 'UNIFIL'",
    );
    expect(unifil).toEqual({
      mandate_end: '2026-12-31',
      mandate_end_source: 'UN press release SC/16159',
    });
    expect(
      one("SELECT date::VARCHAR AS date FROM documents WHERE doc_id = 'UN press release SC/16159'"),
    ).toEqual({ date: '2025-08-28' });
  });

  it('calls no sourced closure date "unverified"', () => {
    expect(
      db.query(
        "SELECT mission_id FROM missions WHERE mandate_end IS NOT NULL AND coalesce(mandate_end_source, '') <> '' AND note LIKE '%unverified%' ORDER BY mission_id",
      ),
    ).toEqual([]);
  });

  it('starts the Haiti embargo of S/RES/2653 on the day of adoption: "ce vendredi 21 octobre 2022"', () => {
    expect(
      one("SELECT start_date::VARCHAR AS start FROM embargoes WHERE embargo_id = 'haiti-2022'"),
    ).toEqual({ start: '2022-10-21' });
  });
});

describe('places in the sources, as the sources print them', () => {
  it('finds the 2003 Register counts in the 5th paragraph of the embassy page ("In 2003, all 22 Eastern European states, …", after four paragraphs)', () => {
    const refs = db.query(
      "SELECT DISTINCT source_ref FROM register_reporting WHERE report_year = 2003 AND source_doc = 'US State Department fact sheet, March 2004'",
    );
    expect(refs).toEqual([
      { source_ref: 'summary of the fact sheet (embassy page, 5th paragraph)' },
    ]);
  });

  it('quotes A/55/171 para. 3 as the page prints it: "中的总部设在多哥洛美"', () => {
    expect(one("SELECT seat_city_zh_ref FROM regional_centres WHERE centre_id = 'UNREC'")).toEqual({
      seat_city_zh_ref: 'para. 3: 中的总部设在多哥洛美',
    });
  });
});

describe('where two public sources disagree, both are kept', () => {
  it('keeps DC/2856 beside the 2016 review: "with 125 governments submitting reports" (2002) and "So far, 162 governments have reported"', () => {
    const rows = db.query(
      "SELECT point_id, measure, report_year, value::INTEGER AS value FROM register_participation WHERE source_doc = 'UN press release DC/2856' ORDER BY point_id",
    );
    expect(rows).toEqual([
      { point_id: '2002-dc2856', measure: 'states_reporting', report_year: 2002, value: 125 },
      {
        point_id: 'cumulative-1992-2002',
        measure: 'states_ever_reporting',
        report_year: null,
        value: 162,
      },
    ]);
    // The other count of 2002, 124, stays as its source gave it.
    expect(
      one(
        "SELECT value::INTEGER AS value FROM register_participation WHERE point_id = '2002-peak'",
      ),
    ).toEqual({ value: 124 });
  });
});
