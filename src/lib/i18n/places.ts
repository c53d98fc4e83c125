import { getLocale, type Locale } from '$lib/paraglide/runtime.js';

// How UN documents in each language name a place in a document: 第20段 / par. 20 /
// párr. 20 / п. 20 / الفقرة 20, footnotes, annexes, operative paragraphs, pages. A place is put
// in the page's language only when every part of it is one of these forms; anything else (a
// news item's "2nd paragraph", a file name) is kept as written.
const numerals = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const arabicOrdinals = ['', 'الأول', 'الثاني', 'الثالث', 'الرابع', 'الخامس', 'السادس'];
const roman: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6 };

/**
 * A paragraph's sub-paragraphs as UN Chinese writes them, touching the number and with a
 * roman sub-sub-paragraph in Chinese numerals: "34 (c) (v)" -> "34(c)(五)", as S/2017/1025
 * quotes S/RES/2301 (2016) ("第 34(c)(五)段").
 */
export function zhSubparagraphs(n: string): string {
  return n
    .replace(/ \(([ivx]+)\)/g, (_, r: string) => `(${numerals[smallRoman[r]]})`)
    .replace(/ \(([a-z]+)\)/g, '($1)');
}

const smallRoman: Record<string, number> = {
  i: 1,
  ii: 2,
  iii: 3,
  iv: 4,
  v: 5,
  vi: 6,
  vii: 7,
  viii: 8,
  ix: 9,
  x: 10,
};

type Forms = {
  annex: (n: string) => string;
  chapter: (n: string) => string;
  para: (n: string, many: boolean) => string;
  op: (n: string) => string;
  footnote: (n: string) => string;
  page: (n: string) => string;
  tableRow: (n: string) => string;
  table: string;
  heading: string;
  preamble: string;
  summary: string;
  recommendation: (symbol: string, n: string) => string;
  /** A target's row of a data file ("embargo.csv row for this target"), the file as named. */
  targetRow: (file: string) => string;
  /** Between two places ("para. 3 and footnote 1"), and between the parts of one. */
  and: string;
};

const forms: Partial<Record<Locale, Forms>> = {
  zh: {
    annex: (n) => `附件${numerals[roman[n]]}`,
    chapter: (n) => `第${numerals[roman[n]]}章`,
    para: (n) => `第${zhSubparagraphs(n)}段`,
    op: (n) => `执行部分第${zhSubparagraphs(n)}段`,
    footnote: (n) => `脚注${n}`,
    page: (n) => `第${n}页`,
    tableRow: (n) => `表第${n}行`,
    table: '表',
    heading: '标题',
    preamble: '序言部分',
    summary: '摘要',
    recommendation: (symbol, n) => `${symbol} 建议${n}`,
    targetRow: (file) => `${file} 中该对象所在行`,
    and: '和',
  },
  fr: {
    annex: (n) => `annexe ${n}`,
    chapter: (n) => `chapitre ${n}`,
    para: (n) => `par. ${n}`,
    op: (n) => `par. ${n} du dispositif`,
    footnote: (n) => `note ${n}`,
    page: (n) => `p. ${n}`,
    tableRow: (n) => `tableau, ligne ${n}`,
    table: 'tableau',
    heading: 'titre',
    preamble: 'préambule',
    summary: 'résumé',
    recommendation: (symbol, n) => `${symbol}, recommandation ${n}`,
    targetRow: (file) => `ligne de cette cible dans ${file}`,
    and: ' et ',
  },
  es: {
    annex: (n) => `anexo ${n}`,
    chapter: (n) => `capítulo ${n}`,
    para: (n, many) => `${many ? 'párrs.' : 'párr.'} ${n}`,
    op: (n) => `párr. ${n} de la parte dispositiva`,
    footnote: (n) => `nota ${n}`,
    page: (n) => `pág. ${n}`,
    tableRow: (n) => `cuadro, fila ${n}`,
    table: 'cuadro',
    heading: 'título',
    preamble: 'preámbulo',
    summary: 'resumen',
    recommendation: (symbol, n) => `${symbol}, recomendación ${n}`,
    targetRow: (file) => `fila de este destinatario en ${file}`,
    and: ' y ',
  },
  ru: {
    annex: (n) => `приложение ${n}`,
    chapter: (n) => `глава ${n}`,
    para: (n, many) => `${many ? 'пп.' : 'п.'} ${n}`,
    op: (n) => `п. ${n} постановляющей части`,
    footnote: (n) => `сноска ${n}`,
    page: (n) => `с. ${n}`,
    tableRow: (n) => `таблица, строка ${n}`,
    table: 'таблица',
    heading: 'заголовок',
    preamble: 'преамбула',
    summary: 'резюме',
    recommendation: (symbol, n) => `${symbol}, рекомендация ${n}`,
    targetRow: (file) => `строка этого объекта в ${file}`,
    and: ' и ',
  },
  ar: {
    annex: (n) => `المرفق ${arabicOrdinals[roman[n]]}`,
    chapter: (n) => `الفصل ${arabicOrdinals[roman[n]]}`,
    para: (n, many) => `${many ? 'الفقرات' : 'الفقرة'} ${n}`,
    op: (n) => `الفقرة ${n} من المنطوق`,
    footnote: (n) => `الحاشية ${n}`,
    page: (n) => `الصفحة ${n}`,
    tableRow: (n) => `الجدول، الصف ${n}`,
    table: 'الجدول',
    heading: 'العنوان',
    preamble: 'الديباجة',
    summary: 'الموجز',
    recommendation: (symbol, n) => `${symbol}، التوصية ${n}`,
    targetRow: (file) => `صف هذه الجهة في ${file}`,
    // Arabic writes "and" joined to the word that follows it: "الفقرة 3 والحاشية 1".
    and: ' و',
  },
};

