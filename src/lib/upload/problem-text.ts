import { t } from '$lib/i18n/messages';
import type { Problem } from '$lib/upload/inspect';

/** A problem as a sentence that names the file and, when known, the line and column. */
export function problemText(fileName: string, problem: Problem): string {
  const place =
    problem.line !== undefined && problem.column !== undefined
      ? t('upload.place.lineColumn', { file: fileName, line: problem.line, column: problem.column })
      : problem.line !== undefined
        ? t('upload.place.line', { file: fileName, line: problem.line })
        : fileName;
  return `${place}: ${t(`upload.problem.${problem.code}`, problem.values ?? {})}`;
}
