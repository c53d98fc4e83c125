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

/**
 * A run of text, with its `lang` where that is not the page's language; `code` for a name of
 * the data (a table, a column, a code value: `source_doc`, `confirmed`), shown as code and not
 * translated.
 */
export type Run = { text: string; lang?: string; code?: boolean };

/**
 * `text` cut around the first occurrence of `part` (a name a message puts in its sentence), the
 * part marked with its language where that is not the page's: "DPKO Second Generation DDR 2010，
 * 研究出版物，…" with the English name marked `lang="en"` on a Chinese page.
 */
export function markedIn(text: string, part: Run, pageLocale = 'en'): Run[] {
  return placedIn(text, [part], pageLocale);
}

/**
 * `text` with `runs` in it where their text is ("见于 {source}" with the source's runs, its name
 * left in English marked so), each run marked with its language where that is not the page's.
 */
export function placedIn(text: string, runs: Run[], pageLocale = 'en'): Run[] {
  const inner = runs.map((run) => run.text).join('');
  const at = inner ? text.indexOf(inner) : -1;
  if (at < 0) return text ? [{ text }] : [];
  const end = at + inner.length;
  const marked = runs.map((run): Run => {
    const lang = langAttr(run.lang, pageLocale);
    return lang ? { ...run, lang } : { text: run.text, ...(run.code ? { code: true } : {}) };
  });
  // Nothing to mark: the text is one run.
  if (marked.every((run) => !run.lang && !run.code)) return text ? [{ text }] : [];
  return [
    ...(at > 0 ? [{ text: text.slice(0, at) }] : []),
    ...marked,
    ...(end < text.length ? [{ text: text.slice(end) }] : []),
  ];
}

/**
 * A title set with `word-break: keep-all` (a Chinese title breaks at its spaces, never inside a
 * word such as 仪表板) cut where a line may break though it has no space: after a number that
 * Chinese follows, "可持续发展目标具体目标16.4" | "武器流动仪表板". The parts are joined by <wbr>.
 */
export function titleParts(title: string): string[] {
  return title.split(/(?<=\d)(?=\p{Script=Han})/u);
}

/** A text cut into runs of Chinese characters and of everything else, in order. */
export function hanRuns(text: string): { text: string; han: boolean }[] {
  return (
    text.match(/[\p{Script=Han}，。、（）：；“”]+|[^\p{Script=Han}，。、（）：；“”]+/gu) ?? []
  ).map((run) => ({ text: run, han: /\p{Script=Han}/u.test(run) }));
}

/** Page languages written in another script than English's: Latin text in them is English. */
const NON_LATIN = new Set(['zh', 'ru', 'ar']);

/** Whether a page in `pageLocale` is written in another script than Latin (zh, ru, ar). */
export function nonLatinPage(pageLocale: string): boolean {
  return NON_LATIN.has(pageLocale.toLowerCase().split('-')[0]);
}
/**
 * A run of Latin-script text: a letter, then letters, digits, spaces and ASCII punctuation.
 * Letters with accents and a typographic apostrophe belong to it, so a quoted "från" or
 * "Côte d’Ivoire" is not cut in two; a symbol's or a path's last "/" or "…" too ("A/67/…",
 * "seeds/"), and a path's braces ("UNSD-{en,cn}.csv"), so that it stays in order on a
 * right-to-left page.
 */
const LATIN_RUN =
  /[A-Za-zÀ-ÖØ-öø-ÿ](?:[A-Za-zÀ-ÖØ-öø-ÿ0-9 .,/_\-'’&:()[\]{}…]*[A-Za-zÀ-ÖØ-öø-ÿ0-9.)\]/…])?/g;

/**
 * The Swedish letters: the one source the data quotes in a Latin-script language other than
 * English is the Swedish Government's review of the Register ("från som mest 124 länder").
 */
const SWEDISH = /[åäöÅÄÖ]/;

/**
 * A passage in quotation marks, the words inside: « … » (French, with its spaces), «…»
 * (Spanish), “…” or "…".
 */
const QUOTED = /«[\s\u00a0\u202f]*([^«»]+?)[\s\u00a0\u202f]*»|“([^“”]+)”|"([^"]+)"/gu;

