import { describe, expect, it } from 'vitest';
import {
  citedByPieces,
  citesPieces,
  documentFacts,
  documentHeading,
  documentTitle,
  type Piece,
} from '../../../../src/routes/sources/detail';

// Rows of citations.csv as citations.sql gives them (S/RES/2117 (2013) cites each).
const rows = [
  { citing_doc: 'S/RES/2117 (2013)', cited_doc: 'S/PRST/2010/6', source_ref: 'preamble' },
  { citing_doc: 'S/RES/2117 (2013)', cited_doc: 'S/PRST/2009/1', source_ref: 'para. 3' },
];
const treaty = [
  { citing_doc: 'S/RES/2117 (2013)', cited_doc: 'Arms Trade Treaty', source_ref: 'op. 19' },
];
const text = (pieces: Piece[]) => pieces.map((piece) => piece.text).join('');

describe('the sources detail: what a document cites and what cites it', () => {
  it('on an English page, as the data writes the places', () => {
    expect(text(citesPieces(rows, 'en'))).toBe('S/PRST/2010/6 (preamble); S/PRST/2009/1 (para. 3)');
    expect(text(citedByPieces(rows, 'en'))).toBe(
      'S/RES/2117 (2013), preamble; S/RES/2117 (2013), para. 3',
    );
  });

  it('regression: on French, Chinese and Arabic pages the places are in the page’s language, not "preamble" and "para. 3"', () => {
    expect(text(citesPieces(rows, 'fr'))).toBe(
      'S/PRST/2010/6 (préambule)\u00a0; S/PRST/2009/1 (par. 3)',
    );
    // UN Chinese: 序言部分, 第3段, in full-width brackets, a list separated by ；.
    expect(text(citesPieces(rows, 'zh'))).toBe('S/PRST/2010/6（序言部分）；S/PRST/2009/1（第3段）');
    expect(text(citedByPieces(rows, 'ar'))).toContain('S/RES/2117 (2013)، الديباجة؛ ');
  });

  it('regression: a document cited by its name is named in the page’s language, and a name left in English is marked so', () => {
    // The official Chinese and French names, as data/translations.csv sources them.
    expect(citesPieces(treaty, 'zh')[0]).toEqual({ text: '《武器贸易条约》', lang: 'zh-Hans' });
    expect(citesPieces(treaty, 'fr')[0]).toEqual({
      text: 'Traité sur le commerce des armes',
      lang: 'fr',
    });
    // A symbol (and any name with no translation) stays as written, marked as English.
    const [symbol, place] = citedByPieces(treaty, 'zh');
    expect(symbol).toEqual({ text: 'S/RES/2117 (2013)', lang: 'en' });
    expect(place.lang).toBeUndefined();
  });
});

describe('documentTitle(row, locale)', () => {
  // A presidential statement as documents.csv has it.
  const statement = {
    doc_id: 'S/PRST/2007/24',
    title_en: 'Statement by the President of the Security Council',
    title_zh: '安全理事会主席的声明',
  };

  it('regression: on a French page a title with an official French form in translations.csv is in French', () => {
    expect(documentTitle(statement, 'fr')).toEqual({
      text: 'Déclaration du Président du Conseil de sécurité',
    });
  });

  it('in Chinese from the row, in the others from translations.csv, and in English (marked) where it has none', () => {
    expect(documentTitle(statement, 'zh')).toEqual({ text: '安全理事会主席的声明' });
    expect(documentTitle(statement, 'ru')).toEqual({
      text: 'Заявление Председателя Совета Безопасности',
    });
    const untranslated = { doc_id: 'X/1', title_en: 'A title translations.csv does not give' };
    expect(documentTitle(untranslated, 'ru')).toEqual({
      text: untranslated.title_en,
      lang: 'en',
    });
  });
});

describe('the detail of a selected document: its heading and its facts (issue 22)', () => {
  // Rows of documents.sql as the sources page has them.
  const treatyRow = {
    doc_id: 'Arms Trade Treaty',
    kind: 'instrument',
    body: 'United Nations',
    date: null,
    title_en: 'Arms Trade Treaty (United Nations Treaty Series, vol. 3013, No. 52373)',
    title_zh: '《武器贸易条约》',
  };
  const note = {
    doc_id: 'Small Arms Survey Research Note 60',
    kind: 'research_publication',
    body: 'Small Arms Survey',
    date: null,
    title_en: 'Small Arms Survey Research Note 60 (firearms in conflict deaths)',
    title_zh: null,
  };
  const resolution = {
    doc_id: 'S/RES/2117 (2013)',
    kind: 'security_council_resolution',
    body: 'Security Council',
    date: '2013-09-26',
    title_en: 'Resolution 2117 (2013) on small arms and light weapons',
    title_zh: '第 2117(2013)号决议',
  };

  it('regression: the heading names a document in the page’s language, not by its raw id ("Arms Trade Treaty：《武器贸易条约》"), and once where its name is its title', () => {
    expect(text(documentHeading(treatyRow, 'zh'))).toBe('《武器贸易条约》');
    expect(text(documentHeading(treatyRow, 'fr'))).toBe(
      'Traité sur le commerce des armes\u00a0: Arms Trade Treaty (United Nations Treaty Series, vol. 3013, No. 52373)',
    );
    expect(text(documentHeading(resolution, 'zh'))).toBe('S/RES/2117 (2013)：第 2117(2013)号决议');
    expect(text(documentHeading(resolution, 'en'))).toBe(
      'S/RES/2117 (2013): Resolution 2117 (2013) on small arms and light weapons',
    );
  });

  it('regression: a name or title left in English is marked lang="en" on every other page, and nothing in the page’s own language is marked', () => {
    for (const locale of ['zh', 'ar', 'fr', 'ru', 'es'] as const) {
      const [name, colon, title] = documentHeading(note, locale);
      expect(name).toEqual({ text: note.doc_id, lang: 'en' });
      expect(colon.lang).toBeUndefined();
      expect(title).toEqual({ text: note.title_en, lang: 'en' });
    }
    expect(documentHeading(note, 'en').every((piece) => piece.lang === undefined)).toBe(true);
    expect(documentHeading(treatyRow, 'zh')).toEqual([{ text: '《武器贸易条约》' }]);
  });

  it('regression: the facts line has no stray " ·" at its end when a document has no date ("国际文书 · 联合国 ·"), in any language', () => {
    for (const locale of ['en', 'zh', 'ar', 'fr', 'ru', 'es'] as const) {
      const line = text(documentFacts(treatyRow, locale));
      expect(line, locale).not.toMatch(/·\s*$/);
      expect(line.split(' · '), locale).toHaveLength(2);
      expect(text(documentFacts(resolution, locale)).split(' · '), locale).toHaveLength(3);
    }
    expect(text(documentFacts(treatyRow, 'zh'))).toBe('国际文书 · 联合国');
    expect(text(documentFacts(resolution, 'zh'))).toBe(
      '安全理事会决议 · 安全理事会 · 2013年9月26日',
    );
    // The body left in English is marked so on a Chinese page.
    expect(documentFacts(note, 'zh')[2]).toEqual({ text: 'Small Arms Survey', lang: 'en' });
  });
});
