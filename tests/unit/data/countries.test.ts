import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';

// The expected names come from data/reference/un_m49_member_states.csv, an extract of the UN
// Statistics Division's M49 list (English and Chinese tables; see data/reference/README.md for
// the copy used), never from countries.csv itself. DuckDB reads both files.
const REFERENCE = 'un_m49_member_states.csv';
const reference = `read_csv('${REFERENCE}', header = true, all_varchar = true)`;

describe('countries.csv against the UN M49 list of the 193 Member States', () => {
  let db: NodeDatabase;
  beforeAll(async () => {
    db = await openNodeDb(path.resolve('data'));
    db.registerFile(REFERENCE, readFileSync(path.join('data/reference', REFERENCE)));
  });

  it('the reference list holds 193 Member States, each code once', () => {
    expect(
      db.query(
        `SELECT count(*)::INTEGER AS n, count(DISTINCT iso3)::INTEGER AS iso3, count(DISTINCT m49)::INTEGER AS m49, count(name_en)::INTEGER AS en, count(name_zh)::INTEGER AS zh, count(name_fr)::INTEGER AS fr, count(name_es)::INTEGER AS es, count(name_ru)::INTEGER AS ru, count(name_ar)::INTEGER AS ar FROM ${reference}`,
      ),
    ).toEqual([
      { n: 193, iso3: 193, m49: 193, en: 193, zh: 193, fr: 193, es: 193, ru: 193, ar: 193 },
    ]);
  });

  it('has exactly the Member States of the list, with their M49 codes', () => {
    const unmatched = db.query(
      `SELECT coalesce(c.iso3, r.iso3) AS iso3, c.m49 AS ours, r.m49 AS m49 FROM countries AS c FULL JOIN ${reference} AS r ON r.iso3 = c.iso3 WHERE c.iso3 IS NULL OR r.iso3 IS NULL OR c.m49 IS DISTINCT FROM r.m49 ORDER BY 1`,
    );
    expect(unmatched).toEqual([]);
  });

  it('gives every country its official UN short name in English and in Chinese', () => {
    const wrong = db.query(
      `SELECT c.iso3, c.name_en, r.name_en AS un_en, c.name_zh, r.name_zh AS un_zh FROM countries AS c JOIN ${reference} AS r USING (iso3) WHERE c.name_en IS DISTINCT FROM r.name_en OR c.name_zh IS DISTINCT FROM r.name_zh ORDER BY c.iso3`,
    );
    expect(wrong).toEqual([]);
  });

  it.each(['fr', 'es', 'ru', 'ar'])(
    'gives every country its official UN short name in %s, citing the M49 file and row',
    (lang) => {
      const wrong = db.query(
        `SELECT c.iso3, c.name_${lang} AS ours, r.name_${lang} AS un FROM countries AS c JOIN ${reference} AS r USING (iso3) WHERE c.name_${lang} IS DISTINCT FROM r.name_${lang} OR c.name_${lang}_source IS DISTINCT FROM 'UNSD M49' OR c.name_${lang}_ref IS DISTINCT FROM 'tmp/UNSD-${lang}.csv, Country or Area, row ISO-alpha3 Code ' || c.iso3 ORDER BY c.iso3`,
      );
      expect(wrong).toEqual([]);
    },
  );

  it('names the M49 list as the source of every name, with its address', () => {
    expect(
      db.query(
        "SELECT DISTINCT c.name_en_source, c.name_zh_source, d.url FROM countries AS c LEFT JOIN documents AS d ON d.doc_id = c.name_zh_source WHERE c.name_en_source = c.name_zh_source AND c.name_en_ref LIKE '%' || c.iso3 AND c.name_zh_ref LIKE '%' || c.iso3",
      ),
    ).toEqual([
      {
        name_en_source: 'UNSD M49',
        name_zh_source: 'UNSD M49',
        url: 'https://unstats.un.org/unsd/methodology/m49/overview/',
      },
    ]);
    expect(db.query('SELECT count(*)::INTEGER AS n FROM countries')).toEqual([{ n: 193 }]);
  });

  // The forms issue 12 names as wrong in the earlier table, and what the UN uses instead.
  it.each([
    ['MKD', '北马其顿', 'North Macedonia'],
    ['DMA', '多米尼克', 'Dominica'],
    ['DOM', '多米尼加', 'Dominican Republic'],
    ['GBR', '大不列颠及北爱尔兰联合王国', 'United Kingdom of Great Britain and Northern Ireland'],
    ['BOL', '多民族玻利维亚国', 'Bolivia (Plurinational State of)'],
    ['CIV', '科特迪瓦', 'Côte d’Ivoire'],
    ['COD', '刚果民主共和国', 'Democratic Republic of the Congo'],
    ['CPV', '佛得角', 'Cabo Verde'],
  ])('names %s %s / %s', (iso3, zh, en) => {
    expect(db.query('SELECT name_zh, name_en FROM countries WHERE iso3 = ?', [iso3])).toEqual([
      { name_zh: zh, name_en: en },
    ]);
  });

  // As the M49 page writes them in French, Spanish, Russian and Arabic (tmp/UNSD-*.csv).
  it.each([
    [
      'COD',
      'République démocratique du Congo',
      'República Democrática del Congo',
      'Демократическая Республика Конго',
      'جمهورية الكونغو الديمقراطية',
    ],
    ['CIV', 'Côte d’Ivoire', 'Côte d’Ivoire', "Кот-д'Ивуар", 'كوت ديفوار'],
    [
      'BOL',
      'Bolivie (État plurinational de)',
      'Bolivia (Estado Plurinacional de)',
      'Боливия (Многонациональное Государство)',
      'بوليفيا (دولة - المتعددة القوميات)',
    ],
  ])('names %s %s / %s / %s / %s', (iso3, fr, es, ru, ar) => {
    expect(
      db.query('SELECT name_fr, name_es, name_ru, name_ar FROM countries WHERE iso3 = ?', [iso3]),
    ).toEqual([{ name_fr: fr, name_es: es, name_ru: ru, name_ar: ar }]);
  });

  it('keeps the name a seed prints beside the UN name, with its source', () => {
    expect(
      db.query(
        "SELECT name_zh, name_zh_seed, name_zh_seed_source, name_zh_seed_ref FROM countries WHERE iso3 = 'COG'",
      ),
    ).toEqual([
      {
        name_zh: '刚果',
        name_zh_seed: '刚果共和国',
        name_zh_seed_source: 'A/67/…',
        name_zh_seed_ref: 'para. 23',
      },
    ]);
  });
});
