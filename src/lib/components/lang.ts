/**
 * The `lang` attribute for text written in `textLang` on a page in `pageLocale`: none when
 * they are the same language (the text inherits the page's), the text's own otherwise, so a
 * screen reader switches voice for Chinese on an English page and for English on a Chinese one.
 */
export function langAttr(
  textLang: string | null | undefined,
  pageLocale = 'en',
): string | undefined {
  if (!textLang) return undefined;
  const language = (tag: string) => tag.toLowerCase().split('-')[0];
  return language(textLang) === language(pageLocale) ? undefined : textLang;
}

/** A text cut into runs of Chinese characters and of everything else, in order. */
export function hanRuns(text: string): { text: string; han: boolean }[] {
  return (
    text.match(/[\p{Script=Han}，。、（）：；“”]+|[^\p{Script=Han}，。、（）：；“”]+/gu) ?? []
  ).map((run) => ({ text: run, han: /\p{Script=Han}/u.test(run) }));
}
