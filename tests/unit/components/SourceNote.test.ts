import { readFileSync } from 'node:fs';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import SourceNote from '$lib/components/SourceNote.svelte';
import type { Source } from '$lib/components/sources';
import { readTranslations } from '$lib/i18n/data-text';

const passage = '只有 9 个来自拉丁美洲和加勒比区域';
const sources: Source[] = [
  {
    citation: 'A/67/…, para. 20',
    doc: 'A/67/…',
    place: 'para. 20',
    quoteZh: passage,
    meaningEn: 'GRULAC: 9 of the 38 States',
  },
];
const html = (locale: string) => render(SourceNote, { props: { sources, locale } }).body;
/** The text of the body in document order, without tags and comments. */
const text = (body: string) => body.replace(/<!--.*?-->/g, '').replace(/<[^>]+>/g, '');

describe('<SourceNote sources locale>', () => {
  it('on a Chinese page, the passage is the text, before the places, with no English and no disclosure', () => {
    const body = html('zh');
    const plain = text(body);
    expect(plain.indexOf(`“${passage}”`)).toBeGreaterThanOrEqual(0);
    expect(plain.indexOf(`“${passage}”`)).toBeLessThan(plain.indexOf('来源：'));
    expect(body).not.toContain('<details');
    expect(body).not.toContain('GRULAC');
    expect(plain).not.toContain('原文段落');
    // Chinese on a Chinese page inherits the page's language.
    expect(body).not.toContain('lang="zh-Hans"');
  });

  it('regression: on a Chinese page, a document’s places are in full-width brackets and separated by ；, not "S/2017/1025 (第6段; 第8段)"', () => {
    const two: Source[] = ['para. 6', 'para. 8'].map((place) => ({
      citation: `S/2017/1025, ${place}`,
      doc: 'S/2017/1025',
      place,
    }));
    const plain = text(render(SourceNote, { props: { sources: two, locale: 'zh' } }).body);
    expect(plain).toContain('来源：S/2017/1025（第6段；第8段）。');
    const english = text(render(SourceNote, { props: { sources: two, locale: 'en' } }).body);
    expect(english).toContain('S/2017/1025 (para. 6; para. 8)');
  });

  it('on an English page, the passage sits behind "Original passages", marked Chinese, after the places', () => {
    const body = html('en');
    const plain = text(body);
    expect(body).toMatch(/<details[^>]*><summary[^>]*>Original passages \(Chinese\)<\/summary>/);
    expect(plain.indexOf('Source: ')).toBeLessThan(plain.indexOf(passage));
    expect(body).toMatch(new RegExp(`“<span[^>]* lang="zh-Hans"[^>]*>${passage}</span>”`));
    expect(plain).toContain('Show what each passage says in English');
  });

  it('regression: a passage is quoted as the page’s language quotes: «…» in Russian and Arabic, « … » in French, “…” in Spanish and Chinese (it was “…” in every language)', () => {
    // As the UN texts of each language, and this site's own translations (translations.csv:
    // “desmilitarizada”, «démilitarisée», «демилитаризован», «منزوعة السلاح»), quote.
    for (const [locale, open, close] of [
      ['ru', '«', '»'],
      ['es', '“', '”'],
      ['ar', '«', '»'],
      ['fr', '«\u00a0', '\u00a0»'],
      ['zh', '“', '”'],
    ]) {
      expect(text(html(locale)), locale).toContain(`${open}${passage}${close}`);
    }
  });

  it('regression: on French, Spanish and Arabic pages the places are in the page language, not marked English ("S/2017/1025 (par. 6)" was lang="en")', () => {
    const one: Source[] = [
      { citation: 'S/2017/1025, para. 6', doc: 'S/2017/1025', place: 'para. 6', quoteZh: passage },
    ];
    for (const [locale, place] of [
      ['fr', 'par. 6'],
      ['es', 'párr. 6'],
      ['ar', 'الفقرة 6'],
    ]) {
      const body = render(SourceNote, { props: { sources: one, locale } }).body;
      expect(text(body), locale).toContain(place);
      // Only the document symbol may be marked English; no element around the place is.
      for (const [, marked] of body.matchAll(/lang="en"[^>]*>([^<]*)/g)) {
        expect(marked, locale).not.toContain(place);
      }
      // Nor a paragraph holding it ("S/2017/1025، الفقرة 6" was a <p lang="en">).
      expect(body, locale).not.toMatch(/<p[^>]* lang="en"/);
      expect(body, locale).toMatch(/lang="zh-Hans"[^>]*>只有/);
    }
  });

  it('on French and Spanish pages, an English source kept as published is marked English in the line; a translated name and a symbol are not', () => {
    const translations = readTranslations(readFileSync('data/translations.csv', 'utf8'));
    const three: Source[] = [
      ['Disarmament Diplomacy 19 (1997)', 'p. 2'],
      ['Arms Trade Treaty', 'art. 7'],
      ['S/2017/1025', 'para. 6'],
    ].map(([doc, place]) => ({ citation: `${doc}, ${place}`, doc, place }));
    for (const locale of ['fr', 'es']) {
      // The treaty has a name in the page's language; the journal has none.
      const treaty = translations.get('code/documents.doc_id/Arms Trade Treaty')?.get(locale);
      expect(treaty, locale).toBeDefined();
      expect(
        translations.get('code/documents.doc_id/Disarmament Diplomacy 19 (1997)')?.get(locale),
      ).toBeUndefined();
      const body = render(SourceNote, { props: { sources: three, locale } }).body;
      const marked = [...body.matchAll(/lang="en"[^>]*>([^<]*)</g)].map(([, inside]) => inside);
      expect(marked, locale).toEqual(['Disarmament Diplomacy 19 (1997)']);
      expect(text(body), locale).toContain(treaty!.replace(/ /g, ' ').split(' ')[0]);
    }
    // On an English page nothing in the line is marked.
    expect(render(SourceNote, { props: { sources: three, locale: 'en' } }).body).not.toContain(
      'lang="en"',
    );
  });

  it('regression: on French, Spanish, Russian and Arabic pages the toggle does not call the meanings English: they are in the page’s language', () => {
    const english: Record<string, RegExp> = {
      fr: /anglais/i,
      es: /inglés/i,
      ru: /английск/i,
      ar: /الإنكليزية/,
    };
    for (const [locale, word] of Object.entries(english)) {
      const plain = text(html(locale));
      expect(plain, locale).toMatch(/\S/);
      expect(plain, locale).not.toMatch(word);
    }
  });

  it('regression: on a Chinese page, the English names a passage keeps ("Paul Holtom 和 Irene Pavesi 著") are marked lang="en" (issue 22)', () => {
    const quoted: Source[] = [
      {
        citation: 'A/CONF.192/2018/RC/3, annex',
        doc: 'A/CONF.192/2018/RC/3',
        place: 'annex',
        quoteZh: 'Paul Holtom 和 Irene Pavesi 著。2017年贸易最新情况：走出阴影',
      },
    ];
    const body = render(SourceNote, { props: { sources: quoted, locale: 'zh' } }).body.replace(
      /<!--.*?-->/g,
      '',
    );
    expect(body).toContain(
      '“<span class="passage" data-i18n="data"><span lang="en">Paul Holtom</span> 和 <span lang="en">Irene Pavesi</span> 著。2017年贸易最新情况：走出阴影</span>”',
    );
  });
});
