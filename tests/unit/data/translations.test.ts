import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedText } from '$lib/datapackage/quotes';
import type { DataPackage } from '$lib/datapackage/schema';
import type { NodeDatabase } from '$lib/db/node.server';
import { dataDb } from '../../data-db';

// data/translations.csv is the one place the data's text is given in other languages. The
// data page and the tables read it; these checks keep it whole and true to the data.
const descriptor = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as DataPackage;

let db: NodeDatabase;
type Translation = {
  key: string;
  lang: string;
  en: string;
  text: string;
  form: string;
  source_doc: string;
  source_ref: string;
};
let rows: Translation[];
beforeAll(async () => {
  db = await dataDb();
  rows = db.query('SELECT * FROM translations') as Translation[];
});

/**
 * The columns whose values the pages translate: `code:` (DataTable's Column), `codeText(…)` or
 * `translatedCell(…)`.
 */
function codeColumnsInPages(): string[] {
  const files = [
    'src/routes/+page.svelte',
    'src/routes/centres/+page.svelte',
    'src/routes/sources/+page.svelte',
    'src/lib/components/figures.ts',
    'src/lib/components/sources.ts',
    'src/routes/missions/MissionDetail.svelte',
    'src/routes/countries/[iso3]/+page.svelte',
  ];
  const found = files.flatMap((file) => {
    const text = readFileSync(file, 'utf8');
    return [
      ...[...text.matchAll(/(?:code: |codeText\()'([a-z_0-9]+\.[a-z_0-9]+)'/g)].map(
        (match) => match[1],
      ),
      // translatedCell('table', 'base') shows the translation of table.base_en.
      ...[...text.matchAll(/translatedCell\('([a-z_0-9]+)', '([a-z_0-9]+)'\)/g)].map(
        (match) => `${match[1]}.${match[2]}_en`,
      ),
    ];
  });
  return [...new Set(found)];
}

/**
 * Chinese brackets and quotation marks doubled: the same mark twice (《《, 》》, （（, ））, ““, ””),
 * or a closing bracket against an opening one (）（, 》《).
 */
const DOUBLED_CJK = /([《》（）【】〔〕「」『』“”〈〉])\1|[）】〕]\s*[（【〔]|》\s*《/u;

/** The UN languages other than English, each of which has every text of the data. */
const LANGS = ['zh', 'fr', 'es', 'ru', 'ar'] as const;

/** The keys `lang` has a row for. */
const keysIn = (lang: string) =>
  new Set(rows.filter((row) => row.lang === lang).map((row) => row.key));

describe('data/translations.csv', () => {
  it.each(LANGS)(
    'gives every dataset title and description and every column description in %s',
    (lang) => {
      const given = keysIn(lang);
      const wanted = descriptor.resources.flatMap((resource) => [
        `dataset/${resource.name}/title`,
        `dataset/${resource.name}/description`,
        ...resource.schema.fields.map((field) => `field/${resource.name}/${field.name}`),
      ]);
      expect(wanted.filter((key) => !given.has(key))).toEqual([]);
      expect(wanted.length).toBeGreaterThan(250);
    },
  );

  it('gives every text it has in Chinese in Arabic, French, Russian and Spanish too, once each', () => {
    const zh = [...keysIn('zh')];
    for (const lang of LANGS) {
      expect(
        zh.filter((key) => !keysIn(lang).has(key)),
        lang,
      ).toEqual([]);
      const keys = rows.filter((row) => row.lang === lang).map((row) => row.key);
      expect(keys.length, lang).toBe(new Set(keys).size);
    }
    expect(new Set(rows.map((row) => row.lang))).toEqual(new Set(LANGS));
  });

  it('writes each language in its script: Arabic in Arabic letters, Russian in Cyrillic', () => {
    const script: Record<string, RegExp> = {
      ar: /\p{Script=Arabic}/u,
      ru: /\p{Script=Cyrillic}/u,
      zh: /\p{Script=Han}/u,
    };
    const wrong = rows.filter((row) => script[row.lang] && !script[row.lang].test(row.text));
    expect(wrong.map((row) => `${row.lang} ${row.key}: ${row.text}`)).toEqual([]);
    // French and Spanish are in Latin letters like English: at least the datasets' titles and
    // descriptions differ from the English (a copied English text would pass everything else).
    for (const lang of ['fr', 'es']) {
      const copied = rows.filter(
        (row) => row.lang === lang && row.key.startsWith('dataset/') && row.text === row.en,
      );
      const sameWord = { fr: ['dataset/documents/title', 'dataset/citations/title'], es: [] };
      expect(
        copied.map((row) => row.key),
        lang,
      ).toEqual(sameWord[lang as 'fr' | 'es']);
    }
  });

  it('names, for every official form, a source the package has: a doc_id of documents.csv', () => {
    const docs = new Set(
      (db.query('SELECT doc_id FROM documents') as { doc_id: string }[]).map((row) => row.doc_id),
    );
    const official = rows.filter((row) => row.form === 'official');
    expect(official.filter((row) => !docs.has(row.source_doc))).toEqual([]);
    expect(rows.filter((row) => !['official', 'site'].includes(row.form))).toEqual([]);
    for (const lang of LANGS) {
      expect(official.filter((row) => row.lang === lang).length, lang).toBeGreaterThanOrEqual(10);
    }
  });

  it('translates the English as it is today: a changed English text shows as a stale translation', () => {
    const english = new Map<string, string>();
    for (const resource of descriptor.resources) {
      english.set(`dataset/${resource.name}/title`, resource.title ?? '');
      english.set(`dataset/${resource.name}/description`, resource.description ?? '');
      for (const field of resource.schema.fields)
        english.set(`field/${resource.name}/${field.name}`, field.description ?? '');
    }
    for (const resource of descriptor.resources)
      for (const source of resource.sources ?? [])
        english.set(`source/${source.title}`, source.title);
    const stale = rows.filter((row) => {
      const today = row.key.startsWith('code/')
        ? row.key.split('/').slice(2).join('/')
        : english.get(row.key);
      return row.en !== today;
    });
    expect(stale.map((row) => row.key)).toEqual([]);
  });

  it('translates only what the package has: every key names a dataset, a field or a value', () => {
    const names = new Map(
      descriptor.resources.map((resource) => [
        resource.name,
        new Set(resource.schema.fields.map((field) => field.name)),
      ]),
    );
    const sourceTitles = new Set(
      descriptor.resources.flatMap((resource) =>
        (resource.sources ?? []).map((source: { title: string }) => source.title),
      ),
    );
    const wrong = rows.filter((row) => {
      const [kind, rest] = [
        row.key.slice(0, row.key.indexOf('/')),
        row.key.slice(row.key.indexOf('/') + 1),
      ];
      if (kind === 'dataset') {
        const [name, part] = rest.split('/');
        return !names.has(name) || !['title', 'description'].includes(part);
      }
      if (kind === 'field') {
        const [name, field] = rest.split('/');
        return !names.get(name)?.has(field);
      }
      if (kind === 'source') return !sourceTitles.has(rest);
      if (kind !== 'code') return true;
      const [column, ...value] = rest.split('/');
      const [table, name] = column.split('.');
      if (!names.get(table)?.has(name)) return true;
      const found = db.query(`SELECT count(*)::INTEGER AS n FROM ${table} WHERE "${name}" = ?`, [
        value.join('/'),
      ]);
      return found[0].n === 0;
    });
    expect(wrong.map((row) => row.key)).toEqual([]);
  });

  it('covers every value of the columns the pages translate', () => {
    const columns = codeColumnsInPages();
    expect(columns.length).toBeGreaterThan(3);
    for (const [lang, column] of LANGS.flatMap((each) => columns.map((one) => [each, one]))) {
      const keys = keysIn(lang);
      const [table, name] = column.split('.');
      // A row with text of its own in the language (label_zh beside label_en) needs none here.
      const own = name.replace(/_en$/, `_${lang}`);
      const fields = descriptor.resources.find((resource) => resource.name === table)?.schema
        .fields;
      const hasOwn = own !== name && fields?.some((field) => field.name === own);
      const values = db
        .query(
          `SELECT DISTINCT "${name}"::VARCHAR AS v FROM ${table} WHERE "${name}" IS NOT NULL` +
            (hasOwn ? ` AND coalesce("${own}", '') = ''` : ''),
        )
        .map((row) => String(row.v));
      const missing = values.filter((value) => !keys.has(`code/${column}/${value}`));
      // Publishers (news outlets, institutes) and documents without a name of their own in
      // Chinese keep the names they have; the UN's own bodies and treaties are translated.
      const mustTranslate: Record<string, RegExp> = {
        'documents.body': /^(General Assembly|Security Council|Secretary-General)$/,
        'documents.doc_id': /^(UN Charter|Arms Trade Treaty|UNTOC|Firearms Protocol)$/,
        // An organisation's acronym is given where the language has one of its own (UA, ОАГ);
        // the others keep the published one (CARICOM, SICA). See the test of the acronyms below.
        'regional_centre_partners.acronym': /(?!)/,
        // A mission's acronym likewise, where a stored UN text in the language gives one
        // (FINUL, ВСООНЛ); the others keep the English one, marked as English.
        'missions.mission_id': /(?!)/,
      };
      const needed = mustTranslate[column]
        ? missing.filter((value) => mustTranslate[column].test(value))
        : missing;
      expect(needed, `${lang} ${column}`).toEqual([]);
    }
  });

  // A source a note cites by a name written for this site ("UN News 2015-05-22 (resolution
  // 2220)") and a source the data page lists were given in French and Spanish only: /ru/ read
  // «UN Disarmament Yearbook 2011, Part II, с. 81» under the register chart (issue 22, Russian
  // reader).
  it("names in Russian every source that French and Spanish name: the notes' documents and the data page's sources", () => {
    const named = (lang: string) =>
      [...keysIn(lang)].filter(
        (key) => key.startsWith('code/documents.doc_id/') || key.startsWith('source/'),
      );
    const russian = keysIn('ru');
    const both = named('fr').filter((key) => keysIn('es').has(key));
    expect(both.length).toBeGreaterThan(20);
    expect(both.filter((key) => !russian.has(key))).toEqual([]);
  });

  // UN News in Spanish writes «la Operación de las Naciones Unidas en Côte d’Ivoire (UNOCI)»: the
  // acronym is the Spanish one too, so /es/missions/ reads it as Spanish, not as English
  // (issue 22, Spanish reader).
  it('gives UNOCI in Spanish as UN News in Spanish writes it, an official form with its source', () => {
    expect(
      rows
        .filter((row) => row.lang === 'es' && row.key === 'code/missions.mission_id/UNOCI')
        .map(({ text, form, source_doc }) => ({ text, form, source_doc })),
    ).toEqual([
      { text: 'UNOCI', form: 'official', source_doc: 'UN News (es) story 2010/06/1194991' },
    ]);
  });

  // UN French and Spanish write the African Union, ECOWAS, ECCAS and the OAS as UA, CEDEAO,
  // CEEAC and OEA, UN Russian as АС, ЭКОВАС, ЭСЦАГ and ОАГ (issue 22, reader review).
  it.each([
    ['fr', ['UA', 'CEDEAO', 'CEEAC', 'OEA']],
    ['es', ['UA', 'CEDEAO', 'CEEAC', 'OEA']],
    ['ru', ['АС', 'ЭКОВАС', 'ЭСЦАГ', 'ОАГ']],
  ])("gives, in %s, the partners' acronyms the language writes", (lang, acronyms) => {
    const given = ['AU', 'ECOWAS', 'ECCAS', 'OAS'].map(
      (acronym) =>
        rows.find(
          (row) =>
            row.lang === lang && row.key === `code/regional_centre_partners.acronym/${acronym}`,
        )?.text,
    );
    expect(given).toEqual(acronyms);
  });

  // UN Russian says «эмбарго на поставки оружия» (S/RES/2117 (2013) in Russian), never
  // «оружейное эмбарго» (issue 22, reader review).
  it('says «эмбарго на поставки оружия» in Russian, not «оружейное эмбарго»', () => {
    const wrong = rows.filter(
      (row) => row.lang === 'ru' && /оружейн\p{L}*\s+эмбарго/iu.test(row.text),
    );
    expect(wrong.map((row) => `${row.key}: ${row.text}`)).toEqual([]);
  });

  it('writes Chinese with Chinese punctuation, and names the source of every official form', () => {
    const zh = rows.filter((row) => row.lang === 'zh');
    // A resolution keeps its year in half-width brackets, as S/2017/1025 and the pages write
    // it (第2117(2013)号决议, src/lib/i18n/resolutions.ts).
    const halfWidth = zh.filter((row) =>
      /\p{Script=Han}[,;:()!?]|[,;:()!?]\p{Script=Han}/u.test(
        row.text.replace(/第\d+\(\d{4}\)号决议/gu, '第号决议'),
      ),
    );
    expect(halfWidth.map((row) => `${row.key}: ${row.text}`)).toEqual([]);
    // A bracket or quotation mark written twice (《《…》》, “…””), or a bracket closed and
    // another opened at once (…）（2003年3月17日）: one note in brackets, the next said in words
    // (the DC/2856 caveat had two, issue 22).
    const doubled = zh.filter((row) => DOUBLED_CJK.test(row.text));
    expect(doubled.map((row) => `${row.key}: ${row.text}`)).toEqual([]);
    expect(zh.every((row) => /\p{Script=Han}/u.test(row.text))).toBe(true);
    const unsourced = rows.filter((row) => row.form === 'official' && !row.source_doc);
    expect(unsourced).toEqual([]);
    // An official country name is the M49 name countries.csv holds, read from the same row.
    const m49 = db.query('SELECT name_zh, name_zh_ref FROM countries') as {
      name_zh: string;
      name_zh_ref: string;
    }[];
    // An official document name is its Chinese title as documents.csv has it from its source.
    for (const row of zh.filter(
      (each) => each.form === 'official' && each.key.startsWith('code/documents.doc_id/'),
    )) {
      const id = row.key.slice('code/documents.doc_id/'.length);
      expect(db.query('SELECT title_zh FROM documents WHERE doc_id = ?', [id])).toEqual([
        { title_zh: row.text },
      ]);
    }
    for (const row of zh.filter((each) => each.source_doc === 'UNSD M49')) {
      expect(m49, row.key).toContainEqual({
        name_zh: row.text,
        name_zh_ref: row.source_ref,
      });
    }
  });

  // UN Chinese documents as published set an Arabic numeral against the Chinese beside it
  // ("2015年1月", "第7036次会议"), as the interface does (tests/unit/i18n/zh.test.ts); the seeds'
  // plain text keeps the spaces of its PDF layout ("2015 年 1 月"), so a passage quoted from a
  // seed keeps them (issue 22, reader review).
  it('writes a number against the Chinese beside it, except in a passage quoted from a seed', () => {
    const seeds = readdirSync('seeds')
      .filter((file) => file.endsWith('.txt'))
      .map((file) => seedText(readFileSync(path.join('seeds', file), 'utf8')));
    const inSeed = (passage: string) =>
      passage.split(/…+/u).every((part) => !part || seeds.some((seed) => seed.includes(part)));
    // What a row writes itself: its text less the passages, in “…” or a title in 《…》, that a
    // seed prints as they stand (an elision "……" joins two pieces of one).
    const own = (text: string) =>
      inSeed(text)
        ? ''
        : text.replace(/“([^“”]*)”|《([^《》]*)》/gu, (all, quote?: string, title?: string) =>
            inSeed(quote ?? title ?? '') ? '“”' : all,
          );
    // A number, not a document symbol or a code that ends in digits ("S/2017/1025 提到的").
    const han = '[\\p{Script=Han}\\u3000-\\u303f\\uff00-\\uffef“”]';
    const num = '\\d+(?:[.,\\u00a0]\\d+)*%?';
    const spaced = new RegExp(
      `${han}[ \\u00a0]+${num}(?![\\w/-])|(?<![\\w/.-])${num}[ \\u00a0]+${han}`,
      'u',
    );
    const zh = rows.filter((row) => row.lang === 'zh');
    expect(own('印作“……第 7036 次会议通过”，2015 年')).toBe('印作“”，2015 年');
    const written = zh.filter((row) => spaced.test(own(row.text)));
    expect(written.map((row) => `${row.key}: ${row.text}`)).toEqual([]);
  });

  // The overview names headline figures and events in Chinese from their own columns
  // (label_zh, name_zh); in the four other languages from here (issue 22).
  it.each(['fr', 'es', 'ru', 'ar'])(
    'gives, in %s, every headline figure label and every event name, not copied from the English',
    (lang) => {
      const keys = keysIn(lang);
      for (const column of ['key_figures.label_en', 'events.name_en']) {
        const [table, name] = column.split('.');
        const values = db
          .query(`SELECT DISTINCT "${name}" AS v FROM ${table} WHERE "${name}" IS NOT NULL`)
          .map((row) => String(row.v));
        expect(values.length, column).toBeGreaterThan(25);
        expectTranslated(lang, keys, column, values);
      }
    },
  );

  /** Each value of `column` has a row in `lang` (keys: its keys), and none is the English copied. */
  function expectTranslated(lang: string, keys: Set<string>, column: string, values: string[]) {
    const missing = values.filter((value) => !keys.has(`code/${column}/${value}`));
    expect(missing, `${lang} ${column}`).toEqual([]);
    const copied = rows.filter(
      (row) => row.lang === lang && row.key.startsWith(`code/${column}/`) && row.text === row.en,
    );
    expect(
      copied.map((row) => row.key),
      `${lang} ${column}`,
    ).toEqual([]);
  }

  // The sentences the pages show in tables (a mission's tasks, a Register count's caveat, a
  // recommendation's measures) are in the reader's language, each one, not the English
  // copied (issue 22).
  it.each(['fr', 'es', 'ru', 'ar'])(
    'gives, in %s, every mission task detail, every caveat of a Register count the page shows and every recommendation’s measures',
    (lang) => {
      const keys = keysIn(lang);
      const shown: Record<string, string> = {
        'mission_tasks.detail_en': 'SELECT DISTINCT detail_en AS v FROM mission_tasks',
        'register_participation.note':
          "SELECT DISTINCT note AS v FROM register_participation WHERE measure = 'states_reporting' AND data_year IS NOT NULL AND note IS NOT NULL",
        'recommendations.actions_en': 'SELECT DISTINCT actions_en AS v FROM recommendations',
      };
      for (const [column, sql] of Object.entries(shown)) {
        const values = db.query(sql).map((row) => String(row.v));
        expect(values.length, column).toBeGreaterThan(15);
        expectTranslated(lang, keys, column, values);
      }
    },
  );

  // The Chinese pages too: mission_tasks and register_participation have no Chinese column of
  // their own, so these two are read from here as in the other languages (a recommendation's
  // measures are the seed's own Chinese, recommendations.actions_zh, where the seed has them).
  it('gives, in zh, every mission task detail and every caveat of a Register count the page shows', () => {
    const keys = keysIn('zh');
    const shown: Record<string, string> = {
      'mission_tasks.detail_en': 'SELECT DISTINCT detail_en AS v FROM mission_tasks',
      'register_participation.note':
        "SELECT DISTINCT note AS v FROM register_participation WHERE measure = 'states_reporting' AND data_year IS NOT NULL AND note IS NOT NULL",
    };
    for (const [column, sql] of Object.entries(shown)) {
      const values = db.query(sql).map((row) => String(row.v));
      expect(values.length, column).toBeGreaterThan(15);
      expectTranslated('zh', keys, column, values);
    }
  });

  // A Chinese caveat keeps what its source says in the source's own words, English or Swedish,
  // in “…”, and gives the Chinese after it; a quotation inside the quotation takes ‘…’.
  it('keeps, in a Chinese caveat of a Register count, the source’s own words it quotes', () => {
    const notes = rows.filter(
      (row) => row.lang === 'zh' && row.key.startsWith('code/register_participation.note/'),
    );
    const quoted = notes.flatMap((row) =>
      [...row.en.matchAll(/"([^"]+)"/g)].map((match) => ({
        key: row.key,
        text: row.text,
        quote: `“${match[1].replaceAll('“', '‘').replaceAll('”', '’')}”`,
      })),
    );
    expect(quoted.length).toBeGreaterThan(8);
    expect(quoted.filter((each) => !each.text.includes(each.quote))).toEqual([]);
  });

  // A translation written for the site is not the source's words: a caveat in French, Spanish,
  // Russian or Arabic keeps the English (or Swedish) it quotes, in the language's quotation
  // marks, and gives its own rendering beside it. It showed « Au 14 novembre 1993, 82
  // États avaient communiqué… » as if A/48/344 said so in French.
  const quoteMarks: Record<string, [string, string]> = {
    fr: ['«\u00a0', '\u00a0»'],
    es: ['“', '”'],
    ru: ['«', '»'],
    ar: ['«', '»'],
  };
  it.each(Object.keys(quoteMarks))(
    'keeps, in a %s caveat of a Register count, the source’s own words it quotes, in the language’s quotation marks',
    (lang) => {
      const [open, close] = quoteMarks[lang];
      const notes = rows.filter(
        (row) => row.lang === lang && row.key.startsWith('code/register_participation.note/'),
      );
      const quoted = notes.flatMap((row) =>
        [...row.en.matchAll(/"([^"]+)"/g)].map((match) => ({
          key: row.key,
          text: row.text,
          // Spanish nests ‘…’ inside “…”; the others keep the English's own “…”.
          quote: `${open}${lang === 'es' ? match[1].replaceAll('“', '‘').replaceAll('”', '’') : match[1]}${close}`,
        })),
      );
      expect(quoted.length).toBeGreaterThan(8);
      expect(
        quoted
          .filter((each) => !each.text.includes(each.quote))
          .map((each) => [each.quote, each.text.slice(0, 80)]),
      ).toEqual([]);
    },
  );

  it.each(['fr', 'es', 'ru', 'ar'])(
    'gives, in %s, a country the official name countries.csv holds from UNSD M49, read from the same row',
    (lang) => {
      const m49 = db.query(`SELECT name_${lang} AS name, name_${lang}_ref AS ref FROM countries`);
      const official = rows.filter((row) => row.lang === lang && row.source_doc === 'UNSD M49');
      expect(official.length).toBe(10);
      for (const row of official) {
        expect(m49, row.key).toContainEqual({
          name: row.text,
          ref: row.source_ref,
        });
        expect(row.source_ref).toContain(`UNSD-${lang}.csv`);
      }
    },
  );
});
