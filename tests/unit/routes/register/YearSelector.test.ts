import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale } from '$lib/paraglide/runtime.js';
import YearSelector from '../../../../src/routes/register/YearSelector.svelte';

const text = (body: string) => body.replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, '');
const shown = (locale: 'en' | 'zh') => {
  overwriteGetLocale(() => locale);
  return text(
    render(YearSelector, { props: { years: [2003, 2011], year: 2011, onchange() {} } }).body,
  );
};
afterEach(() => overwriteGetLocale(() => 'en'));

describe('<YearSelector years year>', () => {
  it('regression: lists the years with 、 on a Chinese page, as UN Chinese enumerates ("2003、2011", not "2003, 2011")', () => {
    // S/2017/1025 (para. 21, footnote 6) enumerates with 、: "见第 2274(2016)、 2283(2016)、…".
    expect(shown('zh')).toContain('有2个年份按区域组列出数字：2003、2011');
    expect(shown('en')).toContain('2003, 2011');
  });
});
