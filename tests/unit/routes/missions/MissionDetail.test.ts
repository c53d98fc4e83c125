import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import type { Row } from '$lib/db/rows';
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime.js';
import { readTranslations } from '$lib/i18n/data-text';
import type { Locale } from '$lib/paraglide/runtime.js';
import MissionDetail from '../../../../src/routes/missions/MissionDetail.svelte';
import { missionName } from '../../../../src/routes/missions/labels';

// A mission as missions.csv has it: names in English and Chinese only.
const mission = {
  mission_id: 'MINUSMA',
  name_en: 'United Nations Multidimensional Integrated Stabilization Mission in Mali',
  name_zh: '联合国马里多层面综合稳定团',
  short_name_zh: '',
  host_en: 'Mali',
  kind: 'peacekeeping',
  embargo_mandate: 'none',
  embargo_monitoring: 'none',
  wam_support: 'true',
  source_doc: 'S/2017/1025',
  source_ref: 'para. 25, table',
};
const task = {
  mission_id: 'MINUSMA',
  aspect: 'wam',
  resolution: 'S/RES/2100 (2013)',
  detail_en: 'Assist the Malian authorities with the removal and destruction of mines.',
  source_doc: 'S/2017/1025',
  source_ref: 'para. 25',
};
const embargo = {
  target_en: 'Mali',
  established_by: 'S/RES/2374 (2017)',
  start_date: '2017-09-05',
  source: 'S/RES/2374 (2017), para. 1',
};

// A mission whose English name data/translations.csv does not translate.
const untranslated = {
  ...mission,
  name_en: 'United Nations Multidimensional Integrated Mission with no name in this language',
};

const body = (locale: Locale, row: Row = mission) => {
  overwriteGetLocale(() => locale);
  return render(MissionDetail, {
    props: { mission: row, tasks: [task], embargoes: [embargo], label: (_, value) => value },
  }).body;
};
afterEach(() => overwriteGetLocale(() => 'en'));

