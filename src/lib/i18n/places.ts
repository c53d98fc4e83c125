import { memberStateName } from '$lib/charts/map/names';
import { getLocale, type Locale } from '$lib/paraglide/runtime.js';
import { formatDate, formatPeriod } from './format';

// How UN documents in each language name a place in a document: 第20段 / par. 20 /
// párr. 20 / п. 20 / الفقرة 20, footnotes, annexes, operative paragraphs, pages, sub-paragraphs
// (第34(c)(五)段 / par. 34 c) v) / الفقرة 34 (ج) '5'), and the places in the other sources (a
// news item's 2nd paragraph, a page's heading, a story of a date). A place is put in the page's
// language only when every part of it is one of these forms; anything else (a file name, a
// column) is kept as written.
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

/**
 * Sub-paragraphs as UN French, Spanish and Russian documents write them, a letter or roman
 * numeral closed by a bracket after a space: "34 (c) (v)" -> "34 c) v)" (par. 34 c) v),
 * párr. 34 c) v), п. 34 c) v)).
 */
function latinSubparagraphs(n: string): string {
  return n.replace(/ \(([a-z]+)\)/g, ' $1)');
}

/** Latin sub-paragraph letters in the Arabic (abjad) order UN Arabic texts letter them. */
const abjad = 'أبجدهـوزحطيكلمنسعفصقر'.match(/هـ|./gu)!;

/**
 * Sub-paragraphs as UN Arabic texts write them: a letter of the abjad order in brackets and a
 * roman sub-sub-paragraph as a numeral in quotes: "34 (c) (v)" -> "34 (ج) '5'".
 */
function arabicSubparagraphs(n: string): string {
  return n
    .replace(/ \(([ivx]+)\)/g, (_, r: string) => ` '${smallRoman[r]}'`)
    .replace(/ \(([a-z])\)/g, (_, letter: string) => ` (${abjad[letter.charCodeAt(0) - 97]})`);
}

