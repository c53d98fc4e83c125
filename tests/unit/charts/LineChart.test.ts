import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import LineChart from '$lib/charts/line/LineChart.svelte';
import type { LineSeries } from '$lib/charts/line/line';

const tip = (value: string) => ({ title: 'Africa', value, source: 'UN Disarmament Yearbook' });
const groups: LineSeries[] = [
  {
    key: 'AFR',
    label: 'Africa',
    color: '#d55e00',
    points: [
      { key: 'AFR-2003', x: 2003, y: 16 / 53, label: 'Africa, 2003: 30%', tip: tip('30%') },
      { key: 'AFR-2011', x: 2011, y: 2 / 53, label: 'Africa, 2011: 4%', tip: tip('4%') },
    ],
  },
  {
    key: 'EEG',
    label: 'Eastern Europe',
    color: '#009e73',
    points: [{ key: 'EEG-2011', x: 2011, y: 21 / 23, label: 'Eastern Europe, 2011: 91%' }],
  },
];

describe('<LineChart series label yLabel>', () => {
  const body = render(LineChart, {
    props: { series: groups, label: 'Shares reporting', yLabel: 'Share', domain: [0, 1] },
  }).body;

  it('renders a group of focusable points when the points have tooltips', () => {
    expect(body).toMatch(/<svg[^>]*role="group"[^>]*aria-label="Shares reporting"/);
    expect(body.match(/<circle[^>]*tabindex="0"/g)).toHaveLength(1);
    expect(body).toMatch(/<circle[^>]*aria-label="Africa, 2003: 30%"/);
  });

  it('draws one g.line and one circle.mark per point, each named by its series', () => {
    expect(body.match(/<g class="line[^"]*" data-series="(AFR|EEG)"/g)).toHaveLength(2);
    expect(body.match(/<circle class="mark[^>]*data-series="AFR"/g)).toHaveLength(2);
    expect(body.match(/<circle class="mark[^>]*data-series="EEG"/g)).toHaveLength(1);
  });

  it('colours each line and its points in the colour of its series', () => {
    expect(body).toMatch(/<line class="segment[^>]*stroke: #d55e00/);
    expect(body).toMatch(/<circle[^>]*--mark: #009e73/);
  });

  it('gives a point without a tooltip a title, and no tab stop', () => {
    expect(body).toMatch(
      /data-key="EEG-2011"[^>]*>(<!--[^>]*-->)?<title>Eastern Europe, 2011: 91%<\/title>/,
    );
    expect(body).not.toMatch(/data-key="EEG-2011"[^>]*tabindex/);
  });

  it('writes no values beside the points of several lines', () => {
    expect(body).not.toContain('class="value');
  });
});

describe('<LineChart> with one series and no tooltips', () => {
  const body = render(LineChart, {
    props: {
      series: [
        {
          key: 'n',
          label: 'States',
          color: 'var(--bar)',
          points: [
            { key: '2007-at-issue', x: 2007, y: 67, partial: true, label: '2007: 67' },
            { key: '2007', x: 2007, y: 91, label: '2007: 91' },
          ],
        },
      ],
      label: 'States reporting',
      yLabel: 'States',
    },
  }).body;

  it('renders as an image with its text alternative', () => {
    expect(body).toMatch(/<svg[^>]*role="img"[^>]*aria-label="States reporting"/);
  });

  it('writes each value beside its point and draws a partial count as an open ring', () => {
    expect(body.match(/<text class="value[^>]*>67<\/text>/g)).toHaveLength(1);
    expect(body.match(/<text class="value[^>]*>91<\/text>/g)).toHaveLength(1);
    expect(body).toMatch(/<circle class="mark[^"]*partial[^>]*data-key="2007-at-issue"/);
  });
});
