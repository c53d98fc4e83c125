import { shownName } from '$lib/i18n/hidden';
import { t } from '$lib/i18n/messages';
import type { Problem } from '$lib/upload/inspect';

/**
 * What a problem's values hold that came from the file or the user (a column or table name,
 * a value, DuckDB's words about them): each is shown isolated, its hidden characters written
 * out (hidden.ts), so a name cannot reorder the sentence around it.
 */
const userText = new Set(['name', 'renamed', 'suggested', 'value', 'message']);

/** A problem as a sentence that names the file and, when known, the line and column. */
export function problemText(fileName: string, problem: Problem): string {
  const file = shownName(fileName);
  const place =
    problem.line !== undefined && problem.column !== undefined
      ? t('upload.place.lineColumn', { file, line: problem.line, column: problem.column })
      : problem.line !== undefined
        ? t('upload.place.line', { file, line: problem.line })
        : file;
  const values = Object.fromEntries(
    Object.entries(problem.values ?? {}).map(([key, value]) => [
      key,
      userText.has(key) && typeof value === 'string' ? shownName(value) : value,
    ]),
  );
  return `${place}: ${t(`upload.problem.${problem.code}`, values)}`;
}