/** 1-99 in Chinese numerals, as UN Chinese numbers articles and sections: 51 -> 五十一. */
function zhNumber(n: number): string {
  if (n <= 10) return numerals[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? numerals[tens] : ''}十${numerals[n % 10]}`;
}

const englishMonths = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const DATE = '(\\d{1,2} (?:' + englishMonths.join('|') + ') \\d{4})';

/** "22 May 2015" -> "2015-05-22", for the page's date format. */
function isoDate(english: string): string {
  const [day, month, year] = english.split(' ');
  const m = String(englishMonths.indexOf(month) + 1).padStart(2, '0');
  return `${year}-${m}-${day.padStart(2, '0')}`;
}

/** Ordinal paragraphs of an unnumbered text: 1-5, or 0 for the last. */
const ORDINAL = '(1st|2nd|3rd|4th|5th|first|second|third|fourth|fifth|last)';
const ordinalValue = (word: string): number =>
  word === 'last'
    ? 0
    : ['1st', '2nd', '3rd', '4th', '5th'].indexOf(word) + 1 ||
      ['first', 'second', 'third', 'fourth', 'fifth'].indexOf(word) + 1;

/** The kinds of dated items a source is cited by: a news item, a story, an advisory, a release. */
type Dated = 'news' | 'story' | 'advisory' | 'release';

/** Instruments named after a place, in brackets: "chapter IV, para. 24 (Programme of Action)". */
type Instrument = 'Programme of Action' | 'International Tracing Instrument';

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
  /** Two numbered paragraphs: "paras. 25 and 26". */
  twoParas: (a: string, b: string) => string;
  /** A document's title; a web page's heading and text; a text; an article's text. */
  title: string;
  pageHeading: string;
  pageText: string;
  text: string;
  articleText: string;
  /** A report as issued (the whole report is the place). */
  reportAsIssued: string;
  summaryPage: string;
  /** An annex without a number ("annex" of a resolution). */
  theAnnex: string;
  abbreviations: string;
  /** An SDG target, as the SDG texts name it. */
  target: string;
  section: (n: string) => string;
  article: (n: string) => string;
  /** Unnumbered paragraphs by their order (1-5; 0 for the last). */
  paragraphs: (order: number[]) => string;
  /** A dated item, the date already written in the page's language. */
  dated: (kind: Dated, date: string) => string;
  /** A part named by its words, quoted as published: a section, a paragraph. */
  quotedSection: (words: string) => string;
  quotedParagraph: (words: string) => string;
  /** "document symbol (issued 2014); cited in S/2017/1025, Annex II, para. 15". */
  symbolCited: (year: string, citing: string) => string;
  asset: (n: string) => string;
  profile: (country: string) => string;
  /** "summary of the fact sheet (embassy page, 5th paragraph)". */
  factSheet: (paragraph: string) => string;
  /** "news item on the Belize training course (25 February to 8 March 2013)". */
  trainingCourse: (period: string) => string;
  /** "(resolution 1227 (1999) adopted unanimously that afternoon)", after a release's date. */
  adoptedThatAfternoon: (resolution: string) => string;
  /** "indicator text; metadata updated 2023-03-31", the date already written. */
  indicatorText: (updated: string) => string;
  instrument: Record<Instrument, string>;
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
    twoParas: (a, b) => `第${a}和${b}段`,
    title: '标题',
    pageHeading: '页面标题',
    pageText: '页面正文',
    text: '正文',
    articleText: '文章正文',
    reportAsIssued: '印发的报告',
    summaryPage: '摘要页',
    theAnnex: '附件',
    abbreviations: '缩略语',
    target: '具体目标',
    section: (n) => `第${numerals[roman[n]]}节`,
    article: (n) => `第${zhNumber(Number(n))}条`,
    paragraphs: (order) =>
      order.map((n) => (n === 0 ? '最后一段' : `第${numerals[n]}段`)).join('和'),
    dated: (kind, date) =>
      `${date}的${{ news: '新闻', story: '报道', advisory: '媒体通告', release: '新闻稿' }[kind]}`,
    quotedSection: (words) => `“${words}”一节`,
    quotedParagraph: (words) => `“${words}”一段`,
    symbolCited: (year, citing) => `文号（${year}年印发）；引于${citing}`,
    asset: (n) => `素材${n}`,
    profile: (country) => `${country}概况`,
    factSheet: (paragraph) => `情况说明摘要（使馆网页，${paragraph}）`,
    trainingCourse: (period) => `关于伯利兹培训班（${period}）的新闻`,
    adoptedThatAfternoon: (resolution) =>
      `（${resolution.replace(/^(\d+) \((\d{4})\)$/, '第$1($2)号决议')}于当天下午一致通过）`,
    indicatorText: (updated) => `指标案文；元数据更新于${updated}`,
    instrument: {
      'Programme of Action': '《行动纲领》',
      'International Tracing Instrument': '《国际追查文书》',
    },
  },
  fr: {
    annex: (n) => `annexe ${n}`,
    chapter: (n) => `chapitre ${n}`,
    para: (n) => `par. ${latinSubparagraphs(n)}`,
    op: (n) => `par. ${latinSubparagraphs(n)} du dispositif`,
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
    twoParas: (a, b) => `par. ${a} et ${b}`,
    title: 'titre',
    pageHeading: 'titre de la page',
    pageText: 'texte de la page',
    text: 'texte',
    articleText: 'texte de l’article',
    reportAsIssued: 'rapport tel que publié',
    summaryPage: 'page de résumé',
    theAnnex: 'annexe',
    abbreviations: 'abréviations',
    target: 'cible',
    section: (n) => `section ${n}`,
    article: (n) => `Article ${n}`,
    paragraphs: (order) => {
      const nth = (n: number) => (n === 1 ? '1er' : `${n}e`);
      if (order.includes(0)) return 'dernier paragraphe';
      return order.length > 1
        ? `${order.map(nth).join(' et ')} paragraphes`
        : `${nth(order[0])} paragraphe`;
    },
    dated: (kind, date) =>
      `${{ news: 'actualité', story: 'article', advisory: 'avis aux médias', release: 'communiqué de presse' }[kind]} du ${date}`,
    quotedSection: (words) => `section «\u00a0${words}\u00a0»`,
    quotedParagraph: (words) => `paragraphe «\u00a0${words}\u00a0»`,
    symbolCited: (year, citing) =>
      `cote du document (publié en ${year})\u00a0; cité dans ${citing}`,
    asset: (n) => `élément ${n}`,
    profile: (country) => `fiche ${country}`,
    factSheet: (paragraph) =>
      `résumé de la fiche d’information (page de l’ambassade, ${paragraph})`,
    trainingCourse: (period) => `actualité sur le stage de formation au Belize (${period})`,
    adoptedThatAfternoon: (resolution) =>
      ` (résolution ${resolution} adoptée à l’unanimité l’après-midi même)`,
    indicatorText: (updated) =>
      `texte de l’indicateur\u00a0; métadonnées mises à jour le ${updated}`,
    instrument: {
      'Programme of Action': 'Programme d’action',
      'International Tracing Instrument': 'Instrument international de traçage',
    },
  },
  es: {
    annex: (n) => `anexo ${n}`,
    chapter: (n) => `capítulo ${n}`,
    para: (n, many) => `${many ? 'párrs.' : 'párr.'} ${latinSubparagraphs(n)}`,
    op: (n) => `párr. ${latinSubparagraphs(n)} de la parte dispositiva`,
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
    twoParas: (a, b) => `párrs. ${a} y ${b}`,
    title: 'título',
    pageHeading: 'título de la página',
    pageText: 'texto de la página',
    text: 'texto',
    articleText: 'texto del artículo',
    reportAsIssued: 'informe publicado',
    summaryPage: 'página de resumen',
    theAnnex: 'anexo',
    abbreviations: 'abreviaturas',
    target: 'meta',
    section: (n) => `sección ${n}`,
    article: (n) => `Artículo ${n}`,
    paragraphs: (order) => {
      const before = ['último', 'primer', 'segundo', 'tercer', 'cuarto', 'quinto'];
      const after = ['último', 'primero', 'segundo', 'tercero', 'cuarto', 'quinto'];
      return order.length > 1
        ? `párrafos ${order.map((n) => after[n]).join(' y ')}`
        : `${before[order[0]]} párrafo`;
    },
    dated: (kind, date) =>
      `${{ news: 'noticia', story: 'artículo', advisory: 'aviso a los medios', release: 'comunicado de prensa' }[kind]} del ${date}`,
    quotedSection: (words) => `sección «${words}»`,
    quotedParagraph: (words) => `párrafo «${words}»`,
    symbolCited: (year, citing) =>
      `signatura del documento (publicado en ${year}); citado en ${citing}`,
    asset: (n) => `recurso ${n}`,
    profile: (country) => `ficha de ${country}`,
    factSheet: (paragraph) =>
      `resumen de la hoja informativa (página de la embajada, ${paragraph})`,
    trainingCourse: (period) => `noticia sobre el curso de capacitación en Belice (${period})`,
    adoptedThatAfternoon: (resolution) =>
      ` (resolución ${resolution} aprobada por unanimidad esa misma tarde)`,
    indicatorText: (updated) => `texto del indicador; metadatos actualizados el ${updated}`,
    instrument: {
      'Programme of Action': 'Programa de Acción',
      'International Tracing Instrument': 'Instrumento Internacional de Localización',
    },
  },
  ru: {
    annex: (n) => `приложение ${n}`,
    chapter: (n) => `глава ${n}`,
    para: (n, many) => `${many ? 'пп.' : 'п.'} ${latinSubparagraphs(n)}`,
    op: (n) => `п. ${latinSubparagraphs(n)} постановляющей части`,
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
    twoParas: (a, b) => `пп. ${a} и ${b}`,
    title: 'название',
    pageHeading: 'заголовок страницы',
    pageText: 'текст страницы',
    text: 'текст',
    articleText: 'текст статьи',
    reportAsIssued: 'доклад в изданном виде',
    summaryPage: 'страница резюме',
    theAnnex: 'приложение',
    abbreviations: 'сокращения',
    target: 'задача',
    section: (n) => `раздел ${n}`,
    article: (n) => `статья ${n}`,
    paragraphs: (order) => {
      if (order.includes(0)) return 'последний абзац';
      return order.length > 1
        ? `${order.map((n) => `${n}-й`).join(' и ')} абзацы`
        : `${order[0]}-й абзац`;
    },
    dated: (kind, date) =>
      `${{ news: 'новость', story: 'материал', advisory: 'информационное сообщение для СМИ', release: 'пресс-релиз' }[kind]} от ${date}`,
    quotedSection: (words) => `раздел «${words}»`,
    quotedParagraph: (words) => `абзац «${words}»`,
    symbolCited: (year, citing) =>
      `условное обозначение документа (издан в ${year}\u00a0г.); цитируется в ${citing}`,
    asset: (n) => `материал ${n}`,
    profile: (country) => `справка по стране: ${country}`,
    factSheet: (paragraph) =>
      `резюме информационного бюллетеня (страница посольства, ${paragraph})`,
    trainingCourse: (period) => `новость об учебном курсе в Белизе (${period})`,
    adoptedThatAfternoon: (resolution) =>
      ` (резолюция ${resolution} принята единогласно во второй половине того же дня)`,
    indicatorText: (updated) => `текст показателя; метаданные обновлены ${updated}`,
    instrument: {
      'Programme of Action': 'Программа действий',
      'International Tracing Instrument': 'Международный документ по отслеживанию',
    },
  },
  ar: {
    annex: (n) => `المرفق ${arabicOrdinals[roman[n]]}`,
    chapter: (n) => `الفصل ${arabicOrdinals[roman[n]]}`,
    para: (n, many) => `${many ? 'الفقرات' : 'الفقرة'} ${arabicSubparagraphs(n)}`,
    op: (n) => `الفقرة ${arabicSubparagraphs(n)} من المنطوق`,
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
    twoParas: (a, b) => `الفقرتان ${a} و${b}`,
    title: 'العنوان',
    pageHeading: 'عنوان الصفحة',
    pageText: 'نص الصفحة',
    text: 'النص',
    articleText: 'نص المقال',
    reportAsIssued: 'التقرير بصيغته الصادرة',
    summaryPage: 'صفحة الموجز',
    theAnnex: 'المرفق',
    abbreviations: 'المختصرات',
    target: 'الغاية',
    section: (n) => `الفرع ${arabicOrdinals[roman[n]]}`,
    article: (n) => `المادة ${n}`,
    paragraphs: (order) => {
      const nth = ['الأخيرة', 'الأولى', 'الثانية', 'الثالثة', 'الرابعة', 'الخامسة'];
      return order.length > 1
        ? `الفقرتان ${order.map((n) => nth[n]).join(' و')}`
        : `الفقرة ${nth[order[0]]}`;
    },
    dated: (kind, date) =>
      `${{ news: 'خبر', story: 'مقال', advisory: 'مذكرة إعلامية', release: 'نشرة صحفية' }[kind]} بتاريخ ${date}`,
    quotedSection: (words) => `الفرع "${words}"`,
    quotedParagraph: (words) => `الفقرة "${words}"`,
    symbolCited: (year, citing) => `رمز الوثيقة (صدرت في ${year})؛ مذكورة في ${citing}`,
    asset: (n) => `المادة ${n}`,
    profile: (country) => `صفحة ${country}`,
    factSheet: (paragraph) => `موجز صحيفة الوقائع (صفحة السفارة، ${paragraph})`,
    trainingCourse: (period) => `خبر عن الدورة التدريبية في بليز (${period})`,
    adoptedThatAfternoon: (resolution) =>
      ` (اتُّخذ القرار ${resolution} بالإجماع بعد ظهر اليوم نفسه)`,
    indicatorText: (updated) => `نص المؤشر؛ استكملت البيانات الوصفية في ${updated}`,
    instrument: {
      'Programme of Action': 'برنامج العمل',
      'International Tracing Instrument': 'الصك الدولي للتعقب',
    },
  },
};

type Part = [RegExp, (write: Forms, locale: Locale, ...groups: string[]) => string];

const parts: Part[] = [
  [/^Annex (I|II|III|IV|V|VI)$/, (write, _, n) => write.annex(n)],
  [/^chapter (I|II|III|IV|V|VI)$/, (write, _, n) => write.chapter(n)],
  [/^section (I|II|III|IV|V|VI)$/, (write, _, n) => write.section(n)],
  [
    /^(paras?)\. (\d+(?:\s*[–-]\s*\d+)?(?: \([a-z]+\))*(?: \([ivx]+\))*)$/,
    (write, _, word, n) => write.para(n, word === 'paras'),
  ],
  [/^paras\. (\d+) and (\d+)$/, (write, _, a, b) => write.twoParas(a, b)],
  [/^op\. (\d+(?: \([a-z]+\))*)$/, (write, _, n) => write.op(n)],
  [/^footnote (\d+|\*)$/, (write, _, n) => write.footnote(n)],
  [/^p\. (\d+)$/, (write, _, n) => write.page(n)],
  [/^Article (\d+)$/, (write, _, n) => write.article(n)],
  [/^table row (\d+)$/, (write, _, n) => write.tableRow(n)],
  [/^table$/, (write) => write.table],
  [/^heading$/, (write) => write.heading],
  [/^preamble$/, (write) => write.preamble],
  [/^summary$/, (write) => write.summary],
  [/^title$/, (write) => write.title],
  [/^page heading$/, (write) => write.pageHeading],
  [/^page text$/, (write) => write.pageText],
  [/^text$/, (write) => write.text],
  [/^article text$/, (write) => write.articleText],
  [/^report as issued$/, (write) => write.reportAsIssued],
  [/^summary page$/, (write) => write.summaryPage],
  [/^annex$/, (write) => write.theAnnex],
  [/^abbreviations$/, (write) => write.abbreviations],
  [/^target$/, (write) => write.target],
  [
    new RegExp(`^${ORDINAL}(?: and ${ORDINAL})? paragraphs?$`),
    (write, _, a, b) => write.paragraphs([a, b].filter(Boolean).map(ordinalValue)),
  ],
  [
    new RegExp(`^(news item|story|media advisory|press release) of ${DATE}$`),
    (write, locale, kind, date) =>
      write.dated(
        ({ 'news item': 'news', story: 'story', 'media advisory': 'advisory' } as const)[
          kind as 'story'
        ] ?? 'release',
        formatDate(isoDate(date), locale),
      ),
  ],
  [
    new RegExp(
      `^press release of ${DATE} \\(resolution (\\d+ \\(\\d{4}\\)) adopted unanimously that afternoon\\)$`,
    ),
    (write, locale, date, resolution) =>
      write.dated('release', formatDate(isoDate(date), locale)) +
      write.adoptedThatAfternoon(resolution),
  ],
  [
    new RegExp(
      `^news item on the Belize training course \\((\\d{1,2} (?:${englishMonths.join('|')})) to ${DATE}\\)$`,
    ),
    // The first date of the range takes the second's year: "25 February to 8 March 2013".
    (write, locale, from, to) =>
      write.trainingCourse(formatPeriod(isoDate(`${from} ${to.slice(-4)}`), isoDate(to), locale)),
  ],
  [/^asset (\d+)$/, (write, _, n) => write.asset(n)],
  [/^section "([^"]+)"$/, (write, _, words) => write.quotedSection(words)],
  [
    /^([A-Z][a-z]+(?: [A-Z][a-z]+)*) profile$/,
    (write, locale, country) => {
      const name = memberStateName(country, locale);
      if (!name) throw new Unknown();
      return write.profile(name);
    },
  ],
  [
    /^indicator text; metadata updated (\d{4}-\d{2}-\d{2})$/,
    (write, locale, date) => write.indicatorText(formatDate(date, locale)),
  ],
  [/^([\w-]+\.csv) row for this target$/, (write, _, file) => write.targetRow(file)],
  [
    /^([A-Z]+\/\d+\/\d+) recommendation (\d+)$/,
    (write, _, symbol, n) => write.recommendation(symbol, n),
  ],
];

/** A place read whole, before it is cut at its commas: its own text holds ", " or "; ". */
const wholes: Part[] = [
  [
    /^document symbol \(issued (\d{4})\); cited in ([A-Z][^,]*), (.+)$/,
    (write, locale, year, citing, place) => {
      const where = localPlace(place, locale);
      if (where === place) throw new Unknown();
      return write.symbolCited(year, `${citing}${placePunctuation(locale).comma}${where}`);
    },
  ],
  [/^paragraph "([^"]+)"$/, (write, _, words) => write.quotedParagraph(words)],
  [
    new RegExp(`^summary of the fact sheet \\(embassy page, ${ORDINAL} paragraph\\)$`),
    (write, _, nth) => write.factSheet(write.paragraphs([ordinalValue(nth)])),
  ],
];

/** Thrown by a form that matched but cannot write this place (the place is kept). */
class Unknown extends Error {}

const instrumentNamed = /^(.+) \((Programme of Action|International Tracing Instrument)\)$/;

function partIn(write: Forms, locale: Locale, part: string, table = parts): string | null {
  // A place followed by the instrument it holds: "para. 24 (Programme of Action)".
  const named = table === parts ? instrumentNamed.exec(part) : null;
  if (named) {
    const place = partIn(write, locale, named[1]);
    const { open, close } = placePunctuation(locale);
    return place && `${place}${open}${write.instrument[named[2] as Instrument]}${close}`;
  }
  for (const [pattern, form] of table) {
    const match = pattern.exec(part);
    if (!match) continue;
    try {
      return form(write, locale, ...match.slice(1));
    } catch (error) {
      if (error instanceof Unknown) return null;
      throw error;
    }
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
    return { comma: ', ', semicolon: '\u00a0; ', colon: '\u00a0: ', open: ' (', close: ')' };
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
  const whole = partIn(write, locale, place, wholes);
  if (whole !== null) return whole;
  // Each piece between commas is one place, or two joined by "and" ("para. 3 and footnote 1"),
  // unless the piece is one form with "and" in it ("1st and 2nd paragraphs", "paras. 25 and 26").
  const written = place.split(', ').map((piece) => {
    const one = partIn(write, locale, piece);
    if (one !== null) return [one];
    return piece.split(' and ').map((part) => partIn(write, locale, part));
  });
  if (written.some((alternatives) => alternatives.some((part) => part === null))) return place;
  return written
    .map((alternatives) => alternatives.join(write.and))
    .join(placePunctuation(locale).comma);
}
