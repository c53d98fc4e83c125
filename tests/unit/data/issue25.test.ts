import path from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedText } from '$lib/datapackage/quotes';
import type { NodeDatabase } from '$lib/db/node.server';
import type { Param } from '$lib/db/result';
import { dataDb } from '../../data-db';

// Issue 25: the last known errors, and the seed facts that had no row. Each expectation quotes
// the source it comes from (a stored public page or a seed), never the CSV files under test.
let db: NodeDatabase;
beforeAll(async () => {
  db = await dataDb();
}, 60_000);

const one = (sql: string, params: Param[] = []) => db.query(sql, params)[0];
/** A seed's text as the checks read it: line breaks (and the spaces around them) removed. */
const seed = (file: string) => seedText(readFileSync(path.join('seeds', file), 'utf8'));

describe('issue 25: errors and slips', () => {
  it('dates S/RES/1557 (2004) as its text does: "Adopted by the Security Council at its 5020th meeting, on 12 August 2004"', () => {
    expect(one("SELECT date, meeting FROM documents WHERE doc_id = 'S/RES/1557 (2004)'")).toEqual({
      date: '2004-08-12',
      meeting: '5020th meeting',
    });
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

describe('issue 25: closure dates that are sourced are not called unverified', () => {
  // UN press release SC/14401 ("terminates mandate of ... UNAMID"), the UNOCI facts page
  // ("until 30 June 2017"), the UNMIL fact sheet ("completed its mandate on 30 March 2018"),
  // the MINUSTAH page ("closed on 15 October 2017"), UN Audiovisual Library d3067286
  // ("terminates mandate of MINUSMA as of 30 June 2023"), UNTMIS news (UNSOM's mandate
  // transferred "from 1 November" 2024).
  it.each([
    ['UNAMID', '2020-12-31'],
    ['UNOCI', '2017-06-30'],
    ['UNMIL', '2018-03-30'],
    ['MINUSTAH', '2017-10-15'],
    ['MINUSMA', '2023-06-30'],
    ['UNSOM', '2024-10-31'],
  ])('%s ends on %s, with its source, and its note does not call that unverified', (id, end) => {
    const row = one(
      'SELECT m.mandate_end, m.mandate_end_source, m.note, d.url FROM missions AS m JOIN documents AS d ON d.doc_id = m.mandate_end_source WHERE m.mission_id = ?',
      [id],
    );
    expect(row.mandate_end).toBe(end);
    expect(row.url).toMatch(/^https:\/\//);
    expect(row.note).not.toMatch(/unverified/);
  });
});

describe('issue 25: embargo dates from the Council and its record', () => {
  it('ends the 713 (1991) embargo in phases, the last on 18 June 1996: "the United Nations decision yesterday to lift its nearly five-year-old arms embargo" (RFE/RL, 19 June 1996)', () => {
    const row = one(
      "SELECT e.end_date, e.uncertain, e.note, d.date AS reported FROM embargoes AS e JOIN documents AS d ON d.doc_id = e.end_source WHERE e.embargo_id = 'yugoslavia-1991'",
    );
    expect(row.end_date).toBe('1996-06-18');
    expect(row.reported).toBe('1996-06-19');
    // Resolution 1021 (1995), as UN press release SC/6127 gives it: "the first 90 days", "the
    // second 90 days" (all but heavy weapons), "the one hundred eightieth day".
    expect(row.note).toMatch(/first 90 days/);
    expect(row.note).toMatch(/second 90 days/);
    expect(row.note).toMatch(/180th day/);
    // The archive's 1 October 1996 is kept in the note, and the row stays flagged.
    expect(row.note).toMatch(/1 October 1996/);
    expect(row.uncertain).toBe(true);
  });

  it('starts the Haiti embargo on the day resolution 2653 (2022) was adopted: "ce vendredi 21 octobre 2022"', () => {
    expect(one("SELECT start_date FROM embargoes WHERE embargo_id = 'haiti-2022'")).toEqual({
      start_date: '2022-10-21',
    });
  });
});

describe('issue 25: where the 2003 regional counts are', () => {
  // The embassy page's paragraphs: 1 "United Nations member states have been advancing...",
  // 2 "A March 3 State Department fact sheet...", 3 "Most major conventional arms producers...",
  // 4 "Last year countries in Africa Asia...", 5 "In 2003, all 22 Eastern European states, 16 of
  // 53 African states, 31 of 53 Asian states, 24 of 33 Latin American and Caribbean states and 27
  // of 29 Western European and other states as well as two non-member states submitted reports."
  it('cites the 5th paragraph of the embassy page for all ten 2003 rows', () => {
    expect(
      db.query(
        'SELECT source_ref, count(*)::INTEGER AS n FROM register_reporting WHERE report_year = 2003 GROUP BY source_ref',
      ),
    ).toEqual([{ source_ref: 'summary of the fact sheet (embassy page, 5th paragraph)', n: 10 }]);
  });
});

describe('issue 25: the seat of the Lomé centre, as A/55/171 prints it', () => {
  it('quotes para. 3 of the UN Chinese page as printed: "中的总部设在多哥洛美"', () => {
    const row = one(
      "SELECT r.seat_city_zh, r.seat_city_zh_ref, d.url FROM regional_centres AS r JOIN documents AS d ON d.doc_id = r.seat_city_zh_source WHERE r.centre_id = 'UNREC'",
    );
    expect(row).toEqual({
      seat_city_zh: '洛美',
      seat_city_zh_ref: 'para. 3: 中的总部设在多哥洛美',
      url: 'https://static.un.org/zh/ga/55/doc/A55-171.htm',
    });
  });
});

describe('issue 25: Register counts of two UN press releases, kept beside the rows they disagree with', () => {
  const point = (id: string) =>
    one(
      'SELECT measure, report_year, data_year, value, qualifier, as_of, source_doc FROM register_participation WHERE point_id = ?',
      [id],
    );

  it('reads DC/2856 (17 March 2003): "its highest level of participation, with 125 governments submitting reports" and "162 governments have reported to the Register one or more times since 1992"', () => {
    expect(point('2002-highest-dc2856')).toEqual({
      measure: 'states_reporting',
      report_year: 2002,
      data_year: 2001,
      value: 125,
      qualifier: 'as_of',
      as_of: '2003-03-17',
      source_doc: 'UN press release DC/2856',
    });
    expect(point('cumulative-1992-2002')).toMatchObject({
      measure: 'states_ever_reporting',
      value: 162,
      qualifier: 'at_least_once',
      as_of: '2003-03-17',
    });
    // Both counts of the reports of 2002 are kept: 124 (Swedish Government) and 125 (DC/2856).
    expect(
      db
        .query(
          "SELECT value FROM register_participation WHERE measure = 'states_reporting' AND report_year = 2002 AND value > 120 ORDER BY value",
        )
        .map((r) => r.value),
    ).toEqual([124, 125]);
  });

  it('reads the press release of 13 February 2009: "So far, 173 States have submitted reports to the Register at least once since 1992", beside the 170 of 2014', () => {
    expect(point('cumulative-1992-2008')).toMatchObject({
      measure: 'states_ever_reporting',
      value: 173,
      qualifier: 'at_least_once',
      as_of: '2009-02-13',
    });
    expect(
      db
        .query(
          "SELECT value FROM register_participation WHERE measure = 'states_ever_reporting' ORDER BY value",
        )
        .map((r) => r.value),
    ).toEqual([137, 162, 167, 170, 173]);
  });
});

describe('issue 25: seed facts that had no row', () => {
  const s2117 = seed('000_8d159788a15557eb.txt');
  const s76232 = seed('003_e121e47223fb9a90.txt');
  const a67 = seed('004_68fe543ad68a8d33.txt');
  const event = (id: string) =>
    one(
      'SELECT kind, start_date, end_date, place_iso3, source_doc, source_ref, source_quote_zh, note FROM events WHERE event_id = ?',
      [id],
    );

  it('dates the adoption of the Arms Trade Treaty that S/RES/2117 (2013) recognizes: "确认已通过《武器贸易条约》"', () => {
    expect(s2117).toContain('确认已通过《武器贸易条约》');
    const row = event('att-adoption-2013');
    // Reaching Critical Will: "the General Assembly adopted the text ... on Tuesday, 2 April".
    expect(row).toMatchObject({ kind: 'adoption', start_date: '2013-04-02', place_iso3: 'USA' });
    expect(row.note).toContain('确认已通过《武器贸易条约》');
  });

  it('records the informal consultations of the President-designate of the seventh Biennial Meeting, "在2021年上半年" (A/RES/76/232, preamble)', () => {
    const row = event('bms7-informal-consultations-2021');
    expect(row).toMatchObject({ start_date: '2021', end_date: null, source_doc: 'A/RES/76/232' });
    expect(row.source_quote_zh).toBe(
      '欣见第七次各国双年度会议候任主席在2021年上半年举行了一系列非正式公开协商',
    );
    expect(s76232).toContain(row.source_quote_zh);
  });

  it('records the Saving Lives Entity fund that A/RES/76/232 op. 25 welcomes: "设立拯救生命实体基金"', () => {
    const row = event('salient-launch-2019');
    // UN press release DC/3814, 24 October 2019: UNODA "is launching the Saving Lives Entity".
    expect(row).toMatchObject({ kind: 'launch', start_date: '2019-10-24' });
    expect(row.note).toContain('op. 25');
    expect(row.note).toContain('设立拯救生命实体基金');
    expect(s76232).toContain('设立拯救生命实体基金');
    // UNDP and UNODA pages say 2020: the disagreement is kept in the note.
    expect(row.note).toMatch(/2020/);
  });

  it('records the Sahel assessment mission of A/67/… para. 5 (S/2012/42, "7 to 23 December 2011") and the country it names', () => {
    const row = event('sahel-assessment-mission-2011');
    expect(row).toMatchObject({
      kind: 'mission_arrangement',
      start_date: '2011-12-07',
      end_date: '2011-12-23',
      source_doc: 'S/2012/42',
    });
    expect(row.note).toContain('派往萨赫勒区域的评估团');
    expect(a67).toContain('派往萨赫勒区域的评估团');
    expect(
      db.query(
        "SELECT iso3, place_zh FROM country_mentions WHERE source_doc = 'A/67/…' AND source_ref = 'para. 5' AND reason = 'sahel_assessment_mission'",
      ),
    ).toEqual([{ iso3: 'LBY', place_zh: '利比亚' }]);
  });
});

describe('issue 25: the session that adopted resolution 5/4 (A/67/…, para. 13)', () => {
  const a67 = seed('004_68fe543ad68a8d33.txt');
  const speech = 'UNODC speech 2010-10-22 (UNTOC COP5 closing remarks)';

  it('dates the fifth session of the UNTOC Conference of the Parties as the UNODC page heads it: "Fifth Session", "Vienna , 18-22 October 2010"', () => {
    // The seed names the session and what it adopted, with no date or place.
    expect(a67).toContain(
      '《联合国打击跨国有组织犯罪公约》缔约方大会第五届会议通过第 5/4 号决议，决定设立一个关于枪支问题的不限成员名额政府间工作组',
    );
    const row = one(
      'SELECT e.kind, e.start_date, e.end_date, e.place_iso3, e.source_doc, e.note, d.url FROM events AS e JOIN documents AS d ON d.doc_id = e.source_doc WHERE e.event_id = ?',
      ['untoc-cop5-2010'],
    );
    expect(row).toMatchObject({
      kind: 'conference',
      start_date: '2010-10-18',
      end_date: '2010-10-22',
      place_iso3: 'AUT',
      source_doc: speech,
      url: 'http://www.unodc.org/unodc/en/about-unodc/speeches/2010-10-22-untoc-cop-closing-remarks.html',
    });
    expect(row.note).toContain('缔约方大会第五届会议通过第 5/4 号决议');
    expect(row.note).toContain('Vienna , 18-22 October 2010');
    // No stored source gives the day of adoption: the row says so.
    expect(row.note).toMatch(/uncertain/);
  });

  it('dates resolution 5/4 to the month of that session only, with its source', () => {
    expect(
      one(
        "SELECT date, date_source, meeting, note FROM documents WHERE doc_id = 'CTOC/COP resolution 5/4'",
      ),
    ).toMatchObject({
      date: '2010-10',
      date_source: speech,
      meeting: 'fifth session of the Conference of the Parties (Vienna, 18-22 October 2010)',
      note: expect.stringMatching(/no stored source gives the day of adoption/),
    });
  });
});

describe("issue 25: the seven work areas of UNODC's global firearms programme (A/67/…, para. 14)", () => {
  it('lists (a) to (g) as the seed prints them: "联合国毒品和犯罪问题办公室继续围绕以下领域实施全球枪支项目"', () => {
    const a67 = seed('004_68fe543ad68a8d33.txt');
    expect(a67).toContain('联合国毒品和犯罪问题办公室继续围绕以下领域实施全球枪支项目');
    const rows = db.query(
      "SELECT area_letter, area_zh, source_ref FROM programme_work_areas WHERE programme_id = 'unodc-global-firearms-programme' ORDER BY area_letter",
    );
    expect(rows.map((r) => r.area_letter)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
    for (const row of rows) {
      expect(row.source_ref).toBe('para. 14');
      expect(a67).toContain(`(${row.area_letter}) ${row.area_zh}`);
    }
    expect(rows[0].area_zh).toBe('提高认识和促进批准《枪支议定书》');
    expect(rows[6].area_zh).toBe('加强对跨国枪支贩运方式的了解并增进民间社会的参与');
  });
});

describe('issue 25: seed facts found on reading the seeds once more', () => {
  const s1025 = seed('002_a29e0504544d508f.txt');

  it('dates the adoption of resolution 2220 (2015) that S/2017/1025 para. 2 names: UN News "22 May 2015", SC/11901 "by a vote of 9 in favour, none against"', () => {
    const words = '安全理事会通过了第二项专门讨论小武器问题专题的第 2220(2015)号决议';
    expect(s1025).toContain(words);
    const row = one(
      'SELECT e.kind, e.start_date, e.place_iso3, e.note, d.url FROM events AS e JOIN documents AS d ON d.doc_id = e.source_doc WHERE e.event_id = ?',
      ['sc-res-2220-2015-05-22'],
    );
    expect(row).toMatchObject({
      kind: 'adoption',
      start_date: '2015-05-22',
      place_iso3: 'USA',
      url: 'https://news.un.org/en/story/2015/05/499592',
    });
    expect(row.note).toContain(words);
    expect(row.note).toContain('by a vote of 9 in favour, none against');
    expect(
      one(
        "SELECT d.date, p.url AS vote_source FROM documents AS d JOIN documents AS p ON p.doc_id = d.public_source WHERE d.doc_id = 'S/RES/2220 (2015)'",
      ),
    ).toEqual({ date: '2015-05-22', vote_source: 'https://press.un.org/en/2015/sc11901.doc.htm' });
    expect(
      one(
        "SELECT source_quote_zh FROM citations WHERE source_doc = 'S/2017/1025' AND cited_doc = 'S/RES/2220 (2015)' AND source_ref = 'para. 2'",
      ),
    ).toEqual({ source_quote_zh: words });
  });

  it('records where else the seeds name target 16.4: S/2017/1025 paras. 15 and 16, A/RES/76/232 op. 11 "以实现《2030 年可持续发展议程》目标 16 和具体目标 16.4"', () => {
    const s76232 = seed('003_e121e47223fb9a90.txt');
    const note = String(one("SELECT note FROM sdg_indicators WHERE code = '16.4'").note);
    for (const [text, words] of [
      [s1025, '以实现可持续发展目标 16 和具体目标 16.4'],
      [s1025, '以衡量在具体目标 16.4 方面取得的进展'],
      [s1025, '与支持落实可持续发展目标具体目标的具体16.4 之间的相关性'],
      [s76232, '以实现《2030 年可持续发展议程》目标 16 和具体目标 16.4'],
    ]) {
      expect(text).toContain(words);
      expect(note).toContain(words);
    }
    expect(note).toMatch(/para\. 15.*para\. 16.*A\/RES\/76\/232 op\. 11/);
  });

  it('keeps the 2015 horizon of the Geneva Declaration review (A/67/… para. 17): "明确设定了 2015 年之前执行《日内瓦宣言》的优先事项"', () => {
    const words = '明确设定了 2015 年之前执行《日内瓦宣言》的优先事项';
    expect(seed('004_68fe543ad68a8d33.txt')).toContain(words);
    expect(
      one("SELECT source_ref, note FROM events WHERE event_id = 'geneva-declaration-mrc2-2011'"),
    ).toMatchObject({ source_ref: 'para. 17', note: expect.stringContaining(words) });
  });

  it('keeps what A/67/… para. 24 says of the PoA-ISS after its launch: the OSCE\'s use of its template, and "2012 年之后该系统能否继续运作，仍然取决于自愿捐款的情况"', () => {
    const a67 = seed('004_68fe543ad68a8d33.txt');
    const note = String(
      one(
        "SELECT note FROM events WHERE event_id = 'poa-iss-launch-2008' AND source_ref = 'para. 24'",
      ).note,
    );
    for (const words of [
      '最近，欧洲安全与合作组织采用了行动纲领报告模板，作为区域报告要求的基础',
      '2012 年之后该系统能否继续运作，仍然取决于自愿捐款的情况',
    ]) {
      expect(a67).toContain(words);
      expect(note).toContain(words);
    }
    // "Recently" has no date in the seed; the row says so rather than inventing one.
    expect(note).toContain('the seed gives no date');
  });

  it.each([
    [
      'gis-founded-1996',
      '004_68fe543ad68a8d33.txt',
      ['这些提案以会员国在 2010 年行动纲领国别报告中确定的国家需求和转达的援助请求为依据'],
    ],
    [
      'bms7-2021',
      '003_e121e47223fb9a90.txt',
      ['第七次各国双年度会议对这一提议表示欢迎', '轻武器和小武器专门研究金培训方案'],
    ],
    [
      'mission-panel-guidelines-2009',
      '002_a29e0504544d508f.txt',
      [
        '政治事务部和维持和平行动部在联合国制裁问题机构间工作组主持下，负责为所有外地特派团制定统一的指南',
      ],
    ],
    [
      'bms8-2022',
      '003_e121e47223fb9a90.txt',
      [
        '向第八次各国双年度会议提交一份关于《行动纲领》和《国际追查文书》执行方面的趋势、挑战和机遇，包括合作和援助需求的分析报告',
        '并向第八次各国双年度会议提出建议供会员国审议',
        '以期迅速设立这一方案，供会员国在第八次各国双年度会议上审议',
      ],
    ],
  ])('keeps on %s what the seed says of it in words with no row before', (id, file, quotes) => {
    const text = seed(file);
    const note = String(one('SELECT note FROM events WHERE event_id = ?', [id]).note);
    for (const words of quotes) {
      expect(text).toContain(words);
      expect(note).toContain(words);
    }
  });
});
