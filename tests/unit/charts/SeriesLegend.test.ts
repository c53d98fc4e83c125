import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SeriesLegend from '$lib/charts/line/SeriesLegend.svelte';

const items = [
  { key: 'AFR', label: 'Africa', color: '#d55e00' },
  { key: 'EEG', label: 'Eastern Europe', color: '#009e73' },
];

describe('<SeriesLegend title items shown ontoggle>', () => {
  const body = render(SeriesLegend, {
    props: { title: 'Groups', items, shown: ['EEG'], ontoggle: () => {} },
  }).body;
  const entry = (key: string) =>
    body.match(new RegExp(`<button[^>]*data-series="${key}"[\\s\\S]*?</button>`))?.[0] ?? '';

  it('makes each entry a toggle button, pressed when its line is drawn', () => {
    expect(entry('EEG')).toMatch(/aria-pressed="true"/);
    expect(entry('AFR')).toMatch(/aria-pressed="false"/);
  });

  it('draws a shown entry as a sample of its line: a stroke and a filled point in its colour', () => {
    expect(entry('EEG')).toMatch(/<line[^>]*stroke: #009e73/);
    expect(entry('EEG')).toMatch(/<circle[^>]*fill: #009e73/);
    expect(entry('EEG')).not.toMatch(/<rect|type="checkbox"/);
  });

  it('greys a hidden entry: its sample loses its colour', () => {
    expect(entry('AFR')).toMatch(/<line[^>]*stroke: var\(--muted\)/);
    expect(entry('AFR')).not.toContain('#d55e00');
  });
});

describe('<SeriesLegend> without ontoggle', () => {
  const body = render(SeriesLegend, {
    props: {
      title: '',
      items: [
        { key: 'final', label: 'Final', color: '#1d4e89' },
        { key: 'partial', label: 'Not final', color: '#1d4e89', partial: true },
      ],
    },
  }).body;

  it('is a key, not buttons: a solid sample for final counts, dashed with an open ring for partial ones', () => {
    expect(body).not.toContain('<button');
    const partial = body.match(/data-series="partial"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(partial).toMatch(/<line[^>]*stroke-dasharray/);
    expect(partial).toMatch(/<circle[^>]*fill: var\(--surface\)[^>]*stroke: #1d4e89/);
    const final = body.match(/data-series="final"[\s\S]*?<\/svg>/)?.[0] ?? '';
    expect(final).not.toMatch(/stroke-dasharray/);
  });
});
