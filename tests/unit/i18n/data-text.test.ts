import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { datasetCatalogue } from '$lib/datapackage/catalogue.server';
import { dataText, readTranslations } from '$lib/i18n/data-text';

const csv = [
  'key,lang,text,form,source_doc,source_ref,note',
  'code/events.kind/resolution,zh,决议,site,,,',
  'dataset/events/title,zh,事件,site,,,',
  'field/events/kind,zh,"事件类型（决议、会议……）",site,,,',
].join('\n');

describe('dataText(key, english, locale): data text in the reader’s language, from one file', () => {
  const texts = readTranslations(csv);

  it('gives the translation marked with its language, and English marked as English without one', () => {
    expect(dataText('code/events.kind/resolution', 'resolution', 'zh', texts)).toEqual({
      text: '决议',
      lang: 'zh-Hans',
    });
    expect(dataText('code/events.kind/meeting', 'meeting', 'zh', texts)).toEqual({
      text: 'meeting',
      lang: 'en',
    });
    expect(dataText('code/events.kind/resolution', 'resolution', 'en', texts)).toEqual({
      text: 'resolution',
      lang: 'en',
    });
  });

  it('puts the titles and column descriptions of the data page in the page’s language', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'catalogue-'));
    writeFileSync(
      path.join(dir, 'datapackage.json'),
      JSON.stringify({
        resources: [
          {
            name: 'events',
            path: 'events.csv',
            title: 'Events',
            description: 'Dated events.',
            schema: {
              fields: [
                { name: 'kind', type: 'string', description: 'Kind of event.' },
                { name: 'date', type: 'date', description: 'Date.' },
              ],
            },
          },
        ],
      }),
    );
    writeFileSync(path.join(dir, 'events.csv'), 'kind,date\nresolution,2001-07-20\n');
    writeFileSync(path.join(dir, 'translations.csv'), csv);
    const [zh] = datasetCatalogue(dir, 'zh');
    expect(zh.title).toEqual({ text: '事件', lang: 'zh-Hans' });
    expect(zh.description).toEqual({ text: 'Dated events.', lang: 'en' });
    expect(zh.columns.map((column) => column.description)).toEqual([
      { text: '事件类型（决议、会议……）', lang: 'zh-Hans' },
      { text: 'Date.', lang: 'en' },
    ]);
    const [en] = datasetCatalogue(dir, 'en');
    expect(en.title).toEqual({ text: 'Events', lang: 'en' });
  });

  it('gives the sources the data page lists in the reader’s language where the file has them; a source’s own name stays as published', () => {
    // The package as it is: its sources' titles, and the source/ rows of data/translations.csv.
    const texts = readTranslations(readFileSync('data/translations.csv', 'utf8'));
    const seeds = 'The five seed documents in seeds/ (see seeds/README.md)';
    for (const locale of ['zh', 'ar', 'fr', 'es', 'ru']) {
      const sources = datasetCatalogue(undefined, locale).flatMap((entry) => entry.sources);
      const titles = new Map(sources.map((source) => [source.title.text, source.title.lang]));
      const written = texts.get(`source/${seeds}`)?.get(locale);
      expect(written, locale).toBeDefined();
      expect(titles.get(written!), locale).not.toBe('en');
      expect(titles.has(seeds), locale).toBe(false);
      expect(titles.get('world-atlas 2.0.2'), locale).toBe('en');
    }
  });
});

describe('dataText(key, english, "fr"): French typography in the data’s text (issue 22)', () => {
  it('regression: « … » hold their words with no-break spaces, as French typography sets them', () => {
    // Lexique des règles typographiques de l'Imprimerie nationale: an unbreakable space inside
    // the guillemets, so « never ends a line alone.
    const texts = readTranslations(
      [
        'key,lang,text,form,source_doc,source_ref,note',
        'code/x.note/nil,fr,les rapports « néant » compris,site,,,',
        'code/x.note/nil,es,los informes «nulos»,site,,,',
      ].join('\n'),
    );
    expect(dataText('code/x.note/nil', 'nil', 'fr', texts).text).toBe(
      'les rapports «\u00a0néant\u00a0» compris',
    );
    expect(dataText('code/x.note/nil', 'nil', 'es', texts).text).toBe('los informes «nulos»');
  });
});
