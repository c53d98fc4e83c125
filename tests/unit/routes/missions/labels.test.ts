import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { en } from '$lib/i18n/messages';
import { zh } from '$lib/i18n/zh';
import { missionColumns, taskColumns } from '../../../../src/routes/missions/columns';
import {
  mandateLabel,
  missionAcronym,
  resolutionLabel,
  valueLangsOf,
} from '../../../../src/routes/missions/labels';
import { missionsQuery } from '../../../../src/routes/missions/queries';
import { dataDb } from '../../../data-db';

let db: NodeDatabase;
beforeAll(async () => {
  db = await dataDb();
});

describe('resolutionLabel(row, locale)', () => {
  const row = { resolution: 'S/RES/2301 (2016)', resolution_para: 'para. 34 (c) (v)' };

  it('regression: says "para." once ("para. para. 34 (c) (v)" before)', () => {
    expect(resolutionLabel(row, 'en')).toBe('S/RES/2301 (2016), para. 34 (c) (v)');
  });

  it('names the resolution and its paragraph as S/2017/1025 does on a Chinese page', () => {
    // S/2017/1025 para. 25 (table): "(第 2301(2016)号决议，第 34(c)(五)段)".
    expect(resolutionLabel(row, 'zh')).toBe('第2301(2016)号决议，第34(c)(五)段');
  });

  it("writes the paragraph in the page's language, not in English (issue 22, reader review)", () => {
    // Sub-paragraphs as each language's UN documents write them (tests/unit/i18n/places.test.ts).
    expect(resolutionLabel(row, 'ru')).toBe('S/RES/2301 (2016), п. 34 c) v)');
    expect(resolutionLabel(row, 'es')).toBe('S/RES/2301 (2016), párr. 34 c) v)');
    expect(resolutionLabel(row, 'fr')).toBe('S/RES/2301 (2016), par. 34 c) v)');
    expect(resolutionLabel(row, 'ar')).toBe("S/RES/2301 (2016)، الفقرة 34 (ج) '5'");
  });

  it('says on a Chinese page which resolution ended a mandate, in a Chinese sentence', () => {
    const ended = {
      embargo_mandate: 'ended',
      embargo_mandate_ended_year: 2016,
      embargo_mandate_ended_by: 'S/RES/2283 (2016)',
    };
    // S/2017/1025 annex II, footnote 2: "按照安全理事会第 2283(2016)号决议的规定于 2016 年终止".
    expect(mandateLabel(ended, 'zh')).toBe('2016年根据安全理事会第2283(2016)号决议终止');
    // Other languages name it as their UN texts do in a sentence, by its number after the
    // word for resolution, not by the document symbol («резолюцией S/RES/2283 (2016)»).
    expect(mandateLabel(ended, 'en')).toBe('Ended in 2016 by resolution 2283 (2016)');
    expect(mandateLabel(ended, 'ru')).toBe('Завершен в 2016\u00a0году резолюцией 2283 (2016)');
    expect(mandateLabel(ended, 'fr')).toBe('Terminé en 2016 par la résolution 2283 (2016)');
    expect(mandateLabel(ended, 'es')).toBe('Concluido en 2016 por la resolución 2283 (2016)');
    expect(mandateLabel(ended, 'ar')).toBe('انتهت في عام 2016 بموجب القرار 2283 (2016)');
  });

  it('gives the resolution alone when no paragraph is known, and nothing without a resolution', () => {
    expect(resolutionLabel({ resolution: 'S/RES/2287 (2016)', resolution_para: null }, 'en')).toBe(
      'S/RES/2287 (2016)',
    );
    expect(resolutionLabel({ resolution: null, resolution_para: null }, 'zh')).toBe('');
  });

  it('never doubles the word for any task in data/', () => {
    const rows = db.query(
      'SELECT resolution, resolution_para FROM mission_tasks WHERE resolution IS NOT NULL',
    );
    expect(rows.length).toBeGreaterThan(0);
    for (const task of rows) {
      expect(resolutionLabel(task, 'en')).not.toMatch(/para\. para\./);
      expect(resolutionLabel(task, 'zh')).not.toMatch(/para\./);
    }
  });
});

