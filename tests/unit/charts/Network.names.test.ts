import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import Network from '$lib/charts/network/Network.svelte';
import { markedIn } from '$lib/components/lang';

// Two documents of the citation network as the Chinese sources page names them: one with a
// Chinese name, one whose name stays in English (a research publication).
const nodes = [
  { id: 'Arms Trade Treaty', group: 'other', highlight: false, cited: 2 },
  { id: 'DPKO Second Generation DDR 2010', group: 'other', highlight: false, cited: 1 },
];
const names: Record<string, { text: string; lang?: string }> = {
  'Arms Trade Treaty': { text: '《武器贸易条约》', lang: 'zh-Hans' },
  'DPKO Second Generation DDR 2010': { text: 'DPKO Second Generation DDR 2010', lang: 'en' },
};
// The markup without Svelte's hydration comments.
const body = render(Network, {
  props: {
    nodes,
    links: [{ source: 'DPKO Second Generation DDR 2010', target: 'Arms Trade Treaty' }],
    colors: { other: '#8a94a3' },
    describe: (id: string) => markedIn(`${names[id].text}，研究出版物，被引用1次`, names[id], 'zh'),
    labels: { 'DPKO Second Generation DDR 2010': 'DPKO Second Generation DDR 2010' },
    labelLangs: { 'DPKO Second Generation DDR 2010': 'en' },
    label: '引文网络',
    selected: null,
    onselect() {},
  },
}).body.replace(/<!--.*?-->/g, '');

describe('<Network describe labels labelLangs> on a Chinese page (issue 22)', () => {
  it('regression: a node named in English is read out with its name marked lang="en", not in a one-language aria-label', () => {
    expect(body).not.toMatch(/aria-label="DPKO/);
    const [, id] = /data-key="DPKO Second Generation DDR 2010"[^>]*aria-labelledby="([^"]+)"/.exec(
      body,
    ) ?? [null, 'none'];
    expect(body).toMatch(
      new RegExp(
        `<text id="${id}"><tspan lang="en">DPKO Second Generation DDR 2010</tspan>，研究出版物，被引用1次</text>`,
      ),
    );
    // A name in the page's language is not marked.
    expect(body).toContain('>《武器贸易条约》，研究出版物，被引用1次</text>');
  });

  it('regression: a drawn label left in English is marked lang="en"', () => {
    expect(body).toMatch(/<text class="node-label[^"]*"[^>]*lang="en"[^>]*>DPKO Second/);
  });
});

describe('markedIn(text, part, pageLocale)', () => {
  it('marks the part where its language is not the page’s, and nothing else', () => {
    const name = { text: 'UN Charter', lang: 'en' };
    expect(markedIn('UN Charter · 国际文书', name, 'zh')).toEqual([
      { text: 'UN Charter', lang: 'en' },
      { text: ' · 国际文书' },
    ]);
    expect(markedIn('UN Charter · instrument', name, 'en')).toEqual([
      { text: 'UN Charter · instrument' },
    ]);
    expect(markedIn('UN Charter · instrument international', name, 'fr')).toEqual([
      { text: 'UN Charter', lang: 'en' },
      { text: ' · instrument international' },
    ]);
  });
});
