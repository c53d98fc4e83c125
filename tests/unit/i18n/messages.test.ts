import { describe, expect, it } from 'vitest';
import { formatInteger, formatPercent } from '$lib/i18n/format';
import { en, t, type MessageKey } from '$lib/i18n/messages';
import { locales, type Locale } from '$lib/paraglide/runtime.js';

describe('t(key, params)', () => {
  it('fills placeholders from params', () => {
    expect(t('register.valueLabel', { rate: '93%', reporting: 28, members: 30 })).toBe(
      '93% · 28 of 30',
    );
  });

  it('leaves a placeholder without a param visible rather than printing "undefined"', () => {
    expect(t('state.error')).toBe('Could not compute this chart: {message}');
  });
});

describe('formatPercent(share) and formatInteger(value)', () => {
  it('rounds shares to whole percents and groups thousands', () => {
    expect(formatPercent(28 / 30)).toBe('93%');
    expect(formatPercent(2 / 53)).toBe('4%');
    expect(formatInteger(60000)).toBe('60,000');
  });
});

// The counts where the plural rules of CLDR part ways: 0 (Arabic zero, French one), 1, 2
// (Arabic two), 3 and 5 (Russian few and many, Arabic few), 11 (Russian many, Arabic many),
// 21 and 101 (Russian one), 100 and 101 (Arabic other).
const counts = [0, 1, 2, 3, 5, 11, 21, 100, 101] as const;

/** A list written one item a line. */
const lines = (text: string) =>
  text
    .trim()
    .split('\n')
    .map((line) => line.trim());

/** What `key` reads for each of `counts` in `locale`. */
function forCounts(key: MessageKey, name: string, locale: Locale): string[] {
  return counts.map((count) => t(key, { [name]: count }, locale));
}

