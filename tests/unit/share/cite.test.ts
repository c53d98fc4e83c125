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

describe('citation(input, locale) of a view of some countries', () => {
  it('names them after the title: "SDG 16.4.2 values: United Kingdom, France"', () => {
    expect(
      citation({ ...input, title: 'SDG 16.4.2 values', names: ['United Kingdom', 'France'] }, 'en'),
    ).toMatch(/^“SDG 16\.4\.2 values: United Kingdom, France”\. /);
  });

  it('names them in Chinese with a full-width colon and 、', () => {
    expect(citation({ ...input, title: '16.4.2 数值', names: ['英国', '法国'] }, 'zh')).toMatch(
      /^“16\.4\.2 数值：英国、法国”。/,
    );
  });
});

describe('citedUrl(url)', () => {
  it('cites the path and the query that carries the view, without the #fragment', async () => {
    const { citedUrl } = await import('$lib/share/cite');
    expect(
      citedUrl(new URL('https://example.org/indicators/16-4-2/?countries=gbr,fra#indicator')),
    ).toBe('https://example.org/indicators/16-4-2/?countries=gbr,fra');
    expect(citedUrl(new URL('https://example.org/zh/countries/cod/#main'))).toBe(
      'https://example.org/zh/countries/cod/',
    );
  });
});
