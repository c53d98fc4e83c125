import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DataTable, { type Column } from '$lib/components/DataTable.svelte';
import { sourceCell } from '$lib/components/figures';
import type { Row } from '$lib/db/rows';

// Rows of events.csv as the overview's timeline table has them.
const release = { source_doc: 'UN press release DC/3814', source_ref: '1st and 2nd paragraphs' };
const treaty = { source_doc: 'Arms Trade Treaty', source_ref: 'article 5' };
const seed = { source_doc: 'A/67/…', source_ref: 'para. 15' };
const text = (body: string) => body.replace(/<!--.*?-->/g, '');

describe('sourceCell(row, locale): a row’s source as a table shows it (issue 22)', () => {
  it('regression: on a Chinese page a source named in English is marked lang="en", its place in Chinese not ("UN press release DC/3814，第一段和第二段")', () => {
    const columns: Column<Record<string, unknown>>[] = [
      { key: 'source', label: '来源', cell: (row, locale) => sourceCell(row as Row, locale) },
    ];
    const body = text(
      render(DataTable, { props: { rows: [release], columns, caption: '事件', locale: 'zh' } })
        .body,
    );
    expect(body).toContain('<span lang="en">UN press release DC/3814</span>，第一段和第二段</td>');
    expect(sourceCell(release, 'zh').text).toBe('UN press release DC/3814，第一段和第二段');
  });

  it('names a document by its name in the page’s language where it has one, a symbol marked as the English it stays in', () => {
    expect(sourceCell({ ...treaty, source_ref: 'op. 19' }, 'zh').runs).toEqual([
      { text: '《武器贸易条约》' },
      { text: '，执行部分第19段' },
    ]);
    expect(sourceCell(seed, 'zh').runs?.[0]).toEqual({ text: 'A/67/…', lang: 'en' });
    // A place with no form in the page's language stays in English, marked so; the release
    // has a Russian name (data/translations.csv).
    expect(sourceCell({ ...release, source_ref: 'closing remarks' }, 'ru').runs).toEqual([
      { text: 'Пресс-релиз Организации Объединенных Наций DC/3814' },
      { text: ', ' },
      { text: 'closing remarks', lang: 'en' },
    ]);
  });

  it('regression: on an Arabic page marks the file name a place keeps, "صف هذه الجهة في embargo.csv", as the English it is (it was read as Arabic, unmarked)', () => {
    const sipri = {
      source_doc: 'SIPRI Arms Embargo Archive',
      source_ref: 'embargo.csv row for this target',
    };
    const cell = sourceCell(sipri, 'ar');
    expect(cell.text).toBe('SIPRI Arms Embargo Archive، صف هذه الجهة في embargo.csv');
    expect(cell.runs?.filter((run) => run.lang === 'en').map((run) => run.text)).toEqual([
      'SIPRI Arms Embargo Archive',
      'embargo.csv',
    ]);
    // A Russian or Chinese place keeps the Latin letters of its sub-paragraphs ("п. 34 c) v)",
    // "第34(c)(五)段"), which are not English: only an Arabic place is cut so.
    expect(sourceCell({ ...seed, source_ref: 'para. 34 (c) (v)' }, 'ru').runs?.[1]).toEqual({
      text: ', п. 34 c) v)',
    });
    expect(sourceCell(sipri, 'fr').runs?.filter((run) => run.lang)).toEqual([
      { text: 'SIPRI Arms Embargo Archive', lang: 'en' },
    ]);
  });

  it('marks on a French or Spanish page an English name, not a symbol', () => {
    // A press release has a French name (data/translations.csv); a journal keeps its own.
    expect(sourceCell(release, 'fr').runs?.[0]).toEqual({
      text: 'Communiqué de presse de l’ONU DC/3814',
    });
    const journal = { source_doc: 'Arms Control Today 2002', source_ref: 'article text' };
    expect(sourceCell(journal, 'fr').runs?.[0]).toEqual({
      text: 'Arms Control Today 2002',
      lang: 'en',
    });
    expect(sourceCell(seed, 'es').runs?.[0]).toEqual({ text: 'A/67/…' });
  });

  it('on an English page, as the data writes it, unmarked', () => {
    expect(sourceCell(release, 'en')).toEqual({
      text: 'UN press release DC/3814, 1st and 2nd paragraphs',
    });
  });
});