describe('taskColumns()', () => {
  it('names every task code in data/mission_tasks.csv in words, in English and Chinese', () => {
    const codes = db
      .query('SELECT DISTINCT aspect FROM mission_tasks ORDER BY aspect')
      .map((row) => String(row.aspect));
    expect(codes).toContain('wam_support');
    const named = (catalogue: Record<string, string>) =>
      codes.filter((code) => !catalogue[`aspect.${code}`]?.trim());
    expect(named(en)).toEqual([]);
    expect(named(zh)).toEqual([]);
    const aspect = taskColumns()[0];
    for (const code of codes) {
      const shown = aspect.format!({ aspect: code });
      expect(shown).toBe(en[`aspect.${code}` as keyof typeof en]);
      expect(shown).not.toContain('_');
    }
  });
});

describe('valueLangsOf(rows, locale): facet labels shown in English for want of a translation', () => {
  const rows = () => {
    const all = missionsQuery();
    return db.query(all.sql, all.params);
  };

  it('marks a regional group English on a French page where the group has no French name, never the hosts', () => {
    const [row] = rows().filter((each) => each.host_group === 'AFR');
    const langs = valueLangsOf([{ ...row, host_group_name_fr: null }], 'fr');
    expect(langs.get('region:AFR')).toBe('en');
    expect(langs.get(`host:${row.host_iso3}`)).toBeUndefined();
  });

  it('marks nothing on a page in any of the six languages, the groups being named in each', () => {
    for (const locale of ['fr', 'es', 'ru', 'ar'] as const) {
      expect([...valueLangsOf(rows(), locale).keys()], locale).toEqual([]);
    }
  });

  it('marks nothing on English and Chinese pages', () => {
    expect([...valueLangsOf(rows(), 'en').keys()]).toEqual([]);
    expect([...valueLangsOf(rows(), 'zh').keys()]).toEqual([]);
  });
});

describe('missionAcronym(row, locale): the acronym UN texts in the language use (issue 22)', () => {
  const row = (mission_id: string) => ({ mission_id });

  it.each([
    ['UNIFIL', 'fr', 'FINUL'],
    ['UNOCI', 'fr', 'ONUCI'],
    ['UNAMID', 'fr', 'MINUAD'],
    ['UNISFA', 'fr', 'FISNUA'],
    ['UNAMA', 'fr', 'MANUA'],
    ['UNIFIL', 'ru', 'ВСООНЛ'],
    ['UNMIL', 'ar', 'أونميل'],
  ] as const)('regression: %s on a %s page reads %s', (id, locale, text) => {
    expect(missionAcronym(row(id), locale)).toEqual({ text, lang: locale });
  });

  it('in English, the data’s id', () => {
    expect(missionAcronym(row('UNIFIL'), 'en')).toEqual({ text: 'UNIFIL', lang: 'en' });
  });

  it('where data/translations.csv has none for the language, the id, marked as English', () => {
    expect(missionAcronym(row('UNIFIL'), 'es')).toEqual({ text: 'UNIFIL', lang: 'en' });
  });
});

describe('missionColumns(): the table’s first column', () => {
  const unifil = { mission_id: 'UNIFIL' };
  const first = () => missionColumns(null, new Map())[0];

  it('regression: on a French page the first cell reads FINUL', () => {
    expect(first().cell!(unifil, 'fr')).toEqual({ text: 'FINUL', lang: 'fr' });
  });

  it('its link keeps the data’s id (?mission=UNIFIL), and so does its key', () => {
    expect(first().key).toBe('mission_id');
    expect(first().href!(unifil)).toContain('mission=UNIFIL');
  });
});
