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

describe('latinRuns(text, pageLocale)', () => {
  it('cuts out the English names in a Chinese source line, to be marked lang="en"', async () => {
    const { latinRuns } = await import('$lib/components/lang');
    expect(latinRuns('UN SDG Global Database VC_ARM_SZTRACE（第3段；脚注1）', 'zh')).toEqual([
      { text: 'UN SDG Global Database VC_ARM_SZTRACE', lang: 'en' },
      { text: '（第3段；脚注1）' },
    ]);
    expect(
      latinRuns('资料来源：A/67/212（第20段）；UNODA Yearbook 2012（第81页）。', 'zh'),
    ).toEqual([
      { text: '资料来源：' },
      { text: 'A/67/212', lang: 'en' },
      { text: '（第20段）；' },
      { text: 'UNODA Yearbook 2012', lang: 'en' },
      { text: '（第81页）。' },
    ]);
  });

  it('leaves a page in a Latin-script language whole: its own words are Latin too', async () => {
    const { latinRuns } = await import('$lib/components/lang');
    expect(latinRuns('Sources : A/67/212 (par. 20)', 'fr')).toEqual([
      { text: 'Sources : A/67/212 (par. 20)' },
    ]);
    expect(latinRuns('Sources: A/67/212 (para. 20)', 'en')).toEqual([
      { text: 'Sources: A/67/212 (para. 20)' },
    ]);
  });
});

describe('latinRuns: a caveat that quotes its sources inside Chinese text', () => {
  it('marks an English quotation English and the Swedish one Swedish, each whole', async () => {
    const { latinRuns } = await import('$lib/components/lang');
    const english =
      'By 14 November 1993, 82 States had submitted Register replies relating to 1992.';
    expect(latinRuns(`“${english}”（截至 1993 年 11 月 14 日）`, 'zh')).toEqual([
      { text: '“' },
      { text: english, lang: 'en' },
      { text: '”（截至 1993 年 11 月 14 日）' },
    ]);
    const swedish = 'från som mest 124 länder år 2002 till 54 år 2015';
    expect(latinRuns(`«${swedish}» (с максимума)`, 'ru')).toEqual([
      { text: '«' },
      { text: swedish, lang: 'sv' },
      { text: '» (с максимума)' },
    ]);
  });
});

// Script cannot tell an English quotation inside French or Spanish from the French around it:
// a translation that keeps a quotation word for word, as its English original has it, marks it
// (issue 22, reader review: a screen reader read it with a French voice).
describe('latinRuns(text, pageLocale, original): a translation on a Latin-script page', () => {
  const original = 'The source says "more than 120 countries"; 120 is the lower bound.';

  it('marks a quotation the English original has word for word English, in French and Spanish', async () => {
    const { latinRuns } = await import('$lib/components/lang');
    expect(
      latinRuns(
        'La source indique «\u00a0more than 120 countries\u00a0»\u202f; 120 est la borne inférieure.',
        'fr',
        original,
      ),
    ).toEqual([
      { text: 'La source indique «\u00a0' },
      { text: 'more than 120 countries', lang: 'en' },
      { text: '\u00a0»\u202f; 120 est la borne inférieure.' },
    ]);
    expect(
      latinRuns('La fuente dice «more than 120 countries»; 120 es el mínimo.', 'es', original),
    ).toEqual([
      { text: 'La fuente dice «' },
      { text: 'more than 120 countries', lang: 'en' },
      { text: '»; 120 es el mínimo.' },
    ]);
  });

  it('leaves a quotation translated for the site, or a symbol, in the page’s language', async () => {
    const { latinRuns } = await import('$lib/components/lang');
    const french = 'La source indique « plus de 120 pays » ; voir « A/57/221 ».';
    expect(latinRuns(french, 'fr', `${original} See "A/57/221".`)).toEqual([{ text: french }]);
  });

  it('marks the Swedish quotation Swedish and Chinese characters Chinese, on an English page too, and English there not at all', async () => {
    const { latinRuns } = await import('$lib/components/lang');
    const swedish = 'från som mest 124 länder år 2002 till 54 år 2015';
    const english = `"${swedish}" (from at most 124 countries in 2002 to 54 in 2015)`;
    expect(latinRuns(english, 'en', english)).toEqual([
      { text: '"' },
      { text: swedish, lang: 'sv' },
      { text: '" (from at most 124 countries in 2002 to 54 in 2015)' },
    ]);
    const task = 'The Abyei Area is to be "demilitarized" (非军事化), with no forces';
    expect(latinRuns(task, 'en', task)).toEqual([
      { text: 'The Abyei Area is to be "demilitarized" (' },
      { text: '非军事化', lang: 'zh-Hans' },
      { text: '), with no forces' },
    ]);
    expect(latinRuns('La zone d’Abyei doit être « démilitarisée » (非军事化)', 'fr', task)).toEqual(
      [
        { text: 'La zone d’Abyei doit être « démilitarisée » (' },
        { text: '非军事化', lang: 'zh-Hans' },
        { text: ')' },
      ],
    );
  });
});

