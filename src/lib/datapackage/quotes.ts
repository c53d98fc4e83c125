import type { Field, Problem, Resource, Row } from './schema';

/**
 * A seed document as quotes are matched against it. The seeds are text extracted from PDFs,
 * wrapped at the page width: a line break (and the spaces around it) is layout, not text, so it
 * is removed. Everything else, including the spaces the extracted text has around digits,
 * must match exactly.
 */
export function seedText(raw: string): string {
  return raw.replace(/[ \t\u00a0\u3000]*(?:\r?\n)+[ \t\u00a0\u3000]*/g, '');
}

const chineseDigits: Record<string, number> = {
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const chineseUnits: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** The value of a Chinese numeral below ten thousand such as 九, 十六, 二十, 三百五十. */
function chineseNumeral(text: string): number {
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char in chineseDigits) digit = chineseDigits[char];
    else {
      total += (digit || 1) * chineseUnits[char];
      digit = 0;
    }
  }
  return total + digit;
}

/**
 * Every number a Chinese passage states, as a reader would take it: "3 500" is 3500 (digit
 * groups are spaced), "60 亿" is 6,000,000,000, "38%" is 38, "九个" is 9 "一半" (half)
 * is 50, in percent, and "没有一个" (not one) is 0.
 */
export function numbersIn(passage: string): number[] {
  const text = passage.replace(/(\d)[ \u00a0\u2009\u202f,](?=\d{3}(?!\d))/g, '$1');
  const numbers: number[] = [];
  for (const match of text.matchAll(/(\d+(?:\.\d+)?)\s*(亿|万)?/g)) {
    const scale = match[2] === '亿' ? 1e8 : match[2] === '万' ? 1e4 : 1;
    numbers.push(Number(match[1]) * scale);
  }
  for (const match of text.matchAll(/[零一二两三四五六七八九十百千]+/g)) {
    numbers.push(chineseNumeral(match[0]));
  }
  if (text.includes('一半')) numbers.push(50);
  if (text.includes('没有一个')) numbers.push(0);
  return numbers;
}

/**
 * Whether a passage states a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) as a start: with its
 * year ("2012 年 8 月 27 日"). An end date may also be written without its year or month, as
 * Chinese ranges do ("2012 年 8 月 27 日至 9 月 7 日", "3 月 19 日至 23 日", "2012 年 8 月和 9 月").
 */
export function passageHasDate(passage: string, date: string, as: 'start' | 'end'): boolean {
  const text = passage.replace(/\s+/g, '');
  const [year, month, day] = date.split('-').map(Number);
  const forms = [[`${year}年`, month && `${month}月`, day && `${day}日`].filter(Boolean).join('')];
  if (as === 'end' && month) {
    const tail = day ? [`${month}月${day}日`, `${day}日`] : [`${month}月`];
    forms.push(...tail.flatMap((t) => [`至${t}`, `和${t}`]));
  }
  return forms.some((form) => text.includes(form));
}

/** Whether a passage states a number: within a part in a million, to allow 0.1 + 0.2. */
export function passageHasNumber(passage: string, value: number): boolean {
  return numbersIn(passage).some((n) => Math.abs(n - value) <= Math.abs(value) * 1e-6);
}

/**
 * Checks every quote and figure of one table against the seeds: a quote must appear verbatim
 * in the seed its row cites (and is required when the row cites a seed), and a figure must be
 * stated in its row's quote. `seeds` maps a document id to its `seedText`.
 */
export function checkQuotes(
  resource: Resource,
  rows: Row[],
  seeds: Map<string, string>,
): Problem[] {
  const file = resource.path.split('/').pop() ?? resource.path;
  const problems: Problem[] = [];
  const fields = resource.schema.fields;
  const verbatim = fields.filter((f): f is Field & Required<Pick<Field, 'x-verbatim'>> =>
    Boolean(f['x-verbatim']),
  );
  const figures = fields.filter((f): f is Field & Required<Pick<Field, 'x-in-quote'>> =>
    Boolean(f['x-in-quote']),
  );

  for (const row of rows) {
    for (const field of verbatim) {
      const { doc, requiredForSeed } = field['x-verbatim'];
      const seed = row[doc] ? seeds.get(row[doc]) : undefined;
      const value = row[field.name];
      const at = { file, line: row.__line, column: field.name };
      if (seed === undefined) continue;
      if (value === null) {
        if (requiredForSeed) {
          problems.push({ ...at, message: `a row from seed ${row[doc]} needs its Chinese span` });
        }
      } else if (!seed.includes(value)) {
        problems.push({ ...at, message: `"${value}" is not verbatim in ${row[doc]}` });
      }
    }
    for (const field of figures) {
      const { quote, as = 'number' } = field['x-in-quote'];
      const passage = row[quote];
      const value = row[field.name];
      if (passage === null || value === null) continue;
      const stated =
        as === 'number'
          ? passageHasNumber(passage, Number(value))
          : passageHasDate(passage, value, as);
      if (!stated) {
        problems.push({
          file,
          line: row.__line,
          column: field.name,
          message: `${value} is not stated in its quote "${passage}"`,
        });
      }
    }
  }
  return problems;
}
