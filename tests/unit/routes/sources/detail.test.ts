import { describe, expect, it } from 'vitest';
import {
  citedByPieces,
  citesPieces,
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
      'S/PRST/2010/6 (préambule)\u202f; S/PRST/2009/1 (par. 3)',
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