/** A run of Chinese characters, with the digits, spaces and ellipses between them. */
const HAN_RUN = /\p{Script=Han}(?:[\p{Script=Han}0-9 …]*\p{Script=Han})?/gu;

/**
 * `text` cut into runs, each English run (a document's name or symbol left as published, a
 * quoted source) marked `lang: 'en'` (`'sv'` for the Swedish quotation) on a page whose
 * language is not written in Latin script. On an English, French or Spanish page the text is
 * one run, its own words being Latin too, unless `original` is given: see `keptRuns`.
 */
export function latinRuns(
  text: string,
  pageLocale = 'en',
  original?: string,
): { text: string; lang?: string }[] {
  if (!nonLatinPage(pageLocale)) {
    if (original !== undefined) return keptRuns(text, original, pageLocale);
    return withChinese(text ? [{ text }] : [], pageLocale);
  }
  // A quotation the text keeps whole from `original` is one run, digits and all: «84 in 1994»
  // was marked from its first letter, and "84" stood outside the English on an Arabic page.
  if (original !== undefined)
    return keptRuns(text, original, pageLocale).flatMap((run) =>
      run.lang ? [run] : latinRuns(run.text, pageLocale),
    );
  const runs: { text: string; lang?: string }[] = [];
  let at = 0;
  for (const match of text.matchAll(LATIN_RUN)) {
    let run = match[0];
    // A bracket the run closes but did not open belongs to the text around it.
    while (run.endsWith(')') && count(run, '(') < count(run, ')')) run = run.slice(0, -1);
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: run, lang: SWEDISH.test(run) ? 'sv' : 'en' });
    at = match.index + run.length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return withChinese(runs, pageLocale);
}

/**
 * `runs` with each run of Chinese characters in an unmarked one cut out and marked Chinese,
 * on a page in another language: a Chinese name the data quotes inside Russian, Arabic or
 * Spanish text ("например 达尔富尔 для Судана").
 */
function withChinese(
  runs: { text: string; lang?: string }[],
  pageLocale: string,
): { text: string; lang?: string }[] {
  const lang = langAttr('zh-Hans', pageLocale);
  if (!lang) return runs;
  return runs.flatMap((run) => {
    if (run.lang) return [run];
    const cut: { text: string; lang?: string }[] = [];
    let at = 0;
    for (const match of run.text.matchAll(HAN_RUN)) {
      if (match.index > at) cut.push({ text: run.text.slice(at, match.index) });
      cut.push({ text: match[0], lang });
      at = match.index + match[0].length;
    }
    if (at < run.text.length) cut.push({ text: run.text.slice(at) });
    return cut;
  });
}

/**
 * `text`, on a page in a Latin-script language, cut into runs by what it keeps of `original`,
 * the English text it translates (or, on an English page, is): a passage in quotation marks
 * that `original` has word for word is the source's own words, English (`'sv'` for the Swedish
 * review), and a run of Chinese characters is Chinese (`'zh-Hans'`). Script cannot tell an
 * English quotation from a French one; a translation that keeps the quotation as the original
 * has it can. Each run is marked only where its language is not the page's.
 */
export function keptRuns(
  text: string,
  original: string,
  pageLocale = 'en',
): { text: string; lang?: string }[] {
  const marked: { start: number; end: number; lang: string }[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const words = match[1] ?? match[2] ?? match[3];
    if (!/[A-Za-zÀ-ÿ]{2}/.test(words) || /\p{Script=Han}/u.test(words)) continue;
    if (!original.includes(words)) continue;
    const start = match.index + match[0].indexOf(words);
    marked.push({ start, end: start + words.length, lang: SWEDISH.test(words) ? 'sv' : 'en' });
  }
  for (const match of text.matchAll(HAN_RUN))
    marked.push({ start: match.index, end: match.index + match[0].length, lang: 'zh-Hans' });
  const runs: { text: string; lang?: string }[] = [];
  let at = 0;
  for (const { start, end, lang } of marked.sort((a, b) => a.start - b.start)) {
    const attr = langAttr(lang, pageLocale);
    if (!attr || start < at) continue;
    if (start > at) runs.push({ text: text.slice(at, start) });
    runs.push({ text: text.slice(start, end), lang: attr });
    at = end;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}

const count = (text: string, char: string) => text.split(char).length - 1;