describe('t(key, { count }, locale) writes the plural form each language gives the count', () => {
  it('"Cited N times" (sources.tip.cited), 0 and 1 in words', () => {
    expect(forCounts('sources.tip.cited', 'count', 'en')).toEqual(
      lines(`
      Not cited
      Cited once
      Cited 2 times
      Cited 3 times
      Cited 5 times
      Cited 11 times
      Cited 21 times
      Cited 100 times
      Cited 101 times
      `),
    );
    // раз: one (21, 101; 1 in words) "раз", few (2-4, 22-24…) "раза", many (0, 5-20, 25-30…) "раз".
    expect(forCounts('sources.tip.cited', 'count', 'ru')).toEqual(
      lines(`
      Не цитируется
      Цитируется один раз
      Цитируется 2 раза
      Цитируется 3 раза
      Цитируется 5 раз
      Цитируется 11 раз
      Цитируется 21 раз
      Цитируется 100 раз
      Цитируется 101 раз
      `),
    );
    // مرة: zero, one and two without a numeral; 3-10 the plural مرات; 11-99 and 100-102 the
    // singular مرة.
    expect(forCounts('sources.tip.cited', 'count', 'ar')).toEqual(
      lines(`
      لم يُستشهد بها
      استُشهد بها مرة واحدة
      استُشهد بها مرتين
      استُشهد بها 3 مرات
      استُشهد بها 5 مرات
      استُشهد بها 11 مرة
      استُشهد بها 21 مرة
      استُشهد بها 100 مرة
      استُشهد بها 101 مرة
      `),
    );
    // « fois » does not change; French counts 0 as singular, but 0 is said in words.
    expect(forCounts('sources.tip.cited', 'count', 'fr')).toEqual([
      'Non cité',
      'Cité une fois',
      ...counts.slice(2).map((count) => `Cité ${count} fois`),
    ]);
  });

  it('"N rows" (datasets.rows)', () => {
    expect(forCounts('datasets.rows', 'rows', 'en')).toEqual(
      lines(`
      0 rows
      1 row
      2 rows
      3 rows
      5 rows
      11 rows
      21 rows
      100 rows
      101 rows
      `),
    );
    expect(forCounts('datasets.rows', 'rows', 'ru')).toEqual(
      lines(`
      0 строк
      1 строка
      2 строки
      3 строки
      5 строк
      11 строк
      21 строка
      100 строк
      101 строка
      `),
    );
    expect(forCounts('datasets.rows', 'rows', 'ar')).toEqual(
      lines(`
      لا صفوف
      صف واحد
      صفان
      3 صفوف
      5 صفوف
      11 صفاً
      21 صفاً
      100 صف
      101 صف
      `),
    );
    // French takes the singular for 0 and 1, and « de » after a million.
    expect(forCounts('datasets.rows', 'rows', 'fr')).toEqual(
      lines(`
      0 ligne
      1 ligne
      2 lignes
      3 lignes
      5 lignes
      11 lignes
      21 lignes
      100 lignes
      101 lignes
      `),
    );
    expect(t('datasets.rows', { rows: 2_000_000 }, 'fr')).toBe('2\u202f000\u202f000 de lignes');
  });

  it('"N States reported" (register.participationMeaning), the verb agreeing too', () => {
    expect(forCounts('register.participationMeaning', 'count', 'en')).toEqual(
      lines(`
      0 States reported
      1 State reported
      2 States reported
      3 States reported
      5 States reported
      11 States reported
      21 States reported
      100 States reported
      101 States reported
      `),
    );
    expect(forCounts('register.participationMeaning', 'count', 'ru')).toEqual(
      lines(`
      0 государств представили данные
      1 государство представило данные
      2 государства представили данные
      3 государства представили данные
      5 государств представили данные
      11 государств представили данные
      21 государство представило данные
      100 государств представили данные
      101 государство представило данные
      `),
    );
    expect(forCounts('register.participationMeaning', 'count', 'ar')).toEqual(
      lines(`
      لم تقدّم أي دولة تقارير
      قدّمت دولة واحدة تقريراً
      قدّمت دولتان تقريرين
      قدّمت 3 دول تقارير
      قدّمت 5 دول تقارير
      قدّمت 11 دولة تقارير
      قدّمت 21 دولة تقارير
      قدّمت 100 دولة تقارير
      قدّمت 101 دولة تقارير
      `),
    );
    expect(forCounts('register.participationMeaning', 'count', 'fr')).toEqual(
      lines(`
      Aucun État n’a présenté de rapport
      1 État a présenté un rapport
      2 États ont présenté un rapport
      3 États ont présenté un rapport
      5 États ont présenté un rapport
      11 États ont présenté un rapport
      21 États ont présenté un rapport
      100 États ont présenté un rapport
      101 États ont présenté un rapport
      `),
    );
  });

  it('"and N more places" (source.morePlaces)', () => {
    expect(forCounts('source.morePlaces', 'count', 'en')).toEqual(
      counts.map((count) => (count === 1 ? 'and 1 more place' : `and ${count} more places`)),
    );
    expect(forCounts('source.morePlaces', 'count', 'ru')).toEqual(
      lines(`
      и еще 0 мест
      и еще 1 место
      и еще 2 места
      и еще 3 места
      и еще 5 мест
      и еще 11 мест
      и еще 21 место
      и еще 100 мест
      и еще 101 место
      `),
    );
    expect(forCounts('source.morePlaces', 'count', 'ar')).toEqual(
      lines(`
      ولا مواضع أخرى
      وموضع آخر
      وموضعان آخران
      و3 مواضع أخرى
      و5 مواضع أخرى
      و11 موضعاً آخر
      و21 موضعاً آخر
      و100 موضع آخر
      و101 موضع آخر
      `),
    );
    expect(forCounts('source.morePlaces', 'count', 'fr')).toEqual(
      counts.map((count) =>
        count < 2 ? `et ${count} autre passage` : `et ${count} autres passages`,
      ),
    );
  });

  it('"N of 13 missions" (missions.shown): the noun, and in Russian the verb, agree with the count', () => {
    const shown = (locale: Locale) =>
      counts.map((count) => t('missions.shown', { shown: count, total: 13 }, locale));
    expect(shown('en')).toEqual(counts.map((count) => `${count} of 13 missions`));
    expect(t('missions.shown', { shown: 1, total: 1 }, 'en')).toBe('1 of 1 mission');
    expect(shown('ru')).toEqual(
      lines(`
      Показано 0 миссий из 13
      Показана 1 миссия из 13
      Показаны 2 миссии из 13
      Показаны 3 миссии из 13
      Показано 5 миссий из 13
      Показано 11 миссий из 13
      Показана 21 миссия из 13
      Показано 100 миссий из 13
      Показана 101 миссия из 13
      `),
    );
    expect(shown('fr')).toEqual(
      counts.map((count) => `${count} mission${count < 2 ? '' : 's'} sur 13`),
    );
  });

  it('shows the count as the language writes numbers, in Chinese (no plural forms) too', () => {
    expect(t('datasets.rows', { rows: 12_345 }, 'en')).toBe('12,345 rows');
    expect(t('datasets.rows', { rows: 12_345 }, 'zh')).toBe('12\u00a0345行');
    expect(t('datasets.rows', { rows: 1 }, 'zh')).toBe('1行');
  });

  it('keeps a plural whose count is not given as written, as a missing placeholder', () => {
    expect(t('datasets.rows', {}, 'en')).toBe(en['datasets.rows']);
  });
});

