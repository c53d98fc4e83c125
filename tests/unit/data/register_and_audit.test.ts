import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { dataDb } from '../../data-db';

// Expectations come from the public sources named beside each one (UN press releases, the UN
// Disarmament Yearbook, the US State Department fact sheet of March 2004, UNLIREC news items)
// and from the seed text, never from the CSV files under test.
let db: NodeDatabase;
beforeAll(async () => {
  db = await dataDb();
}, 60_000);

const one = (sql: string) => db.query(sql)[0];

describe('UN Register rows: every figure has a source the checks can see', () => {
  it('cites, in each row, a document of documents.csv and a place in it', () => {
    for (const table of ['register_reporting', 'register_participation']) {
      const orphans = db.query(
        `SELECT t.source_doc, t.source_ref FROM ${table} AS t LEFT JOIN documents AS d ON d.doc_id = t.source_doc WHERE d.doc_id IS NULL OR coalesce(trim(t.source_ref), '') = ''`,
      );
      expect(orphans, table).toEqual([]);
    }
  });

  it('cites only documents with an address, or a reference saying where they were read', () => {
    const unlocated = db.query(
      "SELECT doc_id FROM documents WHERE role = 'public_source' AND coalesce(url, '') NOT LIKE 'http%' AND coalesce(note, '') NOT LIKE 'Reference: %' ORDER BY doc_id",
    );
    expect(unlocated).toEqual([]);
  });

  it('gives, for every count of States reporting in a group, the group size the same source used', () => {
    const unpaired = db.query(
      "SELECT r.report_year, r.group_id, r.source_doc FROM register_reporting AS r WHERE r.measure = 'states_reporting' AND r.group_id <> 'ALL' AND NOT EXISTS (SELECT 1 FROM register_reporting AS m WHERE m.measure = 'group_members' AND m.report_year = r.report_year AND m.group_id = r.group_id AND m.source_doc = r.source_doc)",
    );
    expect(unpaired).toEqual([]);
  });

  it('has the five regional groups in each sourced year: 2003 and 2011', () => {
    expect(
      db.query(
        "SELECT report_year, count(DISTINCT group_id)::INTEGER AS groups FROM register_reporting WHERE measure = 'states_reporting' AND group_id <> 'ALL' GROUP BY report_year ORDER BY report_year",
      ),
    ).toEqual([
      { report_year: 2003, groups: 5 },
      { report_year: 2011, groups: 5 },
    ]);
  });

  it('reads 2003 as the State Department fact sheet gives it: "all 22 Eastern European states, 16 of 53 African states, 31 of 53 Asian states, 24 of 33 Latin American and Caribbean states and 27 of 29 Western European and other states"', () => {
    const rows = db.query(
      "SELECT group_id, measure, value FROM register_reporting WHERE report_year = 2003 AND source_doc = 'US State Department fact sheet, March 2004' ORDER BY group_id, measure",
    );
    const figures = Object.fromEntries(rows.map((r) => [`${r.group_id}.${r.measure}`, r.value]));
    expect(figures).toEqual({
      'AFR.group_members': 53,
      'AFR.states_reporting': 16,
      'APG.group_members': 53,
      'APG.states_reporting': 31,
      'EEG.group_members': 22,
      'EEG.states_reporting': 22,
      'GRULAC.group_members': 33,
      'GRULAC.states_reporting': 24,
      'WEOG.group_members': 29,
      'WEOG.states_reporting': 27,
    });
  });

  const participation = (sourceDoc: string) =>
    db.query(
      `SELECT measure, report_year, data_year, value, qualifier, as_of FROM register_participation WHERE source_doc = ? ORDER BY point_id`,
      [sourceDoc],
    );

  it('reads A/58/203 as issued on 21 August 2003: "It contains data and information provided by 115 Governments ... for the calendar year 2002"', () => {
    expect(participation('A/58/203')).toEqual([
      {
        measure: 'states_reporting',
        report_year: 2003,
        data_year: 2002,
        value: 115,
        qualifier: 'at_issue_date',
        as_of: '2003-08-21',
      },
    ]);
  });

  it('reads A/59/193 as issued on 30 July 2004: "It contains data and information provided by 106 Governments ... for the calendar year 2003", beside the Yearbook\'s 115', () => {
    expect(participation('A/59/193')).toEqual([
      {
        measure: 'states_reporting',
        report_year: 2004,
        data_year: 2003,
        value: 106,
        qualifier: 'at_issue_date',
        as_of: '2004-07-30',
      },
    ]);
    // Both counts of the 2003 transfers are kept: the report as issued and the Yearbook's.
    expect(
      db
        .query(
          "SELECT value FROM register_participation WHERE measure = 'states_reporting' AND data_year = 2003 ORDER BY value",
        )
        .map((r) => r.value),
    ).toEqual([106, 115]);
  });

  it('reads SIPRI Yearbook 2010, appendix 7C as it gives it: "As of 31 December 2009, only 79 states had submitted reports on their arms transfers during 2008"', () => {
    expect(participation('SIPRI Yearbook 2010, appendix 7C')).toEqual([
      {
        measure: 'states_reporting',
        report_year: null,
        data_year: 2008,
        value: 79,
        qualifier: 'as_of',
        as_of: '2009-12-31',
      },
    ]);
  });

  it('reads UN press release DC/3013 (27 February 2006) as it gives it: "So far, 167 Member States have reported to the Register one or more times since 1992"', () => {
    expect(participation('UN press release DC/3013')).toEqual([
      {
        measure: 'states_ever_reporting',
        report_year: null,
        data_year: null,
        value: 167,
        qualifier: 'at_least_once',
        as_of: '2006-02-27',
      },
    ]);
  });

  it('keeps the nil reports apart from the count of States reporting (2001: 75 of more than 120)', () => {
    expect(
      db.query(
        "SELECT measure, value FROM register_participation WHERE data_year = 2001 AND source_doc = 'Arms Control Today 2002' ORDER BY measure",
      ),
    ).toEqual([
      { measure: 'nil_reports', value: 75 },
      { measure: 'states_reporting', value: 120 },
    ]);
  });
});