describe('latinRuns(text, pageLocale, original): a translation on an Arabic or Russian page', () => {
  it('marks a quotation the English original has word for word English whole, its digits included', async () => {
    const { latinRuns } = await import('$lib/components/lang');
    const original = 'The article gives the year of reporting ("84 in 1994").';
    expect(
      latinRuns('تذكر المقالة سنة تقديم التقارير («84 in 1994»، 84 في عام 1994)', 'ar', original),
    ).toEqual([
      { text: 'تذكر المقالة سنة تقديم التقارير («' },
      { text: '84 in 1994', lang: 'en' },
      { text: '»، 84 في عام 1994)' },
    ]);
    // Elsewhere in the text a Latin run is marked from its script, as without an original.
    expect(latinRuns('(«84 in 1994», 84 в 1994 году); ср. A/57/221', 'ru', original)).toEqual([
      { text: '(«' },
      { text: '84 in 1994', lang: 'en' },
      { text: '», 84 в 1994 году); ср. ' },
      { text: 'A/57/221', lang: 'en' },
    ]);
  });
});

describe('<LangText> on an Arabic page', () => {
  it('isolates each symbol left to right, its closing "/…" and "/" included (they showed as "…/A/67" and "/seeds")', async () => {
    const { render } = await import('svelte/server');
    const { default: LangText } = await import('$lib/components/LangText.svelte');
    const body = render(LangText, {
      props: { text: 'الوثيقة A/67/… والملفات في seeds/ (الفقرة 20)', locale: 'ar' },
    }).body;
    expect(body).toContain('<span lang="en" dir="ltr">A/67/…</span>');
    expect(body).toContain('<span lang="en" dir="ltr">seeds/</span>');
    const path = 'datasets/country-codes tmp/UNSD-{en,cn,fr,es,ru,ar}.csv';
    expect(
      render(LangText, { props: { text: `كما أودعت في ${path} في الإيداع`, locale: 'ar' } }).body,
    ).toContain(`<span lang="en" dir="ltr">${path}</span>`);
    // A Chinese page keeps its runs' direction: Chinese is written left to right.
    const zh = render(LangText, { props: { text: '见 A/67/…（第20段）', locale: 'zh' } }).body;
    expect(zh).toContain('<span lang="en">A/67/…</span>');
  });
});

describe('titleParts(title)', () => {
  it('regression: the Chinese site title may break after its number, so that it fits a phone (it ran past the right edge at 390 px)', async () => {
    const { titleParts } = await import('$lib/components/lang');
    expect(titleParts('可持续发展目标具体目标16.4武器流动仪表板')).toEqual([
      '可持续发展目标具体目标16.4',
      '武器流动仪表板',
    ]);
    // Titles with spaces break at their spaces: nothing else is cut.
    expect(titleParts('Потоки оружия: информационная панель по задаче 16.4 ЦУР')).toHaveLength(1);
    expect(titleParts('SDG 16.4 Arms Flows Dashboard')).toHaveLength(1);
  });
});

describe('placedIn(text, runs, pageLocale)', () => {
  it('regression: the overview’s event detail marks its source’s English name in "见于 UN press release DC/3814，第一段和第二段" (issue 22)', async () => {
    const { placedIn } = await import('$lib/components/lang');
    const { sourceCell } = await import('$lib/components/figures');
    const row = { source_doc: 'UN press release DC/3814', source_ref: '1st and 2nd paragraphs' };
    const cell = sourceCell(row, 'zh');
    expect(placedIn(`见于 ${cell.text}`, cell.runs ?? [], 'zh')).toEqual([
      { text: '见于 ' },
      { text: 'UN press release DC/3814', lang: 'en' },
      { text: '，第一段和第二段' },
    ]);
    // On an English page nothing is marked: one run.
    const english = sourceCell(row, 'en');
    expect(placedIn(`Found in ${english.text}`, english.runs ?? [], 'en')).toEqual([
      { text: `Found in ${english.text}` },
    ]);
  });
});

// /ru/data/ read «например 达尔富尔 для Судана» and /es/data/ «Artículo 东欧国家组 de Wikipedia en
// chino» with the Chinese unmarked, so a screen reader read it in a Russian or Spanish voice
// (issue 22, Russian and Spanish readers).
describe('latinRuns: Chinese characters inside a Russian, Arabic or Spanish text', () => {
  it('marks each run of Chinese characters Chinese, beside English runs on a Russian page', async () => {
    const { latinRuns } = await import('$lib/components/lang');
    expect(latinRuns('Название (например, 达尔富尔 для Судана), см. source_doc', 'ru')).toEqual([
      { text: 'Название (например, ' },
      { text: '达尔富尔', lang: 'zh-Hans' },
      { text: ' для Судана), см. ' },
      { text: 'source_doc', lang: 'en' },
    ]);
    expect(latinRuns('مقال 东欧国家组 في ويكيبيديا', 'ar')).toEqual([
      { text: 'مقال ' },
      { text: '东欧国家组', lang: 'zh-Hans' },
      { text: ' في ويكيبيديا' },
    ]);
  });

  it('marks them on a Latin-script page with no original to compare, and leaves a Chinese page whole', async () => {
    const { latinRuns } = await import('$lib/components/lang');
    expect(latinRuns('Artículo 东欧国家组 de Wikipedia en chino', 'es')).toEqual([
      { text: 'Artículo ' },
      { text: '东欧国家组', lang: 'zh-Hans' },
      { text: ' de Wikipedia en chino' },
    ]);
    expect(latinRuns('东欧国家组（维基百科）', 'zh')).toEqual([{ text: '东欧国家组（维基百科）' }]);
  });
});
