import { describe, expect, it } from 'vitest';
import { citedByText, citesText } from '../../../../src/routes/sources/detail';

// Two rows of citations.csv as citations.sql gives them (S/RES/2117 (2013) cites both).
const rows = [
  { citing_doc: 'S/RES/2117 (2013)', cited_doc: 'S/PRST/2010/6', source_ref: 'preamble' },
  { citing_doc: 'S/RES/2117 (2013)', cited_doc: 'S/PRST/2009/1', source_ref: 'para. 3' },
];

describe('the sources detail: what a document cites and what cites it', () => {
  it('on an English page, as the data writes the places', () => {
    expect(citesText(rows, 'en')).toBe('S/PRST/2010/6 (preamble); S/PRST/2009/1 (para. 3)');
    expect(citedByText(rows, 'en')).toBe('S/RES/2117 (2013), preamble; S/RES/2117 (2013), para. 3');
  });

  it('regression: on French, Chinese and Arabic pages the places are in the page’s language, not "preamble" and "para. 3"', () => {
    expect(citesText(rows, 'fr')).toBe('S/PRST/2010/6 (préambule); S/PRST/2009/1 (par. 3)');
    // UN Chinese: 序言部分, 第3段, in full-width brackets, a list separated by ；.
    expect(citesText(rows, 'zh')).toBe('S/PRST/2010/6（序言部分）；S/PRST/2009/1（第3段）');
    expect(citedByText(rows, 'ar')).toContain('S/RES/2117 (2013)، الديباجة؛ ');
  });
});