describe('the corrections of the data audit (issue 13, part 5)', () => {
  it('dates the embargoes by their resolutions', () => {
    const dates = Object.fromEntries(
      db
        .query('SELECT embargo_id, start_date, end_date FROM embargoes')
        .map((r) => [r.embargo_id, [r.start_date, r.end_date]]),
    );
    // Resolution 1227 (1999) was adopted on 10 February 1999 (press release SC/6640).
    expect(dates['eritrea-ethiopia-1999'][0]).toBe('1999-02-10');
    // Resolution 1298 (2000): twelve months, not extended beyond 16 May 2001 (Arms Control Today).
    expect(dates['eritrea-ethiopia-2000'][1]).toBe('2001-05-16');
    // Resolution 2288 (2016), 25 May 2016, "with immediate effect" (press release SC/12373).
    expect(dates['liberia-1992'][1]).toBe('2016-05-25');
    // Resolution 944 (1994): measures end the day after President Aristide's return on 15 October.
    expect(dates['haiti-1993'][1]).toBe('1994-10-16');
  });

  it('names the source of each corrected end date, and keeps the unverified Yugoslavia end flagged', () => {
    expect(
      db.query(
        "SELECT embargo_id, end_source FROM embargoes WHERE embargo_id IN ('liberia-1992', 'haiti-1993', 'eritrea-ethiopia-2000') ORDER BY embargo_id",
      ),
    ).toEqual([
      {
        embargo_id: 'eritrea-ethiopia-2000',
        end_source: 'Arms Control Today 2001 Ethiopia-Eritrea',
      },
      { embargo_id: 'haiti-1993', end_source: 'Wikipedia (en) Resolution 944' },
      { embargo_id: 'liberia-1992', end_source: 'UN press release SC/12373' },
    ]);
    expect(one("SELECT uncertain FROM embargoes WHERE embargo_id = 'yugoslavia-1991'")).toEqual({
      uncertain: true,
    });
  });

  it('translates 非军事化 (S/2017/1025 para. 22, resolution 2287 (2016)) as "demilitarized"', () => {
    const row = one(
      "SELECT detail_en, source_quote_zh FROM mission_tasks WHERE mission_id = 'UNISFA' AND resolution = 'S/RES/2287 (2016)'",
    );
    expect(row.source_quote_zh).toContain('非军事化');
    expect(row.detail_en).toContain('demilitarized');
    expect(row.detail_en).not.toContain('weapon-free');
  });

  it('titles A/RES/56/24 V as A/RES/76/232 lists it: the illicit trade in all its aspects', () => {
    expect(one("SELECT title_en FROM documents WHERE doc_id = 'A/RES/56/24 V'").title_en).toMatch(
      /^The illicit trade in small arms and light weapons in all its aspects/,
    );
  });

  it('maps the eight host countries of S/2017/1025 Annex II footnote 1', () => {
    const hosts = db
      .query(
        "SELECT iso3 FROM country_mentions WHERE source_doc = 'S/2017/1025' AND source_ref = 'Annex II, footnote 1' ORDER BY iso3",
      )
      .map((r) => r.iso3);
    // MINUSCA, MONUSCO, UNAMA, UNAMID, UNSMIL, UNSOM, UNAMI, UNIFIL.
    expect(hosts).toEqual(['AFG', 'CAF', 'COD', 'IRQ', 'LBN', 'LBY', 'SDN', 'SOM']);
  });

  it('maps the countries of Annex II paras. 4-8 and 12-16, and Vienna and Geneva of A/67 paras. 13 and 17', () => {
    const annex = db
      .query(
        "SELECT DISTINCT iso3 FROM country_mentions WHERE source_doc = 'S/2017/1025' AND regexp_matches(source_ref, '^Annex II, para\\. ([4-8]|1[2-6])$') ORDER BY iso3",
      )
      .map((r) => r.iso3);
    for (const iso3 of ['CAF', 'CIV', 'COD', 'LBR', 'LBY', 'SOM']) expect(annex).toContain(iso3);
    expect(
      db.query(
        "SELECT iso3, place_zh, source_ref FROM country_mentions WHERE source_doc = 'A/67/…' AND source_ref IN ('para. 13', 'para. 17') ORDER BY source_ref",
      ),
    ).toEqual([
      { iso3: 'AUT', place_zh: '维也纳', source_ref: 'para. 13' },
      { iso3: 'CHE', place_zh: '日内瓦', source_ref: 'para. 17' },
    ]);
  });

  it('lists the 2014-2015 assessment missions, the 2016 Register experts, the eighth UNTOC Conference of the Parties and the 2008 ammunition experts', () => {
    expect(
      db.query(
        "SELECT event_id, start_date, end_date FROM events WHERE event_id IN ('embargo-assessment-missions-2014-2015', 'register-gge-2016', 'untoc-cop8-2016', 'ammunition-gge-2008') ORDER BY start_date",
      ),
    ).toEqual([
      { event_id: 'ammunition-gge-2008', start_date: '2008', end_date: null },
      { event_id: 'embargo-assessment-missions-2014-2015', start_date: '2014', end_date: '2015' },
      { event_id: 'register-gge-2016', start_date: '2016', end_date: null },
      // UNIS media advisory UNIS/MA/149: Vienna, 17-21 October 2016.
      { event_id: 'untoc-cop8-2016', start_date: '2016-10-17', end_date: '2016-10-21' },
    ]);
  });

  it('places the 16,860 rounds of 26 April 2012 in Trinidad and Tobago, and dates the "over 3,500 trained" to March 2013', () => {
    expect(
      one(
        "SELECT value, country_iso3, source_doc FROM regional_centre_activities WHERE activity_id = 'unlirec-rounds-2012-04-26'",
      ),
    ).toEqual({ value: 16860, country_iso3: 'TTO', source_doc: 'unlirec.org news 2012-04-26' });
    expect(
      one(
        "SELECT r.period_end, d.date FROM regional_centre_activities AS r JOIN documents AS d ON d.doc_id = r.source_doc WHERE r.activity_id = 'unlirec-officers-trained-since-2004'",
      ),
    ).toEqual({ period_end: '2013-03', date: '2013-03' });
  });

  it('names the report due in six months for what it covers: cross-border trafficking in general', () => {
    expect(db.query("SELECT figure_id FROM key_figures WHERE figure_id LIKE 'sahel%'")).toEqual([]);
    expect(
      one(
        "SELECT value, unit, label_en FROM key_figures WHERE figure_id = 'cross_border_trafficking_report_deadline'",
      ),
    ).toMatchObject({
      value: 6,
      unit: 'months',
      label_en: expect.stringContaining('cross-border'),
    });
  });
});