describe('Arabic counts agree with their nouns (issue 22)', () => {
  const names = (text: string) => [...text.matchAll(/\{(\w+), plural,/g)].map((match) => match[1]);

  it('regression: no Arabic message sets a count aside as "(عددها: 27)" where the English counts a noun', () => {
    // Arabic counts a noun as it counts anything else: 3-10 with the plural, 11-99 with the
    // singular ("27 بلداً"); the parenthesis was a way round the agreement.
    const aside = (Object.keys(en) as MessageKey[]).flatMap((key) =>
      names(en[key])
        .filter((name) => t(key, {}, 'ar').includes(`(عددها: {${name}})`))
        .map((name) => `${key} {${name}}`),
    );
    expect(aside).toEqual([]);
  });

  it('regression: no count follows the prefix لـ apart, "لـ 5 مجموعات"', () => {
    const prefixed = (Object.keys(en) as MessageKey[]).filter((key) =>
      /(?<!ا)لـ #/.test(t(key, {}, 'ar')),
    );
    expect(prefixed).toEqual([]);
  });

  it('counts the Member States too small for the map in words that agree (register.mapNote)', () => {
    // A translation may count where the English message does not (plural.ts).
    expect(t('register.mapNote', { noShape: 12 }, 'ar')).toContain('12 دولة عضواً');
    expect(t('register.mapNote', { noShape: 5 }, 'ar')).toContain('5 دول أعضاء');
    expect(t('register.mapNote', { noShape: 12 }, 'en')).toContain('; 12 Member States are');
    expect(
      t('indicator.coverage', { values: 27, countries: 5, from: 2017, to: 2022 }, 'ar'),
    ).toContain('27 قيمة منشورة من 5 بلدان');
  });
});

describe('each language’s messages, loaded one language at a time', () => {
  // Paraglide JS compiles the same catalogues into one function per message: its output is the
  // independent reading of what each message says.
  it('say, in every language, with and without their params, what Paraglide compiles them to', async () => {
    const { m } = await import('$lib/paraglide/messages.js');
    const compiled = m as unknown as Record<
      MessageKey,
      (inputs: Record<string, unknown>, options: { locale: Locale }) => string
    >;
    const keys = Object.keys(en) as MessageKey[];
    let compared = 0;
    for (const locale of locales) {
      for (const key of keys) {
        const written = compiled[key]({}, { locale });
        // A plural message is chosen by t(), not by Paraglide, which leaves it as written.
        if (/\{\w+, plural,/.test(en[key]) || /\{\w+, plural,/.test(written)) continue;
        const params = Object.fromEntries(
          [...en[key].matchAll(/\{(\w+)\}/g)].map(([, name], index) => [name, `‹${index}›`]),
        );
        expect(t(key, params, locale), `${locale} ${key}`).toBe(compiled[key](params, { locale }));
        if (Object.keys(params).length === 0) {
          expect(t(key, {}, locale), `${locale} ${key}`).toBe(written);
        }
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(locales.length * 600);
  });
});
