import { describe, expect, it } from 'vitest';
import { en, t, type MessageKey } from '$lib/i18n/messages';
import { zh } from '$lib/i18n/zh';

const keys = Object.keys(en) as MessageKey[];
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
const chinese: Partial<Record<MessageKey, string>> = zh;

describe('the Chinese catalogue', () => {
  it('has a message for every English key, and no key English lacks', () => {
    expect(keys.filter((key) => !chinese[key]?.trim())).toEqual([]);
    expect(Object.keys(zh).filter((key) => !(key in en))).toEqual([]);
  });

  it('uses the same placeholders as English in every message', () => {
    const differ = keys.filter(
      (key) => chinese[key] && placeholders(chinese[key]).join() !== placeholders(en[key]).join(),
    );
    expect(differ).toEqual([]);
  });
});

describe('t(key, params, locale) over the compiled Paraglide messages', () => {
  it('gives every message of both catalogues as written (placeholders left unfilled)', () => {
    for (const key of keys) expect(t(key, {}, 'en'), key).toBe(en[key]);
    for (const key of keys) {
      if (chinese[key]) expect(t(key, {}, 'zh'), key).toBe(chinese[key]);
    }
  });

  it('writes Chinese in Chinese and English in English', () => {
    expect(t('nav.missions', {}, 'zh')).toBe(zh['nav.missions']);
    expect(t('nav.missions', {}, 'en')).toBe('Missions');
    expect(t('qualifier.at_least', { value: '5' }, 'zh')).toMatch(/^至少\s*5$/);
  });

  it('is in English outside a page (no locale known)', () => {
    expect(t('nav.missions')).toBe('Missions');
  });
});
