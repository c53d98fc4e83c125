import path from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedText } from '$lib/datapackage/quotes';
import type { NodeDatabase } from '$lib/db/node.server';
import { dataDb } from '../../data-db';

// Issue 25, last point: the bodies the seeds name had no row. The expectations below are the
// seeds' own words, found by reading each seed again, never values copied from bodies.csv.
let db: NodeDatabase;
type Body = {
  body_id: string;
  name_zh: string;
  kind: string;
  source_doc: string;
  source_quote_zh: string;
  note: string | null;
};
let bodies: Body[];
let seeds: Map<string, string>;
beforeAll(async () => {
  db = await dataDb();
  bodies = db.query('SELECT * FROM bodies') as Body[];
  seeds = new Map(
    (
      db.query('SELECT doc_id, seed_file FROM documents WHERE seed_file IS NOT NULL') as {
        doc_id: string;
        seed_file: string;
      }[]
    ).map((doc) => [doc.doc_id, seedText(readFileSync(path.join('seeds', doc.seed_file), 'utf8'))]),
  );
}, 60_000);

const kinds = [
  'un_entity',
  'office',
  'intergovernmental_body',
  'regional_organization',
  'organization',
  'mechanism',
  'programme',
  'national_body',
  'armed_group',
];

/** Every named body the re-reading found, by the seed that names it and the seed's words. */
const named: [doc: string, words: string][] = [
  ['A/67/…', '南部非洲发展共同体'],
  ['A/67/…', '大湖区、非洲之角及周边国家小武器和轻武器问题区域中心'],
  ['A/67/…', '关心实际裁军措施国家小组'],
  ['A/67/…', '《联合国打击跨国有组织犯罪公约》缔约方大会'],
  ['A/67/…', '关于枪支问题的不限成员名额政府间工作组'],
  ['A/67/…', '联合国毒品和犯罪问题办公室'],
  ['A/67/…', '联合国开发计划署'],
  ['A/67/…', '《日内瓦宣言》秘书处'],
  ['A/67/…', '联合国小武器问题协调行动机制'],
  ['A/67/…', '联合国加强安保方案'],
  ['A/67/…', '技术审查小组'],
  ['A/67/…', '联合国地雷行动处'],
  ['A/67/…', '行动纲领执行支助系统'],
  ['A/67/…', '欧洲安全与合作组织'],
  ['A/67/…', '联合国裁军事务厅'],
  ['A/67/…', '制裁委员会'],
  ['S/RES/2117 (2013)', '联合国维持和平行动部'],
  ['S/RES/2117 (2013)', '专家小组'],
  ['S/2017/1025', '裁军审议委员会'],
  ['S/2017/1025', '和平行动问题高级别独立小组'],
  ['S/2017/1025', '政治事务部'],
  ['S/2017/1025', '安全理事会事务司'],
  ['S/2017/1025', '也门问题专家小组'],
  ['S/2017/1025', '苏丹问题专家小组'],
  ['S/2017/1025', '人权理事会'],
  ['S/2017/1025', '联合国人权事务高级专员办事处'],
  ['S/2017/1025', '负责暴力侵害儿童问题秘书长特别代表办公室'],
  ['S/2017/1025', '联合国儿童与武装冲突问题特别代表办公室'],
  ['S/2017/1025', '负责冲突中性暴力问题特别代表办公室'],
  ['S/2017/1025', '联合国儿童基金会'],
  ['S/2017/1025', '联合国促进性别平等和增强妇女权能署'],
  ['S/2017/1025', '反恐怖主义办公室'],
  ['S/2017/1025', '联合国裁军研究所'],
  ['S/2017/1025', '外勤支助部'],
  ['S/2017/1025', '保护平民问题非正式专家组'],
  ['S/2017/1025', '联合国制裁问题机构间工作组'],
  ['S/2017/1025', '弹道信息网络'],
  ['S/2017/1025', '非法武器记录和追踪管理系统'],
  ['S/2017/1025', '伊拉克和黎凡特伊斯兰国'],
  ['S/2017/1025', '基地组织'],
  ['S/2017/1025', '国家小武器和轻武器问题委员会'],
  ['S/2017/1025', '国家武器和弹药管理委员会'],
  ['S/2017/1025', '国家安全顾问办公室'],
  ['S/2017/1025', '特派团联合分析小组'],
  ['S/2017/1025', '火器检查小组'],
  ['S/2017/1025', '武器禁运联合工作组'],
  ['S/2017/1025', '武器和弹药管理小组'],
  ['S/2017/1025', '专门的武器禁运监测单位'],
  ['S/2017/1025', '综合禁运监察股'],
  ['S/2017/1025', '法治和安全机构小组'],
  ['S/2017/1025', '海上特遣部队'],
  ['S/2017/1025', '小武器调查'],
  ['S/2017/1025', '世界银行'],
  ['S/2017/1025', '政府专家小组'],
  ['A/RES/76/232', '第一委员会'],
  ['A/RES/76/232', '世界海关组织'],
  ['A/RES/76/232', '国际刑事警察组织'],
  ['A/RES/76/232', '自愿赞助基金'],
  ['A/RES/76/232', '拯救生命实体'],
  ['A/RES/76/232', '轻武器和小武器专门研究金培训方案'],
];

