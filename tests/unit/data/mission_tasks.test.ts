import path from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedText } from '$lib/datapackage/quotes';
import type { NodeDatabase } from '$lib/db/node.server';
import { dataDb } from '../../data-db';

// What the English of data/mission_tasks.csv says, held to the seed it is read from.
let db: NodeDatabase;
beforeAll(async () => {
  db = await dataDb();
}, 60_000);

describe('data/mission_tasks.csv', () => {
  // S/2017/1025 annex I, S/2008/258 recommendation 9: the Council "不妨请求审查阿卜耶伊和平行动的
  // 任务规定" (may request a review of the mandate), not that it may review it itself (issue 22,
  // reader review). The recommendation's measures in recommendations.csv say the same.
  it('regression: the Security Council may request a review of the Abyei mandate, as the seed says, not review it', () => {
    const seed = seedText(readFileSync(path.join('seeds', '002_a29e0504544d508f.txt'), 'utf8'));
    expect(seed).toContain(
      '安全理事会 • 不妨请求审查阿卜耶伊和平行动的任务规定，同时考虑到销毁部分',
    );
    const [task] = db.query(
      "SELECT detail_en, source_quote_zh FROM mission_tasks WHERE mission_id = 'UNISFA' AND aspect = 'destruction_review'",
    ) as { detail_en: string; source_quote_zh: string }[];
    expect(seed).toContain(task.source_quote_zh);
    expect(task.source_quote_zh).toContain('不妨请求审查');
    expect(task.detail_en).toMatch(/\bmay request a review of\b/);
    const [recommendation] = db.query(
      "SELECT actions_en FROM recommendations WHERE report_doc = 'S/2008/258' AND rec_number = 9",
    ) as { actions_en: string }[];
    expect(recommendation.actions_en).toMatch(/^Request a review of the Abyei operation's mandate/);
  });
});
