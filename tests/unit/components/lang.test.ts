import { describe, expect, it } from 'vitest';
import { langAttr } from '$lib/components/lang';

describe('langAttr(textLang, pageLocale)', () => {
  it('marks Chinese text on an English page and English text on a Chinese one', () => {
    expect(langAttr('zh-Hans', 'en')).toBe('zh-Hans');
    expect(langAttr('en', 'zh')).toBe('en');
    expect(langAttr('en', 'zh-Hans')).toBe('en');
  });

  it('leaves text in the page language unmarked, whatever the region or script subtag', () => {
    expect(langAttr('zh-Hans', 'zh')).toBeUndefined();
    expect(langAttr('en', 'en')).toBeUndefined();
    expect(langAttr('en-GB', 'en')).toBeUndefined();
  });

  it('defaults the page to English and marks nothing for text of no stated language', () => {
    expect(langAttr('zh-Hans')).toBe('zh-Hans');
    expect(langAttr(undefined, 'zh')).toBeUndefined();
    expect(langAttr(null)).toBeUndefined();
  });
});
