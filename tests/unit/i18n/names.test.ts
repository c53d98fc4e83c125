import { describe, expect, it } from 'vitest';
import { localCell, localName } from '$lib/i18n/names';

describe('localName', () => {
  const row = { name_en: 'Central African Republic', name_zh: '中非共和国' };

  it('gives the Chinese name on a Chinese page and the English one on an English page', () => {
    expect(localName(row, 'name', 'zh')).toBe('中非共和国');
    expect(localName(row, 'name', 'en')).toBe('Central African Republic');
  });

  it('falls back to English where the row has no Chinese name', () => {
    expect(localName({ name_en: 'Darfur', name_zh: null }, 'name', 'zh')).toBe('Darfur');
    expect(localName({ name_en: 'Darfur', name_zh: ' ' }, 'name', 'zh')).toBe('Darfur');
    expect(localName({ name_en: 'Darfur' }, 'name', 'zh')).toBe('Darfur');
  });

  it('reads a column named without the _en suffix', () => {
    const group = { group_name: 'African States', group_name_zh: '非洲国家组' };
    expect(localName(group, 'group_name', 'en')).toBe('African States');
    expect(localName(group, 'group_name', 'zh')).toBe('非洲国家组');
  });

  it('is empty when the row has neither', () => {
    expect(localName({}, 'name', 'zh')).toBe('');
  });
});

describe('localCell(base): a table cell in the page’s language, or English marked as such', () => {
  const row = {
    title_en: 'UN Charter',
    title_zh: '联合国宪章',
    theme_en: 'Tracing',
    theme_zh: null,
  };

  it('gives the Chinese text on Chinese pages, in the page’s language', () => {
    expect(localCell('title')(row, 'zh')).toEqual({ text: '联合国宪章', lang: undefined });
  });

  it('marks the English text shown on a Chinese page for want of Chinese', () => {
    expect(localCell('theme')(row, 'zh')).toEqual({ text: 'Tracing', lang: 'en' });
  });

  it('leaves English pages as they are', () => {
    expect(localCell('title')(row, 'en')).toEqual({ text: 'UN Charter', lang: undefined });
  });
});