const parts: [RegExp, (write: Forms, ...groups: string[]) => string][] = [
  [/^Annex (I|II|III|IV|V|VI)$/, (write, n) => write.annex(n)],
  [/^chapter (I|II|III|IV|V|VI)$/, (write, n) => write.chapter(n)],
  [
    /^(paras?)\. (\d+(?:\s*[–-]\s*\d+)?(?: \([a-z]+\))*(?: \([ivx]+\))*)$/,
    (write, word, n) => write.para(n, word === 'paras'),
  ],
  [/^op\. (\d+(?: \([a-z]+\))*)$/, (write, n) => write.op(n)],
  [/^footnote (\d+|\*)$/, (write, n) => write.footnote(n)],
  [/^p\. (\d+)$/, (write, n) => write.page(n)],
  [/^table row (\d+)$/, (write, n) => write.tableRow(n)],
  [/^table$/, (write) => write.table],
  [/^heading$/, (write) => write.heading],
  [/^preamble$/, (write) => write.preamble],
  [/^summary$/, (write) => write.summary],
  [
    /^([A-Z]+\/\d+\/\d+) recommendation (\d+)$/,
    (write, symbol, n) => write.recommendation(symbol, n),
  ],
  [/^([\w-]+\.csv) row for this target$/, (write, file) => write.targetRow(file)],
];

function partIn(write: Forms, part: string): string | null {
  for (const [pattern, form] of parts) {
    const match = pattern.exec(part);
    if (match) return form(write, ...match.slice(1));
  }
  return null;
}

/**
 * The punctuation a list of places and sources takes in the page's language, and the colon
 * after a symbol that names something ("MINUSMA: …"): Chinese full-width marks
 * (S/2017/1025（第6段；第8段）, MINUSMA：…), the Arabic comma and semicolon, French with a no-break
 * space before the colon and a narrow one before the semicolon (Imprimerie nationale), else Latin.
 */
export function placePunctuation(locale: string): {
  comma: string;
  semicolon: string;
  colon: string;
  open: string;
  close: string;
} {
  if (locale === 'zh')
    return { comma: '，', semicolon: '；', colon: '：', open: '（', close: '）' };
  if (locale === 'ar') return { comma: '، ', semicolon: '؛ ', colon: ': ', open: ' (', close: ')' };
  if (locale === 'fr')
    return { comma: ', ', semicolon: '\u202f; ', colon: '\u00a0: ', open: ' (', close: ')' };
  return { comma: ', ', semicolon: '; ', colon: ': ', open: ' (', close: ')' };
}

/**
 * A name and what it has, as a chart's mark or a map's country is read out: "UNLIREC: 5", in
 * Chinese "UNLIREC：5", in French « UNLIREC : 5 ».
 */
export function labelled(name: string, value: string, locale: string = getLocale()): string {
  return `${name}${placePunctuation(locale).colon}${value}`;
}

/**
 * A heading and the text it introduces, joined by the language's colon: "Indicator 16.4.2:
 * Proportion…"; in Russian, Spanish and French the text goes on in lower case, as a colon asks
 * there, «Показатель 16.4.2: доля…» (a word in capitals, an acronym, stays).
 */
export function headed(name: string, text: string, locale: string = getLocale()): string {
  const lower = ['ru', 'es', 'fr'].includes(locale) && !/^\p{Lu}{2}/u.test(text);
  return labelled(
    name,
    lower ? text.charAt(0).toLocaleLowerCase(locale) + text.slice(1) : text,
    locale,
  );
}

/** Parts of a summary or a list of sources, each a phrase: joined by the language's semicolon. */
export function semicolonList(parts: string[], locale: string = getLocale()): string {
  return parts.join(placePunctuation(locale).semicolon);
}

/** A text and its note in brackets: "82 (as of a date)", in Chinese "82（截至某一日期）". */
export function withNote(text: string, note: string, locale: string = getLocale()): string {
  const { open, close } = placePunctuation(locale);
  return `${text}${open}${note}${close}`;
}

/**
 * A place in a document ("Annex II, para. 3 and footnote 1") in the page's language: in
 * Chinese "附件二，第3段和脚注1", in French "annexe II, par. 3 et note 1", when every part is
 * a known form, otherwise unchanged (and unchanged on English pages).
 */
export function localPlace(place: string, locale: Locale): string {
  const write = forms[locale];
  if (!write) return place;
  const pieces = place.split(', ').map((piece) => piece.split(' and '));
  const written = pieces.map((alternatives) => alternatives.map((part) => partIn(write, part)));
  if (written.some((alternatives) => alternatives.some((part) => part === null))) return place;
  return written
    .map((alternatives) => alternatives.join(write.and))
    .join(placePunctuation(locale).comma);
}
