import { describe, expect, it } from 'vitest';
import { eventName } from '../../../../src/routes/overview/names';

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
