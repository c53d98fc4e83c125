import { describe, expect, it } from 'vitest';
import { eventCell, eventName } from '../../../../src/routes/overview/names';

describe('eventName(row, locale)', () => {
  const printed = { name_en: 'First Review Conference', name_zh: '第一次审议大会', label_zh: null };
  const written = {
    name_en: 'Security Council 8140th meeting',
    name_zh: null,
    label_zh: '第 8140 次会议',
  };

  it('gives the name the seed prints on a Chinese page', () => {
    expect(eventName(printed, 'zh')).toBe('第一次审议大会');
  });

  it('gives the name written for this site where the seed prints none', () => {
    expect(eventName(written, 'zh')).toBe('第 8140 次会议');
    expect(eventName({ ...written, name_zh: ' ' }, 'zh')).toBe('第 8140 次会议');
  });

  it('gives the written name over a printed one that another event shares', () => {
    const shared = {
      name_en: 'Group of Governmental Experts (2008)',
      name_zh: '政府专家组',
      label_zh: '2008 年过剩常规弹药储存问题政府专家组',
    };
    expect(eventName(shared, 'zh')).toBe('2008 年过剩常规弹药储存问题政府专家组');
    expect(eventName({ ...shared, label_zh: ' ' }, 'zh')).toBe('政府专家组');
  });

  it('falls back to English where the row has neither, and is English on an English page', () => {
    expect(eventName({ name_en: 'A meeting', name_zh: null, label_zh: null }, 'zh')).toBe(
      'A meeting',
    );
    expect(eventName(written, 'en')).toBe('Security Council 8140th meeting');
    expect(eventName(printed, 'en')).toBe('First Review Conference');
  });
});

describe('eventCell(row, locale)', () => {
  const adoption = {
    name_en: 'Security Council adopts resolution 2117 (2013) (7036th meeting)',
    name_zh: null,
    label_zh: '安全理事会第7036次会议通过第2117(2013)号决议',
  };

  it('names an event in Arabic, French, Russian and Spanish from data/translations.csv, unmarked', () => {
    expect(eventCell(adoption, 'fr')).toEqual({
      text: 'Le Conseil de sécurité adopte la résolution 2117 (2013) (7036e séance)',
    });
    expect(eventCell(adoption, 'es').text).toContain('Consejo de Seguridad');
    expect(eventCell(adoption, 'ru').text).toContain('Совет Безопасности');
    expect(eventCell(adoption, 'ar')).toEqual({
      text: 'مجلس الأمن يتخذ القرار 2117 (2013) (الجلسة 7036)',
    });
  });

  it('marks as English a name the page has no translation for, and nothing on English or Chinese pages', () => {
    expect(eventCell({ name_en: 'A meeting', name_zh: null, label_zh: null }, 'ar')).toEqual({
      text: 'A meeting',
      lang: 'en',
    });
    expect(eventCell(adoption, 'en')).toEqual({ text: adoption.name_en });
    expect(eventCell(adoption, 'zh')).toEqual({ text: adoption.label_zh });
  });
});
