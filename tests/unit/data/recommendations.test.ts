import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataPackage } from '$lib/datapackage/schema';
import type { NodeDatabase } from '$lib/db/node.server';
import { dataDb } from '../../data-db';

// Annex I of S/2017/1025 in Chinese: each row's addressees (实体 column) and actions (行动
// column) as the seed prints them, so that /zh/sources/ reads the document's own words.
const descriptor = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as DataPackage;
const fields =
  descriptor.resources.find((resource) => resource.name === 'recommendations')?.schema.fields ?? [];
const han = /\p{Script=Han}/u;

let db: NodeDatabase;
beforeAll(async () => {
  db = await dataDb();
});

describe('recommendations.addressees_zh and actions_zh', () => {
  it('are declared right after their English columns, checked verbatim against the seed', () => {
    for (const base of ['addressees', 'actions']) {
      const at = fields.findIndex((field) => field.name === `${base}_en`);
      const zh = fields[at + 1];
      expect(zh?.name).toBe(`${base}_zh`);
      expect(zh?.type).toBe('string');
      expect(zh?.['x-verbatim']).toEqual({ doc: 'source_doc' });
      expect(zh?.description).toMatch(/verbatim/);
    }
  });

  it('give every one of the 19 rows Chinese text, or a note saying why a column is empty', () => {
    const rows = db.query(
      'SELECT report_doc, rec_number, addressees_zh, actions_zh, note FROM recommendations',
    );
    expect(rows).toHaveLength(19);
    for (const row of rows) {
      const id = `${row.report_doc} ${row.rec_number}`;
      for (const column of ['addressees_zh', 'actions_zh']) {
        if (row[column] === null) expect(String(row.note ?? ''), id).toContain(column);
        else expect(String(row[column]), id).toMatch(han);
      }
    }
    const filled = rows.filter((row) => row.actions_zh !== null);
    expect(filled.length).toBeGreaterThanOrEqual(17);
  });

  it('read S/2015/289 recommendation 8 and S/2013/503 recommendation 3 (one table row) as the seed prints it', () => {
    // seeds/002_a29e0504544d508f.txt, lines 699-709, line breaks removed.
    const actions = [
      '• 不妨要求提交一份报告，概要说明可用来改进武',
      '器储存管理的具体技术，以便打击转用情况并改',
      '进追查。',
      '• 可以考虑采取辅助措施，确保所有武器的标识和',
      '登记，特别是在部署联合国实体并能使其提供协',
      '助的情况下。',
    ].join('');
    const rows = db.query(
      'SELECT report_doc, addressees_zh, actions_zh FROM recommendations WHERE table_row = 2 ORDER BY report_doc',
    );
    expect(rows.map((row) => row.report_doc)).toEqual(['S/2013/503', 'S/2015/289']);
    for (const row of rows) {
      expect(row.addressees_zh).toBe('安全理事会');
      expect(row.actions_zh).toBe(actions);
    }
  });

  it('read the UN-system row (S/2013/503 recommendation 2) with its addressee cell joined as printed', () => {
    // Lines 809-813: 联合国系统 / 和其他相关 / 实体.
    const [row] = db.query(
      "SELECT addressees_zh, actions_zh FROM recommendations WHERE report_doc = 'S/2013/503' AND rec_number = 2",
    );
    expect(row.addressees_zh).toBe('联合国系统和其他相关实体');
    expect(String(row.actions_zh)).toMatch(/^• 《国际小武器管制标准》和《国际弹药技术准则》/);
    expect(String(row.actions_zh)).toMatch(/开展《安全保管方案》活动。$/);
  });
});
