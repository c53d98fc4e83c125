import { describe, expect, it } from 'vitest';
import { EMBEDDABLE, embedCode, embedPath, routePath } from '$lib/share/embed';

describe('embedPath(routeId, params, panel)', () => {
  it('puts a panel of the register page under /embed/', () => {
    expect(embedPath('/register', {}, 'reporting')).toBe('/embed/register/reporting/');
  });

  it("fills in the route's parameters", () => {
    expect(embedPath('/indicators/[code]', { code: '16-4-2' }, 'indicator')).toBe(
      '/embed/indicators/16-4-2/indicator/',
    );
    expect(routePath('/indicators/[code]', { code: '16-4-2' })).toBe('/indicators/16-4-2/');
  });

  it('is null for a panel without a chart-only page, so no link leads to a missing page', () => {
    expect(embedPath('/register', {}, 'nowhere')).toBeNull();
    expect(embedPath('/workbench', {}, 'result')).toBeNull();
    expect(embedPath(null, {}, 'reporting')).toBeNull();
  });

  it("puts the overview's timeline under /embed/overview/", () => {
    expect(embedPath('/', {}, 'timeline')).toBe('/embed/overview/timeline/');
  });

  it('lists the three charts of the register page', () => {
    expect(EMBEDDABLE['/register']).toEqual(['reporting', 'trend', 'participation']);
  });
});

describe('embedCode(src, title)', () => {
  it('is an iframe of the chart-only page, named by the chart, with attributes escaped', () => {
    const code = embedCode(
      'https://example.org/embed/register/reporting/?a=1&b=2',
      'A "quoted" <title>',
    );
    const frame = new DOMParserLike(code);
    expect(frame.tag).toBe('iframe');
    expect(frame.attr('src')).toBe('https://example.org/embed/register/reporting/?a=1&b=2');
    expect(frame.attr('title')).toBe('A "quoted" <title>');
    expect(code).toContain('&amp;b=2');
    expect(code.endsWith('></iframe>')).toBe(true);
  });
});

/** Reads one start tag's attributes back, decoding the entities embedCode writes. */
class DOMParserLike {
  tag: string;
  private attrs = new Map<string, string>();
  constructor(html: string) {
    const start = /^<(\w+)([^>]*)>/.exec(html);
    if (!start) throw new Error(`not a tag: ${html}`);
    this.tag = start[1];
    for (const [, name, value] of start[2].matchAll(/(\w[\w-]*)="([^"]*)"/g)) {
      this.attrs.set(
        name,
        value
          .replaceAll('&quot;', '"')
          .replaceAll('&lt;', '<')
          .replaceAll('&gt;', '>')
          .replaceAll('&amp;', '&'),
      );
    }
  }
  attr(name: string) {
    return this.attrs.get(name);
  }
}