/** Other names a seed prints for a body that has its row under another name. */
const otherNames: [doc: string, words: string][] = [
  ['S/RES/2117 (2013)', '联合国更安全保管方案'],
  ['S/2017/1025', '联合国毒品和犯罪问题办事处'],
  ['S/2017/1025', '联合国打击跨国有组织犯罪公约缔约方会议'],
  ['S/2017/1025', '妇女署'],
  ['S/2017/1025', '儿基会'],
  ['S/2017/1025', '裁研所'],
  ['S/RES/2117 (2013)', '国际刑警组织'],
];

describe('data/bodies.csv', () => {
  it('quotes each body verbatim from its seed, and the quote contains the name', () => {
    const wrong = bodies.filter(
      (body) =>
        !seeds.get(body.source_doc)?.includes(body.source_quote_zh) ||
        !body.source_quote_zh.includes(body.name_zh),
    );
    expect(wrong.map((body) => body.body_id)).toEqual([]);
  });

  it('gives each body one id, and a kind from the fixed list', () => {
    const ids = bodies.map((body) => body.body_id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(bodies.filter((body) => !kinds.includes(body.kind))).toEqual([]);
  });

  it('has a row for every body the re-reading found, in the words of the seed that names it', () => {
    for (const [doc, words] of named) expect(seeds.get(doc), words).toContain(words);
    const names = new Set(bodies.map((body) => body.name_zh));
    expect(named.filter(([, words]) => !names.has(words))).toEqual([]);
    expect(bodies).toHaveLength(new Set(named.map(([, words]) => words)).size);
  });

  it('keeps the other names the seeds print for a body in its row', () => {
    for (const [doc, words] of otherNames) expect(seeds.get(doc), words).toContain(words);
    const missing = otherNames.filter(
      ([, words]) =>
        !bodies.some((body) => body.note?.includes(words) || body.source_quote_zh.includes(words)),
    );
    expect(missing).toEqual([]);
  });

  it('does not repeat a body another table already holds (centres, their partners, missions)', () => {
    const elsewhere = db.query(
      `SELECT name_zh FROM regional_centres
       UNION SELECT organisation_zh FROM regional_centre_partners
       UNION SELECT name_zh FROM missions WHERE name_zh IS NOT NULL`,
    ) as { name_zh: string }[];
    const names = new Set(elsewhere.map((row) => row.name_zh));
    expect(bodies.filter((body) => names.has(body.name_zh))).toEqual([]);
  });

  it('says a body is only proposed where the seed only proposes it: "也可成立…武器禁运联合工作组"', () => {
    const proposed = bodies.filter((body) =>
      ['武器禁运联合工作组', '武器和弹药管理小组', '专门的武器禁运监测单位'].includes(body.name_zh),
    );
    expect(proposed).toHaveLength(3);
    for (const body of proposed) expect(body.note).toMatch(/^Proposed, not existing/);
    expect(seeds.get('S/2017/1025')).toContain(
      '也可成立由联合国和平行动和相关政府机构组成的武器禁运联合工作组',
    );
  });
});
