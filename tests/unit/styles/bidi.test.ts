import { readFileSync } from 'node:fs';
import postcss from 'postcss';
import { describe, expect, it } from 'vitest';

/**
 * What app.css declares for elements of a language on an Arabic page: the declarations of every
 * rule under `:root[dir='rtl']` whose selector names that language with :lang() (which, unlike
 * [lang='en'], matches "en-GB" and "zh-Hans" and their descendants' inherited language too).
 */
function rtlDeclarations(language: string): Record<string, string> {
  const declared: Record<string, string> = {};
  postcss.parse(readFileSync('src/app.css', 'utf8')).walkRules((rule) => {
    const rtl = rule.selectors.some(
      (selector) => selector.includes(`[dir='rtl']`) && selector.includes(`:lang(${language})`),
    );
    if (rtl) rule.walkDecls((decl) => void (declared[decl.prop] = decl.value));
  });
  return declared;
}

describe('app.css: runs in another script on an Arabic page (issue 22)', () => {
  it.each(['en', 'zh'])(
    'regression: text marked lang="%s" is isolated and left to right, so its numbers, file names and quotes keep their order',
    (language) => {
      // Unicode Bidirectional Algorithm (UAX #9), isolates; W3C "Inline markup and bidirectional
      // text in HTML": mark a run of the other direction with its direction and isolate it.
      expect(rtlDeclarations(language)).toMatchObject({
        direction: 'ltr',
        'unicode-bidi': 'isolate',
      });
    },
  );
});