describe('<MissionDetail> in a language the data has no names in', () => {
  for (const locale of ['fr', 'es', 'ru', 'ar'] as const) {
    it(`regression: ${locale}: the report's English task details are marked lang="en"`, () => {
      // On an Arabic page the English is also one left-to-right run (its full stop at its end).
      expect(body(locale)).toMatch(
        /<td[^>]*lang="en"[^>]*>(?:<!--[^>]*-->|\s|<span lang="en" dir="ltr">)*Assist the Malian/,
      );
    });
  }

  for (const locale of ['fr', 'es', 'ru', 'ar'] as const) {
    it(`regression: ${locale}: an English name in the heading is marked lang="en"`, () => {
      expect(body(locale, untranslated)).toMatch(
        /<span lang="en">United Nations Multidimensional Integrated Mission with no name/,
      );
    });
  }

  // A detail data/translations.csv gives in the language is shown in it, with no lang of its
  // own (issue 22): MINUSMA's task under S/RES/2295 (2016), as mission_tasks.csv has it.
  const minusma = {
    ...task,
    resolution: 'S/RES/2295 (2016)',
    detail_en:
      'Assist the Malian authorities with the removal and destruction of mines and other explosive devices, and with weapons and ammunition management.',
  };
  it.each([
    ['fr', 'Aider les autorités maliennes à enlever et à détruire les mines'],
    ['es', 'Ayudar a las autoridades malienses a remover y destruir minas'],
    ['ru', 'Оказывать малийским властям помощь в удалении и уничтожении мин'],
    ['ar', 'مساعدة السلطات المالية في إزالة الألغام'],
  ] as const)(
    '%s: a task detail the data translates is in the page’s language',
    (locale, start) => {
      overwriteGetLocale(() => locale);
      const html = render(MissionDetail, {
        props: { mission, tasks: [minusma], embargoes: [], label: (_, value) => value },
      }).body;
      expect(html).toMatch(new RegExp(`<td(?![^>]*lang=)[^>]*>(?:<!--[^>]*-->|\\s)*${start}`));
      expect(html).not.toContain('Assist the Malian authorities with the removal');
    },
  );

  // UNISFA's task keeps the seed's word, 非军事化, beside "demilitarized": on a page in a
  // Latin-script language it was read in that language's voice (issue 22).
  const unisfa = {
    ...task,
    mission_id: 'UNISFA',
    resolution: 'S/RES/1990 (2011)',
    detail_en:
      'The Abyei Area is to be "demilitarized" (非军事化), with no forces other than UNISFA and the local police; UNISFA may confiscate and destroy weapons and report arms flows into Abyei.',
  };
  it.each(['en', 'fr', 'es'] as const)(
    '%s: the Chinese word a task detail keeps is marked lang="zh-Hans"',
    (locale) => {
      overwriteGetLocale(() => locale);
      const html = render(MissionDetail, {
        props: { mission, tasks: [unisfa], embargoes: [], label: (_, value) => value },
      }).body;
      expect(html).toMatch(/\((?:<!--[^>]*-->)*<span lang="zh-Hans">非军事化<\/span>/u);
    },
  );

  // Chinese too (the data has no Chinese column for it): the text data/translations.csv gives.
  it('zh: a task detail the data translates is in Chinese, read from data/translations.csv', () => {
    const zh = readTranslations(readFileSync('data/translations.csv', 'utf8'))
      .get(`code/mission_tasks.detail_en/${minusma.detail_en}`)
      ?.get('zh');
    expect(zh, 'the zh row of this detail in data/translations.csv').toBeDefined();
    expect(zh).toMatch(/\p{Script=Han}/u);
    overwriteGetLocale(() => 'zh');
    const html = render(MissionDetail, {
      props: { mission, tasks: [minusma], embargoes: [], label: (_, value) => value },
    }).body;
    // The cell holding it, with no lang of its own: it is in the page's language.
    const cell = [...html.matchAll(/<td([^>]*)>(?:<!--[^>]*-->|\s)*([^<]*)</g)].find(
      (match) => match[2].trim() === zh,
    );
    expect(cell, 'a cell with the Chinese text').toBeDefined();
    expect(cell![1]).not.toContain('lang=');
    expect(html).not.toContain('Assist the Malian authorities with the removal');
  });

  it('regression: the date an embargo began is written as the page writes dates, not 2017-09-05', () => {
    expect(body('fr')).toContain('5 septembre 2017');
    expect(body('en')).toContain('5 September 2017');
    expect(body('en')).not.toContain('(2017-09-05)');
  });

  it('on an English page the same texts are not marked: they are in the page’s language', () => {
    const html = body('en');
    expect(html).not.toContain('lang="en"');
    expect(html).toContain(
      'United Nations Multidimensional Integrated Stabilization Mission in Mali',
    );
  });
});

describe('missionName(row, locale)', () => {
  it('regression: on a French page a mission is named by its official French name, read in data/translations.csv', () => {
    // "Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali",
    // as France's Permanent Mission to the UN lists it (translations.csv says where).
    expect(missionName(mission, 'fr')).toEqual({
      text: 'Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali',
    });
    expect(body('fr')).toContain(
      'MINUSMA</span>\u00a0: <span>Mission multidimensionnelle intégrée des Nations Unies pour la stabilisation au Mali',
    );
  });

  it('in Russian, the name data/translations.csv gives (issue 22, reader review)', () => {
    expect(missionName(mission, 'ru')).toEqual({
      text: 'Многопрофильная комплексная миссия Организации Объединенных Наций по стабилизации в Мали',
    });
  });

  it('where data/translations.csv has no name, the English, marked as English', () => {
    expect(missionName(untranslated, 'ru')).toEqual({ text: untranslated.name_en, lang: 'en' });
  });
});

describe('<MissionDetail> details', () => {
  it('regression: a mission with no Chinese short name shows no empty brackets (联合国马里多层面综合稳定团, not …（）)', () => {
    expect(body('fr')).toContain('联合国马里多层面综合稳定团');
    expect(body('fr')).not.toContain('（）');
  });

  it('regression: on a French page the colon after a mission’s acronym has a no-break space before it', () => {
    expect(body('fr')).toContain('MINUSMA</span>\u00a0: ');
    expect(body('en')).toContain('MINUSMA</span>: ');
    expect(body('zh')).toContain('MINUSMA</span>：');
  });

  it('regression: an embargo on an Arabic page is written with the Arabic comma', () => {
    expect(body('ar')).toContain('، S/RES/2374 (2017)');
  });
});

describe('a mission the data names in Chinese by its short name only (UNISFA, issue 22)', () => {
  // As missions.csv has it: no full Chinese name, the short name the seed prints.
  const abyei = {
    ...mission,
    mission_id: 'UNISFA',
    name_en: 'United Nations Interim Security Force for Abyei',
    name_zh: '',
    short_name_zh: '联阿安全部队',
  };

  it('regression: on a Chinese page it is named by its Chinese short name, not in English ("UNISFA：United Nations Interim Security Force for Abyei")', () => {
    expect(missionName(abyei, 'zh')).toEqual({ text: '联阿安全部队' });
    const html = body('zh', abyei).replace(/<!--.*?-->/g, '');
    // The acronym stays the data's, English, and is marked so (issue 22).
    expect(html).toContain('<span lang="en">UNISFA</span>：<span>联阿安全部队</span>');
    expect(html).not.toMatch(/<span lang="en">United Nations Interim/);
  });

  it('in the other languages by its name there; on their pages the Chinese line is the short name, without brackets', () => {
    expect(missionName(abyei, 'en')).toEqual({ text: abyei.name_en });
    expect(missionName(abyei, 'fr').text).toMatch(/^Force intérimaire de sécurité/);
    expect(missionName(abyei, 'ru').lang).toBeUndefined();
    const html = body('en', abyei).replace(/<!--.*?-->/g, '');
    expect(html).toMatch(/<p lang="zh-Hans" class="other-name[^"]*">\s*联阿安全部队\s*<\/p>/);
    expect(html).not.toContain('（联阿安全部队）');
  });
});

describe('a mission’s acronym in the page’s language (issue 22, French, Spanish and Russian readers)', () => {
  // UNIFIL as missions.csv has it; UN texts in French write FINUL, in Russian ВСООНЛ.
  const unifil = {
    ...mission,
    mission_id: 'UNIFIL',
    name_en: 'United Nations Interim Force in Lebanon',
    name_zh: '联合国驻黎巴嫩临时部队',
    short_name_zh: '联黎部队',
  };

  it('regression: on a French page the heading reads FINUL, not UNIFIL', () => {
    const html = body('fr', unifil);
    expect(html).toContain('<span>FINUL</span>\u00a0: <span>');
    expect(html).not.toContain('UNIFIL');
  });

  it('regression: on a Russian page the heading reads ВСООНЛ', () => {
    expect(body('ru', unifil)).toContain('<span>ВСООНЛ</span>: <span>');
  });

  it('on an English page the heading keeps UNIFIL, unmarked', () => {
    expect(body('en', unifil)).toContain('<span>UNIFIL</span>: <span>');
  });

  it('where no UN text in the language is stored, the English acronym, marked lang="en"', () => {
    expect(body('es', unifil)).toMatch(/<span lang="en">UNIFIL<\/span>: /);
  });
});
