import { describe, expect, it } from 'vitest';
import { cellText, type Column } from '$lib/components/DataTable.svelte';

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
