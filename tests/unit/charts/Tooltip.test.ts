import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import Tooltip from '$lib/charts/core/Tooltip.svelte';
import { TipState, type TipContent } from '$lib/charts/core/tooltip.svelte';
import { sourceCell } from '$lib/components/figures';
import { overwriteGetLocale } from '$lib/paraglide/runtime.js';

afterEach(() => overwriteGetLocale(() => 'en'));

// The SALIENT launch on the overview's timeline, as events.csv sources it.
const event = { source_doc: 'UN press release DC/3814', source_ref: '1st and 2nd paragraphs' };

/** The tooltip of a mark, shown, as the page renders it in `locale`. */
function shown(locale: 'zh' | 'en', content: TipContent) {
  overwriteGetLocale(() => locale);
  const tip = new TipState();
  tip.show('salient', 10, 10, content);
  // Without Svelte's comments and style scoping classes.
  return render(Tooltip, { props: { tip, id: 'tip', width: 800, height: 400 } })
    .body.replace(/<!--.*?-->/g, '')
    .replace(/ svelte-[a-z0-9]+/g, '');
}

describe('<Tooltip> on a Chinese page (issue 22)', () => {
  it('regression: a source and a title left in English are marked lang="en" ("来源：UN press release DC/3814，第一段和第二段")', () => {
    const cell = sourceCell(event, 'zh');
    const html = shown('zh', {
      title: 'DPKO Second Generation DDR 2010 · 研究出版物',
      titleRuns: [
        { text: 'DPKO Second Generation DDR 2010', lang: 'en' },
        { text: ' · 研究出版物' },
      ],
      value: '被引用1次',
      source: cell.text,
      sourceRuns: cell.runs,
    });
    expect(html).toContain(
      '<strong><span lang="en">DPKO Second Generation DDR 2010</span> · 研究出版物</strong>',
    );
    expect(html).toContain(
      '<span class="source">来源：<span lang="en">UN press release DC/3814</span>，第一段和第二段</span>',
    );
  });

  it('a tooltip without runs shows its title and source as they are', () => {
    const html = shown('en', { title: 'Africa', value: '4%', source: 'A/67/…, para. 20' });
    expect(html).toContain('<strong>Africa</strong>');
    expect(html).toContain('<span class="source">Source: A/67/…, para. 20</span>');
  });
});
