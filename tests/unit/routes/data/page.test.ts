import { render } from 'svelte/server';
import { afterEach, describe, expect, it } from 'vitest';
import { datasetCatalogue, packageNames } from '$lib/datapackage/catalogue.server';
import { overwriteGetLocale, type Locale } from '$lib/paraglide/runtime.js';
import DataPage from '../../../../src/routes/data/+page.svelte';

afterEach(() => overwriteGetLocale(() => 'en'));

/** The data page as prerendered in `locale`, its markup without Svelte's comments. */
const page = (locale: Locale) => {
  overwriteGetLocale(() => locale);
  const datasets = datasetCatalogue(undefined, locale);
  return render(DataPage, {
    props: { data: { datasets, names: packageNames() } } as never,
  }).body.replace(/<!--.*?-->/g, '');
};
const text = (html: string) => html.replace(/<[^>]+>/g, '');

describe('the data page (issue 22)', () => {
  it('regression: no space after the full-width colon of a Chinese source line ("来源： UN SDG metadata")', () => {
    const zh = text(page('zh'));
    expect(zh).toContain('来源：UN SDG metadata');
    expect(zh).not.toMatch(/来源：\s/);
    // The other languages keep the one space after their colon.
    expect(text(page('en'))).toContain('Sources: UN SDG metadata');
    expect(text(page('fr'))).toMatch(/Sources\s:\s\S/u);
  });

  it('regression: the package’s names in a Chinese description are code, not Latin text read in a Chinese voice ("本数据包中的每个 source_doc 都是此处的一个 doc_id")', () => {
    const zh = page('zh');
    expect(zh).toContain(
      '本数据包中的每个 <code translate="no">source_doc</code> 都是此处的一个 <code translate="no">doc_id</code>。',
    );
    // Code values, a dataset's column, and names joined by "=".
    expect(zh).toContain('<code translate="no">confirmed</code>：文号有印载或经核对');
    expect(zh).toContain('（<code translate="no">missions.mission_id</code>）');
    expect(zh).toContain(
      '<code translate="no">target_iso3</code> = <code translate="no">missions.host_iso3</code>',
    );
  });

  it('regression: an English name in a Chinese description is marked lang="en" ("Côte d’Ivoire", "Bolivia (Plurinational State of)"), and a place in a source’s notation too', () => {
    const zh = page('zh');
    expect(zh).toContain(
      '<span lang="en">Côte d’Ivoire</span>、<span lang="en">Bolivia (Plurinational State of)</span>',
    );
    expect(zh).toContain('段落（<span lang="en">para.</span>）');
  });

  it('shows the names with an underscore or a dot as code in English, French and Spanish too, not the words of the language', () => {
    for (const locale of ['en', 'fr', 'es'] as const) {
      const html = page(locale);
      expect(html, locale).toContain('<code translate="no">source_doc</code>');
      // "documents", a dataset's name, is also a French and an English word.
      expect(html, locale).not.toContain('<code translate="no">documents</code>');
    }
  });
});
