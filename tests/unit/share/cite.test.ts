import { describe, expect, it } from 'vitest';
import { citation } from '$lib/share/cite';

const input = {
  title: 'Reporting to the UN Register by regional group, 2011',
  url: 'https://example.org/register/?year=2011',
  accessed: new Date(2026, 11, 4, 9, 30),
  sources: ['A/67/212 (para. 20)', 'UNODA Yearbook 2012 (p. 81)'],
};

describe('citation(input, locale)', () => {
  it('names the chart, the site, the view, the day read and every source document, in English', () => {
    expect(citation(input, 'en')).toBe(
      '“Reporting to the UN Register by regional group, 2011”. SDG 16.4 Arms Flows Dashboard. ' +
        'https://example.org/register/?year=2011 (accessed 4 December 2026). ' +
        'Sources: A/67/212 (para. 20); UNODA Yearbook 2012 (p. 81).',
    );
  });

  it('is written in Chinese on a Chinese page, the date as 2026年12月4日', () => {
    expect(citation({ ...input, title: '2011 年向登记册报告的情况' }, 'zh')).toBe(
      '“2011 年向登记册报告的情况”。可持续发展目标具体目标16.4武器流动仪表板。' +
        'https://example.org/register/?year=2011（2026年12月4日访问）。' +
        '资料来源：A/67/212 (para. 20)；UNODA Yearbook 2012 (p. 81)。',
    );
  });

  it('leaves out the sources sentence when a chart has none', () => {
    expect(citation({ ...input, sources: [] }, 'en')).toBe(
      '“Reporting to the UN Register by regional group, 2011”. SDG 16.4 Arms Flows Dashboard. ' +
        'https://example.org/register/?year=2011 (accessed 4 December 2026).',
    );
  });
});
