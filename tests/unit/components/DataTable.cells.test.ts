import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DataTable, { cellText, type Column } from '$lib/components/DataTable.svelte';
import { codeText, readTranslations } from '$lib/i18n/data-text';

type Row = Record<string, unknown>;

describe('cellText(column, row, locale): a table cell as shown and downloaded "as shown"', () => {
  it('writes dates as the page’s language does, as the README promises (2013年9月26日)', () => {
    const column: Column<Row> = { key: 'start_date', label: 'Start', date: true };
    expect(cellText(column, { start_date: '2013-09-26' }, 'zh').text).toBe('2013年9月26日');
    expect(cellText(column, { start_date: '2013-09' }, 'zh').text).toBe('2013年9月');
    expect(cellText(column, { start_date: '2013-09-26' }, 'en').text).toBe('26 September 2013');
    expect(cellText(column, { start_date: null }, 'zh').text).toBe('');
  });

  it('shows a code in the page’s language from data/translations.csv, else as written in English', () => {
    const column: Column<Row> = { key: 'kind', label: 'Kind', code: 'events.kind' };
    expect(cellText(column, { kind: 'review_conference' }, 'zh')).toEqual({
      text: '审议大会',
      lang: 'zh-Hans',
    });
    expect(cellText(column, { kind: 'no_such_kind' }, 'zh')).toEqual({
      text: 'no_such_kind',
      lang: 'en',
    });
    expect(cellText(column, { kind: 'review_conference' }, 'en').text).toBe('review_conference');
  });
});

describe('<DataTable> with a column whose text quotes its sources', () => {
  // The caveats of the Register counts as data/translations.csv writes them in Chinese: the
  // article's own words kept inside the translation.
  const translations = readTranslations(readFileSync('data/translations.csv', 'utf8'));
  const caveat = (english: string) =>
    translations.get(`code/register_participation.note/${english}`)?.get('zh') ?? '';
  const quoted = [
    ['en', 'By 14 November 1993, 82 States had submitted Register replies relating to 1992.'],
    ['sv', 'från som mest 124 länder år 2002 till 54 år 2015'],
  ] as const;
  const notes = [...translations.keys()]
    .filter((key) => key.startsWith('code/register_participation.note/'))
    .map((key) => key.slice('code/register_participation.note/'.length));

  it('marks each quotation in a Chinese caveat with its language, and nothing on an English page', () => {
    const rows = quoted.map(([, words]) => ({
      note: notes.find((note) => note.includes(words)) ?? '',
    }));
    for (const [, words] of quoted)
      expect(caveat(rows.find((row) => row.note.includes(words))!.note)).toContain(words);
    const columns: Column<Row>[] = [
      {
        key: 'note',
        label: 'Note',
        cell: (row, locale) => codeText('register_participation.note', row.note, locale),
        quotesSources: true,
      },
    ];
    const zh = render(DataTable, { props: { rows, columns, caption: '说明', locale: 'zh' } }).body;
    for (const [lang, words] of quoted)
      expect(zh).toContain(`<span lang="${lang}">${words}</span>`);
    // On an English page only the Swedish is in another language than the page's.
    const en = render(DataTable, { props: { rows, columns, caption: 'Notes', locale: 'en' } }).body;
    expect(en.match(/<span lang="[^"]+">[^<]*<\/span>/g)).toEqual([
      `<span lang="sv">${quoted[1][1]}</span>`,
    ]);
  });

  // French and Spanish are written in Latin script like the quotations: the caveat keeps the
  // Swedish review's words as the English original has them, and that marks them (issue 22).
  it.each(['fr', 'es'])(
    'marks, on a %s page, the quotation a caveat keeps word for word from its English original',
    (locale) => {
      const [, swedish] = quoted[1];
      const rows = notes
        .filter((note) => note.startsWith(`"${swedish}"`))
        .map((note) => ({ note }));
      expect(rows.length).toBe(2);
      const columns: Column<Row>[] = [
        {
          key: 'note',
          label: 'Note',
          cell: (row, page) => codeText('register_participation.note', row.note, page),
          quotesSources: true,
        },
      ];
      const body = render(DataTable, { props: { rows, columns, caption: 'Notes', locale } }).body;
      expect(body.match(/<span lang="[^"]+">[^<]*<\/span>/g)).toEqual([
        `<span lang="sv">${swedish}</span>`,
        `<span lang="sv">${swedish}</span>`,
      ]);
    },
  );
});

describe('<DataTable> on an Arabic page', () => {
  it('regression: a document symbol in a cell reads left to right, "A/67/…" and not "…/A/67" (an Arabic reader saw 17 such cells on /ar/)', () => {
    const rows = [
      { source: 'A/67/…، الفقرة 20', doc: 'S/2017/1025' },
      { source: 'مصدر A/67/… مذكور', doc: 'A/RES/76/232' },
    ];
    const columns: Column<Row>[] = [
      { key: 'source', label: 'المصدر' },
      { key: 'doc', label: 'الوثيقة', href: (row) => `?doc=${String(row.doc)}` },
    ];
    const body = render(DataTable, {
      props: { rows, columns, caption: 'المصادر', locale: 'ar' },
    }).body;
    // Each symbol is one left-to-right run, isolated from the Arabic around it.
    for (const symbol of ['A/67/…', 'S/2017/1025', 'A/RES/76/232']) {
      expect(body, symbol).toMatch(
        new RegExp(`<span lang="en" dir="ltr">${symbol.replaceAll('/', '\\/')}</span>`),
      );
    }
    // An English page is left as it was: the text alone.
    const en = render(DataTable, {
      props: { rows, columns, caption: 'Sources', locale: 'en' },
    }).body;
    expect(en).not.toContain('dir="ltr"');
  });
});
