import { tableFromArrays } from 'apache-arrow';
import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { overwriteGetLocale, type Locale } from '$lib/paraglide/runtime.js';
import ResultPanel from '../../../../src/routes/workbench/ResultPanel.svelte';
import type { WorkbenchSession } from '../../../../src/routes/workbench/session.svelte';

afterEach(() => overwriteGetLocale(() => 'en'));

/** The run status of a result of 12,345 rows in 1,234.4 ms, as `locale` shows it. */
const status = (locale: Locale, complete: boolean) => {
  overwriteGetLocale(() => locale);
  const numbers = Int32Array.from({ length: 12_345 }, (_, at) => at);
  const session = {
    running: false,
    notice: null,
    runError: null,
    result: { table: tableFromArrays({ value: numbers }), ms: 1234.4, complete },
  } as unknown as WorkbenchSession;
  const { body } = render(ResultPanel, { props: { session } });
  const shown = /data-testid="run-status"[^>]*>(.*?)<\/div>/.exec(body)![1];
  return shown.replace(/<!--.*?-->/g, '');
};

describe('the workbench’s run status writes its counts as the page’s language does (issue 22)', () => {
  it('regression: Russian groups thousands with a no-break space, the milliseconds too (1234 мс before)', () => {
    // Intl's Russian grouping, as Russian UN texts group: 12 345.
    expect(status('ru', true)).toBe('Строк: 12\u00a0345 · столбцов: 1 · 1\u00a0234 мс.');
    expect(status('fr', true)).toBe(
      'Lignes\u00a0: 12\u202f345 · colonnes\u00a0: 1 · 1\u202f234 ms.',
    );
    expect(status('en', true)).toBe('Rows: 12,345 · columns: 1 · 1,234 ms.');
    expect(status('en', false)).toBe('First 12,345 rows · columns: 1 · 1,234 ms.');
  });
});

describe('the workbench’s error, in the language it is written in (issue 22)', () => {
  const error = (locale: Locale, runError: object) => {
    overwriteGetLocale(() => locale);
    const session = {
      running: false,
      notice: null,
      runError,
      result: null,
    } as unknown as WorkbenchSession;
    const { body } = render(ResultPanel, { props: { session } });
    return /<pre[^>]*>/.exec(body)![0];
  };

  it('regression: DuckDB\'s own message, in English, is marked lang="en" on an Arabic page (a screen reader read it with an Arabic voice)', () => {
    const pre = error('ar', {
      message: 'Parser Error: syntax error at or near "SELEC"',
      lang: 'en',
    });
    expect(pre).toContain('lang="en"');
    expect(pre).toContain('dir="ltr"');
  });

  it('regression: the site’s own refusal, in Arabic, keeps the page’s direction (it was set left to right)', () => {
    const pre = error('ar', { message: 'يرفض الرابط…' });
    expect(pre).not.toContain('dir="ltr"');
    expect(pre).toContain('dir="auto"');
    expect(pre).not.toContain('lang=');
  });
});
