import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { dataDb } from '../../data-db';

// The groups' names in every UN language, like the countries': a name read from a UN source
// names it (a doc_id of documents.csv) and the place in it; a name written for this site has
// neither, and the row's note says so.
describe('regional_groups.csv in the six UN languages', () => {
  let db: NodeDatabase;
  beforeAll(async () => {
    db = await dataDb();
  });

  it.each([
    ['fr', /^États d’/u],
    ['es', /^Estados de /u],
    ['ru', /^\p{Script=Cyrillic}/u],
    ['ar', /^\p{Script=Arabic}/u],
  ])('names every group in %s', (lang, script) => {
    const rows = db.query(
      `SELECT group_id, name_${lang} AS name, name_${lang}_source AS source, name_${lang}_ref AS ref FROM regional_groups`,
    ) as { group_id: string; name: string | null; source: string | null; ref: string | null }[];
    expect(rows).toHaveLength(5);
    for (const row of rows) {
      expect(row.name, row.group_id).toMatch(script);
      expect(Boolean(row.source), row.group_id).toBe(Boolean(row.ref));
      if (row.source) {
        expect(
          db.query('SELECT count(*)::INTEGER AS n FROM documents WHERE doc_id = ?', [row.source]),
        ).toEqual([{ n: 1 }]);
      }
    }
  });

  it('says in the note of each group which names were written for this site', () => {
    const rows = db.query(
      `SELECT group_id, note FROM regional_groups WHERE name_fr_source IS NULL OR name_es_source IS NULL`,
    ) as { group_id: string; note: string }[];
    expect(rows).toHaveLength(5);
    for (const row of rows) expect(row.note, row.group_id).toMatch(/written for this site/);
  });
});
