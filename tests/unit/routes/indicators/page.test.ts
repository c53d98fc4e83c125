import { render } from 'svelte/server';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Param, QueryResult } from '$lib/db/result';
import { overwriteGetLocale, type Locale } from '$lib/paraglide/runtime.js';
import IndicatorPage from '../../../../src/routes/indicators/[code]/+page.svelte';
import { indicatorQueries } from '../../../../src/routes/indicators/queries';
import { dataDb } from '../../../data-db';

// The views as the build computes them, from a DuckDB over data/.
let views: Record<keyof typeof indicatorQueries, QueryResult>;
beforeAll(async () => {
  const db = await dataDb();
  const ready = async (query: { sql: string; params?: Param[] }) =>
    ({ status: 'ready', rows: await db.query(query.sql, query.params ?? []) }) as QueryResult;
  views = {
    indicators: await ready(indicatorQueries.indicators),
    values: await ready(indicatorQueries.values),
  };
});
afterEach(() => overwriteGetLocale(() => 'en'));

/** The indicator page's text as prerendered in `locale`. */
const shown = (locale: Locale, code: '16-4-1') => {
  overwriteGetLocale(() => locale);
  const { body, head } = render(IndicatorPage, { props: { data: { code, views } } as never });
  const text = (html: string) =>
    html
      .replace(/<!--.*?-->/g, '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\s+/g, ' ');
  return { body: text(body), head: text(head) };
};

describe('an indicator page on a Chinese page (issue 22)', () => {
  it('regression: heading, target and title write 指标16.4.1 and 具体目标16.4, with no space', () => {
    const page = shown('zh', '16-4-1');
    expect(page.body).toContain('指标16.4.1：');
    expect(page.body).toContain('具体目标16.4');
    expect(page.head).toContain('指标16.4.1｜');
    expect(page.body).not.toMatch(/指标 16|具体目标 16/);
  });

  it('regression: the custodians are listed with 、 and the tier is 二级 ("UNODC; UNCTAD", "II" before)', () => {
    const page = shown('zh', '16-4-1');
    expect(page.body).toMatch(/托管机构 UNODC ?、 ?UNCTAD/);
    expect(page.body).toContain('级别 二级');
    expect(page.body).not.toContain('UNODC; UNCTAD');
  });

  // /ru/indicators/ and /es/indicators/ printed the metadata's source line as the data writes
  // it, «indicator text; metadata updated 2018-07-26», where every other source note writes its
  // place in the page's language and its date in the page's format (issue 22, Russian and
  // Spanish readers).
  it('regression: the source line gives its place and date in Russian and Spanish', () => {
    const ru = shown('ru', '16-4-1');
    expect(ru.body).toMatch(
      /UN SDG metadata 16\.4\.1 ?, текст показателя; метаданные обновлены 31 марта 2023\sг\./u,
    );
    expect(ru.body).not.toContain('metadata updated');
    expect(shown('es', '16-4-1').body).toMatch(
      /UN SDG metadata 16\.4\.1 ?, texto del indicador; metadatos actualizados el 31 de marzo de 2023/u,
    );
    expect(shown('en', '16-4-1').body).toContain(
      'UN SDG metadata 16.4.1, indicator text; metadata updated 2023-03-31',
    );
  });

  // (16.4.1's page: 16.4.2's draws its chart, which needs the browser's page state.)
  it('English keeps "Indicator 16.4.1", "UNODC, UNCTAD" and "II"', () => {
    const page = shown('en', '16-4-1');
    expect(page.body).toContain('Indicator 16.4.1: Total value');
    expect(page.body).toContain('Target 16.4');
    expect(page.body).toMatch(/Custodian agencies UNODC ?, UNCTAD/);
    expect(page.body).toContain('Tier II');
  });
});
