import { hanRuns, langAttr, latinRuns, nonLatinPage, type Run } from '$lib/components/lang';
import type { DataText } from '$lib/i18n/data-text';

/** A name as the data writes it: `doc_id`, `missions.mission_id`, `public_source`. */
const NAME = /[A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)*/g;

/** Whether `token` names a dataset, a column or a code value of the package, or a dataset's column. */
const isName = (token: string, names: ReadonlySet<string>) =>
  token.split('.').every((part) => names.has(part));

/**
 * `run` with the package's names in it as code: every word that is one where `any` (a run of
 * Latin script inside Chinese, Russian or Arabic text, where an English word is a name of the
 * data: "confirmed：文号有印载"), else only the names no language writes as a word, with an
 * underscore or a dot (`source_doc`, `countries.iso3`).
 */
function namesIn(run: Run, names: ReadonlySet<string>, any: boolean): Run[] {
  const found = [...run.text.matchAll(NAME)].filter(
    ([token]) => isName(token, names) && (any || /[_.]/.test(token)),
  );
  // Inside another language's text a run is a name only when each of its words is one
  // ("label_en, label_zh"), not an English phrase with a code value in it.
  if (found.length === 0) return [run];
  if (any && run.text.replace(NAME, '').replace(/[\s,=/]/g, '') !== '') return [run];
  if (any && found.length !== [...run.text.matchAll(NAME)].length) return [run];
  const runs: Run[] = [];
  let at = 0;
  for (const match of found) {
    if (match.index > at) runs.push({ ...run, text: run.text.slice(at, match.index) });
    runs.push({ text: match[0], code: true });
    at = match.index + match[0].length;
  }
  if (at < run.text.length) runs.push({ ...run, text: run.text.slice(at) });
  return runs.filter((each) => each.text !== '');
}

/**
 * A description of the data page in runs: the package's names (`names`: its datasets, columns
 * and code values) as code, what stays in English inside a Chinese, Russian or Arabic text
 * ("Côte d’Ivoire") marked so, and Chinese inside a text in another language marked Chinese.
 */
export function descriptionRuns(
  text: DataText,
  names: ReadonlySet<string>,
  pageLocale: string,
): Run[] {
  const inPage = !langAttr(text.lang, pageLocale);
  if (inPage && nonLatinPage(pageLocale))
    return latinRuns(text.text, pageLocale).flatMap((run) =>
      run.lang ? namesIn(run, names, true) : [run],
    );
  const chinese = text.lang.toLowerCase().startsWith('zh') ? undefined : 'zh-Hans';
  return hanRuns(text.text).flatMap((run) =>
    run.han ? [{ text: run.text, lang: chinese }] : namesIn({ text: run.text }, names, false),
  );
}
