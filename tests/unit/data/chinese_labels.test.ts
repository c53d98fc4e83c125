import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataPackage } from '$lib/datapackage/schema';
import type { NodeDatabase } from '$lib/db/node.server';
import { dataDb } from '../../data-db';

// Chinese pages name every key figure and every event in Chinese: a name as the seed prints it
// where there is one (name_zh, checked verbatim), else a label written for this site (label_zh).
const descriptor = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as DataPackage;
const han = /\p{Script=Han}/u;
const fieldsOf = (name: string) =>
  descriptor.resources.find((resource) => resource.name === name)?.schema.fields ?? [];

let db: NodeDatabase;
beforeAll(async () => {
  db = await dataDb();
});

describe('key_figures.label_zh', () => {
  it('is declared right after label_en, required, as a label written for this site', () => {
    const fields = fieldsOf('key_figures');
    const at = fields.findIndex((field) => field.name === 'label_en');
    const label = fields[at + 1];
    expect(label?.name).toBe('label_zh');
    expect(label?.type).toBe('string');
    expect(label?.constraints?.required).toBe(true);
    expect(label?.description).toMatch(/written for this site/);
    expect(label?.description).toMatch(/source_quote_zh/);
    expect(label?.['x-verbatim']).toBeUndefined();
  });

  it('gives every key figure a Chinese label', () => {
    const rows = db.query('SELECT figure_id, label_zh FROM key_figures ORDER BY figure_id');
    expect(rows).toHaveLength(30);
    const missing = rows.filter((row) => !han.test(String(row.label_zh ?? '')));
    expect(missing.map((row) => row.figure_id)).toEqual([]);
  });
});

describe('events.label_zh', () => {
  it('is declared right after name_zh, as a name written for this site, not checked verbatim', () => {
    const fields = fieldsOf('events');
    const at = fields.findIndex((field) => field.name === 'name_zh');
    const label = fields[at + 1];
    expect(label?.name).toBe('label_zh');
    expect(label?.type).toBe('string');
    expect(label?.description).toMatch(/written for this site/);
    expect(label?.['x-verbatim']).toBeUndefined();
  });

  it('gives every event a Chinese name: label_zh where written, else name_zh as printed', () => {
    const rows = db.query('SELECT event_id, name_zh, label_zh FROM events ORDER BY event_id');
    const missing = rows.filter((row) => !han.test(String(row.label_zh ?? row.name_zh ?? '')));
    expect(missing.map((row) => row.event_id)).toEqual([]);
    const written = rows.filter((row) => row.label_zh !== null);
    expect(written.every((row) => han.test(String(row.label_zh)))).toBe(true);
  });

  it('tells every event apart on a Chinese page: no two show the same name', () => {
    // The seed names the 2008 and 2016 expert groups both 政府专家组, and the third and fourth
    // biennial meetings by one name (A/67/… summary): a reader of the timeline could not tell them apart.
    const shown = db.query(
      'SELECT coalesce(label_zh, name_zh) AS shown, count(*)::INTEGER AS events, list(event_id ORDER BY event_id) AS ids FROM events GROUP BY 1 HAVING count(*) > 1',
    );
    expect(shown).toEqual([]);
  });

  it('is written only where the seed prints no name, one that another event shares, or the thing and not the event', () => {
    // An adoption, a founding, a launch, a report or an arrangement: the seed's words name the
    // resolution, body or system ("…第 7036 次会议通过"), so the label says what happened.
    const needless = db.query(
      "SELECT e.event_id FROM events AS e WHERE e.label_zh IS NOT NULL AND e.name_zh IS NOT NULL AND (SELECT count(*) FROM events AS o WHERE o.name_zh = e.name_zh) = 1 AND e.name_zh NOT IN ('政府专家组', '枪支工作组', '武器禁运小组') AND e.kind NOT IN ('adoption', 'founding', 'launch', 'report', 'mission_arrangement', 'consultations') ORDER BY 1",
    );
    expect(needless).toEqual([]);
  });

  it('names the event, not a fragment of its sentence: an adoption says what was adopted', () => {
    const shown = db.query(
      "SELECT event_id, coalesce(label_zh, name_zh) AS zh FROM events WHERE kind = 'adoption' ORDER BY 1",
    ) as { event_id: string; zh: string }[];
    expect(shown.length).toBeGreaterThan(3);
    for (const { event_id, zh } of shown) {
      // "X 通过 Y": the body, then what it adopted; never a name that ends at 通过.
      expect(zh, event_id).toMatch(/通过./u);
    }
    expect(shown.find((row) => row.event_id === 'sc-7036-2013-09-26')?.zh).toContain(
      '第2117(2013)号决议',
    );
  });
});

describe('the Chinese labels written for this site (events and key_figures label_zh)', () => {
  // UN Chinese joins a numeral to the Chinese beside it and names a resolution
  // "第 2220(2015)号决议" as S/2017/1025 prints it, without the space of its print layout (it
  // prints "2010-2015年期间"; the UN's Chinese page on the Register writes "自1991年…逾170个国家"). A document symbol keeps its space ("审议 S/2017/1025").
  const labels = () =>
    db.query(
      "SELECT 'events' AS t, event_id AS id, label_zh FROM events WHERE label_zh IS NOT NULL UNION ALL SELECT 'key_figures', figure_id, label_zh FROM key_figures ORDER BY 1, 2",
    ) as { t: string; id: string; label_zh: string }[];
  const han = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef《》“”]';
  const num = '\\d+(?:[./]\\d+)*(?:\\(\\d{4}\\))?';
  const spaced = new RegExp(
    `${han}[ \\u00a0]+${num}(?![\\w/-])|(?<![\\w/.-])${num}[ \\u00a0]+${han}`,
    'u',
  );

  it('writes no space between a numeral and the Chinese beside it', () => {
    expect(labels().filter((row) => spaced.test(row.label_zh))).toEqual([]);
  });

  it('names a resolution as S/2017/1025 does, 第2220(2015)号决议: half-width brackets, no spaces', () => {
    const seed = readFileSync('seeds/002_a29e0504544d508f.txt', 'utf8');
    expect(seed).toContain('在其第 2220(2015)号决议中');
    const named = labels().filter((row) => row.label_zh.includes('号决议'));
    expect(named.length).toBeGreaterThan(3);
    for (const row of named) {
      expect(row.label_zh, row.id).toMatch(/第(?:\d+\(\d{4}\)|\d+\/\d+)号决议/u);
      expect(row.label_zh, row.id).not.toMatch(/（\d{4}）号决议/u);
    }
  });
});
