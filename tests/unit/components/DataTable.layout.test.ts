import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import DataTable, { type Column } from '$lib/components/DataTable.svelte';
import { parseCsv } from '$lib/datapackage/csv';

type Row = Record<string, unknown>;

// The Register participation table's caveats, as data/translations.csv writes them in Arabic.
const { header, records } = parseCsv(readFileSync('data/translations.csv', 'utf8'));
const arabicNotes = records
  .map(({ values }) => Object.fromEntries(header.map((name, at) => [name, values[at]])))
  .filter((row) => row.lang === 'ar' && row.key.startsWith('code/register_participation.note/'))
  .map((row) => row.text);

describe('<DataTable>: a column of sentences keeps a reading width on a phone', () => {
  it('regression: marks the caveat column as prose, not the year or the count (/ar/register/ at 390 px: caveats 89 px wide, rows twice as tall as in English)', () => {
    expect(arabicNotes.length).toBeGreaterThan(3);
    const columns: Column<Row>[] = [
      { key: 'year', label: 'السنة' },
      { key: 'count', label: 'العدد', numeric: true },
      { key: 'note', label: 'تحفظ' },
    ];
    const rows = arabicNotes.map((note, at) => ({ year: 2000 + at, count: 100 + at, note }));
    const { body } = render(DataTable, {
      props: { rows, columns, caption: 'المشاركة', locale: 'ar' },
    });
    const classes = (tag: string) =>
      [...body.matchAll(new RegExp(`<${tag}[^>]*class="([^"]*)"`, 'g'))].map((m) => m[1]);
    const [yearHead, countHead, noteHead] = classes('th');
    expect(noteHead).toMatch(/\bprose\b/);
    expect(yearHead).not.toMatch(/\bprose\b/);
    expect(countHead).not.toMatch(/\bprose\b/);
    expect(classes('td').filter((each) => /\bprose\b/.test(each))).toHaveLength(rows.length);
  });

  it('keeps short columns as narrow as their words', () => {
    const { body } = render(DataTable, {
      props: {
        rows: [{ name: 'UNLIREC', city: 'Lima' }],
        columns: [
          { key: 'name', label: 'Name' },
          { key: 'city', label: 'City' },
        ],
        caption: 'Centres',
        locale: 'en',
      },
    });
    expect(body).not.toMatch(/\bprose\b/);
  });
});