describe('the regional centres named in Chinese', () => {
  it('names each seat city as a UN text in Chinese writes it, with the words and an address', () => {
    // A/55/171 para. 3 "中的总部设在多哥洛美" (as the page prints it); the UN Chinese pages of the 2004 reports:
    // "设在利马的联合国和平、裁军与发展拉丁美洲区域中心" (para. 3), "从加德满都开展实际工作" (para. 1).
    const rows = db.query(
      'SELECT r.centre_id, r.seat_city_zh, r.seat_city_zh_ref, d.url FROM regional_centres AS r JOIN documents AS d ON d.doc_id = r.seat_city_zh_source ORDER BY r.centre_id',
    );
    expect(rows.map((row) => [row.centre_id, row.seat_city_zh])).toEqual([
      ['UNLIREC', '利马'],
      ['UNRCPD', '加德满都'],
      ['UNREC', '洛美'],
    ]);
    for (const row of rows) {
      expect(row.seat_city_zh_ref).toContain(row.seat_city_zh);
      expect(row.url).toMatch(/^https:\/\/(www|static)\.un\.org\//);
    }
  });

  it("names each region served as the seed's Chinese name of the centre does", () => {
    for (const row of db.query('SELECT name_zh, region_zh FROM regional_centres')) {
      expect(row.name_zh).toContain(row.region_zh);
    }
    expect(
      db.query('SELECT region_zh FROM regional_centres ORDER BY centre_id').map((r) => r.region_zh),
    ).toEqual(['拉丁美洲和加勒比', '亚洲及太平洋', '非洲']);
  });
});
