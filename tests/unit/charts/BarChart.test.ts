import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import BarChart from '$lib/charts/bar/BarChart.svelte';

const data = [
  { key: 'EEG', label: 'Eastern Europe', value: 21 / 23, valueLabel: '91%' },
  { key: 'AFR', label: 'Africa <script>', value: 2 / 53, valueLabel: '4%' },
];

describe('<BarChart data label>', () => {
  const body = render(BarChart, {
    props: { data, label: 'Share reporting, 2011', domain: [0, 1] },
  }).body;

  it('renders as an image with its text alternative, before any script runs', () => {
    expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-label="Share reporting, 2011"/);
  });

  it('draws one mark per datum, keyed by its key', () => {
    expect(body.match(/<rect class="mark/g)).toHaveLength(2);
    expect(body).toMatch(/data-key="EEG"[\s\S]*data-key="AFR"/);
  });

  it('escapes markup in labels', () => {
    expect(body).toContain('Africa &lt;script>');
  });
});

describe('<BarChart> with a long label', () => {
  it('regression: draws the whole label, period and country, in lines rather than cut with "…"', () => {
    const label = 'Rounds of ammunition destroyed, 26 April 2012, Trinidad and Tobago';
    const body = render(BarChart, {
      props: { data: [{ key: 'r', label, value: 16860, valueLabel: '16,860' }], label: 'Rounds' },
    }).body;
    const lines = [...body.matchAll(/<tspan[^>]*>([^<]*)<\/tspan>/g)].map((match) => match[1]);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(label);
    expect(body).not.toContain('…');
  });
});
