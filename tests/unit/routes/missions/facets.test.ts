import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import type { Row } from '$lib/db/rows';
import {
  emptySelection,
  facetCounts,
  filterRows,
  matchesSearch,
} from '../../../../src/routes/missions/facets';
import { missionsQuery } from '../../../../src/routes/missions/queries';
import { dataDb } from '../../../data-db';

// The page's facets work on the rows of missions.sql; each count is checked against an
// independent GROUP BY over the raw missions table in a real DuckDB.
let db: NodeDatabase;
let missions: Row[];
beforeAll(async () => {
  db = await dataDb();
  const all = missionsQuery();
  missions = db.query(all.sql, all.params);
});

const countsBy = (sql: string) =>
  new Map(db.query(sql).map((row) => [String(row.value), Number(row.n)]));

describe('facetCounts(rows, selection, text)', () => {
  it('counts each mandate as GROUP BY embargo_mandate does, with no filter set', () => {
    const counts = facetCounts(missions, emptySelection(), '');
    expect(counts.mandate).toEqual(
      countsBy('SELECT embargo_mandate AS value, count(*) AS n FROM missions GROUP BY 1'),
    );
  });

  it('counts kinds among the missions with a current mandate once "current" is ticked', () => {
    const selection = { ...emptySelection(), mandate: ['current'] };
    const counts = facetCounts(missions, selection, '');
    expect(counts.kind).toEqual(
      countsBy(
        "SELECT kind AS value, count(*) FILTER (WHERE embargo_mandate = 'current') AS n FROM missions GROUP BY 1",
      ),
    );
    // A facet's own counts ignore its own ticks, so the other mandates still show what they would add.
    expect(counts.mandate.get('ended')).toBe(2);
  });
});

describe('filterRows(rows, selection, text)', () => {
  it('shows the 8 missions with a current embargo-support mandate, the figure S/2017/1025 gives', () => {
    const shown = filterRows(missions, { ...emptySelection(), mandate: ['current'] }, '');
    const [figure] = db.query(
      "SELECT value FROM key_figures WHERE figure_id = 'missions_with_embargo_mandate'",
    );
    expect(shown).toHaveLength(Number(figure.value));
    expect(shown).toHaveLength(8);
  });

  it('combines facets with AND and values within a facet with OR', () => {
    const selection = {
      ...emptySelection(),
      mandate: ['current', 'ended'],
      kind: ['special_political'],
    };
    expect(
      filterRows(missions, selection, '')
        .map((row) => row.mission_id)
        .sort(),
    ).toEqual(['UNAMA', 'UNAMI', 'UNSMIL', 'UNSOM']);
  });
});

describe('matchesSearch(row, text)', () => {
  it('finds missions by host, Chinese name or a resolution of their mandate, in any case', () => {
    const find = (text: string) =>
      missions.filter((row) => matchesSearch(row, text)).map((row) => row.mission_id);
    expect(find('darfur')).toEqual(['UNAMID']);
    expect(find('中非')).toEqual(['MINUSCA']);
    expect(find('S/RES/2283')).toEqual(['UNOCI']);
    expect(find('  ')).toHaveLength(missions.length);
  });

  it('regression: finds a mission by the acronym and name the page shows in its language (FINUL on /fr/missions/ found nothing; issue 22)', () => {
    const find = (text: string, locale: string) =>
      missions.filter((row) => matchesSearch(row, text, locale)).map((row) => row.mission_id);
    expect(find('finul', 'fr')).toEqual(['UNIFIL']);
    expect(find('Force intérimaire des Nations Unies au Liban', 'fr')).toEqual(['UNIFIL']);
    expect(find('ВСООНЛ', 'ru')).toEqual(['UNIFIL']);
    expect(find('مونوسكو', 'ar')).toEqual(['MONUSCO']);
    // The data's id is still found on every page: it is in the URL (?mission=UNIFIL).
    expect(find('unifil', 'fr')).toEqual(['UNIFIL']);
    // As a keyboard types it: no accents, the straight apostrophe, no hamza.
    expect(find("operation des nations unies en cote d'ivoire", 'fr')).toEqual(['UNOCI']);
    expect(find("cote d'ivoire", 'en')).toEqual(['UNOCI']);
  });
});
