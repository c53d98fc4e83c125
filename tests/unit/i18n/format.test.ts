import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/datapackage/csv';
import {
  formatBytes,
  codeLabel,
  formatDate,
  formatDateTime,
  formatInteger,
  formatPercent,
  formatPercentRange,
  formatPeriod,
  formatQualified,
  formatRange,
  formatValue,
  listSeparator,
  pluralCategory,
} from '$lib/i18n/format';

describe('formatValue(value, unit)', () => {
  it('writes money in billions, shares as percentages and counts with their unit', () => {
    expect(formatValue(6_000_000_000, 'USD')).toBe('US$6 billion');
    expect(formatValue(38, 'percent')).toBe('38%');
    expect(formatValue(60000, 'rounds')).toBe('60,000 rounds');
    expect(formatValue(1991, 'year')).toBe('1991');
  });
});

describe('formatQualified(value, unit, qualifier)', () => {
  it('keeps the document’s qualifier in front of the figure', () => {
    expect(formatQualified(6_000_000_000, 'USD', 'at_least')).toBe('at least US$6 billion');
    expect(formatQualified(50, 'percent', 'nearly')).toBe('nearly 50%');
    expect(formatQualified(60000, null, 'more_than')).toBe('more than 60,000');
    expect(formatQualified(32, 'percent', 'exactly')).toBe('32%');
    expect(formatQualified(32, 'percent', 'unheard_of')).toBe('32%');
  });
});

describe('formatPeriod(start, end)', () => {
  it('writes a range, a single year, an open start or an open end', () => {
    expect(formatPeriod('2010', '2015')).toBe('2010–2015');
    expect(formatPeriod('2014', '2014')).toBe('2014');
    expect(formatPeriod('2004', null)).toBe('since 2004');
    expect(formatPeriod(null, '2017')).toBe('as of 2017');
    expect(formatPeriod(null, null)).toBe('');
  });
});

describe('codeLabel(group, code)', () => {
  it('uses the catalogue’s name for a code when there is one, else the code with spaces', () => {
    expect(codeLabel('missions.kind', 'special_political')).toBe('Special political');
    expect(codeLabel('unknown', 'partly_lifted')).toBe('partly lifted');
  });

  // The codes come from the data files themselves, so a new code without a name fails here.
  const codes = (file: string, column: string) => {
    const { header, records } = parseCsv(readFileSync(`data/${file}`, 'utf8'));
    return [...new Set(records.map((record) => record.values[header.indexOf(column)]))];
  };
  it.each([
    ['kind', codes('documents.csv', 'kind')],
    ['status', codes('embargoes.csv', 'status')],
  ])('names every %s code of the data in English and in Chinese', (group, values) => {
    expect(values.length).toBeGreaterThan(3);
    for (const code of values) {
      expect(codeLabel(group, code, 'en'), code).toMatch(/^[A-Z][a-z]/);
      expect(codeLabel(group, code, 'zh'), code).toMatch(/^\p{Script=Han}+$/u);
    }
    expect(codeLabel('kind', 'secretary_general_report', 'zh')).toBe('秘书长的报告');
  });
});

// Expected forms as Chinese and English print them (the examples; CLDR's long dates).
describe('numbers and dates in the page’s language', () => {
  it('formatValue(value, unit, locale) writes sums in billions or 亿 and keeps shares and counts', () => {
    // The numeral against its word, as the UN's Chinese web pages join them ("逾170个国家",
    // disarmament.unoda.org/zh); S/2017/1025 para. 6 prints the sum as "60 亿美元" in its layout.
    expect(formatValue(6_000_000_000, 'USD', 'zh')).toBe('60亿美元');
    expect(formatValue(6_000_000_000, 'USD', 'en')).toBe('US$6 billion');
    expect(formatValue(1_250_000_000, 'USD', 'en')).toBe('US$1.3 billion');
    expect(formatValue(250_000, 'USD', 'en')).toBe('US$250,000');
    expect(formatValue(38, 'percent', 'zh')).toBe('38%');
  });

  it('formatQualified(…, locale) puts 至少 / 近 in front in Chinese', () => {
    expect(formatQualified(6_000_000_000, 'USD', 'at_least', 'zh')).toBe('至少60亿美元');
    expect(formatQualified(50, 'percent', 'nearly', 'zh')).toBe('近50%');
    expect(formatQualified(3500, 'weapons', null, 'zh')).toBe('3\u00a0500件武器');
    expect(formatQualified(9, 'states', 'more_than', 'zh')).toBe('超过9个国家');
    expect(formatQualified(50, 'percent', 'nearly', 'en')).toBe('nearly 50%');
  });

  it('formatDate(date, locale) writes a day, a month or a year', () => {
    expect(formatDate('2013-09-26', 'zh')).toBe('2013年9月26日');
    expect(formatDate('2013-09-26', 'en')).toBe('26 September 2013');
    expect(formatDate('2013-09', 'zh')).toBe('2013年9月');
    expect(formatDate('2013-09', 'en')).toBe('September 2013');
    expect(formatDate('2013', 'zh')).toBe('2013年');
    expect(formatDate('2013', 'en')).toBe('2013');
    expect(formatDate('not a date', 'zh')).toBe('not a date');
  });

  it('regression: in French the first of a month is an ordinal, « 1er juillet 2010 », as French typography writes it', () => {
    // The French rule (Lexique des règles typographiques de l'Imprimerie nationale: « le 1er
    // juillet »), which UN French documents follow; Intl writes « 1 juillet ». Other days stay
    // cardinal, and Spanish writes « 1 de julio ».
    expect(formatDate('2010-07-01', 'fr')).toBe('1er juillet 2010');
    expect(formatDate('2010-07-02', 'fr')).toBe('2 juillet 2010');
    expect(formatDate('2010-07-01', 'es')).toBe('1 de julio de 2010');
    expect(formatDateTime('2010-07-01T14:05:00Z', 'fr')).toMatch(/^1er juillet 2010/);
  });

  it('formatDateTime(moment, locale) writes a moment in the reader’s time zone (UTC in tests)', () => {
    expect(formatDateTime('2013-09-26T14:05:00Z', 'zh')).toBe('2013年9月26日 14:05');
    expect(formatDateTime('2013-09-26T14:05:00Z', 'en')).toBe('26 September 2013 at 14:05');
  });

  it('formatPeriod(start, end, locale) writes a range of dates in words of the language', () => {
    // A range of years takes 年 once, after it: S/2017/1025 para. 19 "2010-2015年期间".
    const seed = readFileSync('seeds/002_a29e0504544d508f.txt', 'utf8');
    expect(seed).toContain(`${formatPeriod('2010', '2015', 'zh')}期间`);
    expect(formatPeriod('2010', '2015', 'zh')).toBe('2010-2015年');
    expect(formatPeriod('2011-08', '2012-07', 'zh')).toBe('2011年8月至2012年7月');
    expect(formatPeriod('2004', null, 'zh')).toBe('自2004年起');
    expect(formatPeriod(null, '2017', 'zh')).toBe('截至2017年');
    expect(formatPeriod('2010', '2015', 'en')).toBe('2010–2015');
    expect(formatPeriod('2001-07-09', '2001-07-20', 'en')).toBe('9 July 2001–20 July 2001');
    expect(formatPeriod('2013-09-26', '2013-09-26', 'zh')).toBe('2013年9月26日');
  });

  it('formatPercent, formatInteger and formatRange round the same in both', () => {
    expect(formatPercent(28 / 30, 'zh')).toBe('93%');
    expect(formatRange(3, 5, 'en')).toBe('3–5');
    expect(formatRange(4, 4, 'zh')).toBe('4');
  });

  it('formatInteger(value, "zh") groups thousands with a space, as the Chinese seed document prints its counts', () => {
    // A/67/… para. 28: "销毁了 3 500 件过剩、过时或没收的武器以及 60 000 多发弹药".
    const seed = readFileSync('seeds/004_68fe543ad68a8d33.txt', 'utf8');
    const printed = /销毁了 (\d[\d ]*\d) 件.*以及 (\d[\d ]*\d) 多发弹药/u.exec(seed);
    expect(printed).not.toBeNull();
    const [, weapons, rounds] = printed!;
    const unbroken = (text: string) => text.replaceAll(' ', '\u00a0');
    expect(formatInteger(Number(weapons.replaceAll(' ', '')), 'zh')).toBe(unbroken(weapons));
    expect(formatInteger(Number(rounds.replaceAll(' ', '')), 'zh')).toBe(unbroken(rounds));
    expect(formatRange(3500, 60000, 'zh')).toMatch(/^3\u00a0500\D+60\u00a0000$/u);
    expect(formatInteger(60000, 'en')).toBe('60,000');
  });
});

describe('formats in Arabic, French, Russian and Spanish follow the locale', () => {
  it('formatValue(value, unit, locale) writes sums in words of the language', () => {
    expect(formatValue(6_000_000_000, 'USD', 'fr')).toBe('6 milliards de dollars des États-Unis');
    expect(formatValue(250_000, 'USD', 'fr')).toMatch(/^250\s000 dollars des États-Unis$/u);
  });

  it('formatDate(date, locale) writes day, month and year as each language does, a year bare', () => {
    expect(formatDate('2013-09-26', 'fr')).toBe('26 septembre 2013');
    expect(formatDate('2013-09-26', 'es')).toBe('26 de septiembre de 2013');
    expect(formatDate('2013-09-26', 'ru')).toMatch(/^26 сентября 2013/u);
    expect(formatDate('2013', 'ru')).toBe('2013');
    // Regression: «г.» never starts a line («июль 2012 / г.» at 390 px, a Russian reader saw).
    expect(formatDate('2012-07', 'ru')).toBe('июль 2012\u00a0г.');
    expect(formatDate('2013-09-26', 'ru')).toBe('26 сентября 2013\u00a0г.');
    // Arabic pages write Latin digits, as UN Arabic documents do.
    expect(formatDate('2013-09-26', 'ar')).toMatch(/^26 أيلول\/\u2060سبتمبر 2013$/u);
  });

  // UN Arabic documents name a month twice, its Syriac name and its Latin one: the Arabic text
  // of S/RES/2117 (2013), preamble, recalls statements of "19 آذار/مارس 2010", "14 كانون
  // الثاني/يناير 2009", "29 حزيران/يونيه 2007", "17 شباط/فبراير 2005", "31 تشرين الأول/أكتوبر
  // 2002", "31 آب/أغسطس 2001" and "16 أيلول/سبتمبر 1998"; that of S/RES/2118 (2013) "نيسان/أبريل"
  // and "تشرين الثاني/نوفمبر".
  it('formatDate(date, "ar") names the month as UN Arabic documents do', () => {
    const months = [
      ['2010-03-19', '19 آذار/\u2060مارس 2010'],
      ['2009-01-14', '14 كانون\u00a0الثاني/\u2060يناير 2009'],
      ['2007-06-29', '29 حزيران/\u2060يونيه 2007'],
      ['2005-02-17', '17 شباط/\u2060فبراير 2005'],
      ['2002-10-31', '31 تشرين\u00a0الأول/\u2060أكتوبر 2002'],
      ['2001-08-31', '31 آب/\u2060أغسطس 2001'],
      ['1998-09-16', '16 أيلول/\u2060سبتمبر 1998'],
      ['2012-04', 'نيسان/\u2060أبريل 2012'],
      ['1968-11-22', '22 تشرين\u00a0الثاني/\u2060نوفمبر 1968'],
    ];
    for (const [date, written] of months) expect(formatDate(date, 'ar')).toBe(written);
    expect(formatDate('2013-09-26', 'fr')).toBe('26 septembre 2013');
  });

  it('formatInteger(value, locale) groups digits by the locale', () => {
    expect(formatInteger(60000, 'fr')).toMatch(/^60\s000$/u);
    expect(formatInteger(60000, 'es')).toBe('60.000');
    expect(formatInteger(60000, 'ar')).toMatch(/^60,000$/);
    expect(listSeparator('ar')).toBe('، ');
  });

  it('pluralCategory(count, locale) gives the forms of Russian and Arabic', () => {
    expect([1, 3, 5, 21].map((n) => pluralCategory(n, 'ru'))).toEqual([
      'one',
      'few',
      'many',
      'one',
    ]);
    expect([0, 1, 2, 3, 11, 100].map((n) => pluralCategory(n, 'ar'))).toEqual([
      'zero',
      'one',
      'two',
      'few',
      'many',
      'other',
    ]);
    expect(pluralCategory(1, 'zh')).toBe('other');
  });
});

describe('formatValue(count, unit, locale): a count and its noun agree, as each language writes it (issue 22)', () => {
  it('regression: Russian writes «8 миссий», «80 государств», not «8 (миссии)»', () => {
    // The reviewers' UN-style forms; Russian takes the genitive plural after 5-20 and after
    // numbers ending in 0 or 5-9, the genitive singular after 2-4, the nominative after 1
    // (Rozental, Spravochnik po pravopisaniyu i stilistike, § 190; CLDR's one/few/many).
    expect(formatValue(8, 'missions', 'ru')).toBe('8 миссий');
    expect(formatValue(80, 'states', 'ru')).toBe('80 государств');
    expect(formatValue(48, 'recommendations', 'ru')).toBe('48 рекомендаций');
    expect(formatValue(9, 'panels', 'ru')).toBe('9 групп экспертов');
    expect(formatValue(2, 'panels', 'ru')).toBe('2 группы экспертов');
    expect(formatValue(21, 'states', 'ru')).toBe('21 государство');
    expect(formatQualified(80, 'states', 'at_least_once', 'ru')).toBe('80 государств');
  });

  it('regression: Arabic writes "8 بعثات", "80 دولة", not "8 (بعثات)"', () => {
    // Arabic counted nouns: 3-10 take the plural, 11-99 the singular (accusative), 100 and
    // more the singular (genitive): "193 دولة" as UN Arabic texts count the Member States.
    expect(formatValue(8, 'missions', 'ar')).toBe('8 بعثات');
    expect(formatValue(80, 'states', 'ar')).toBe('80 دولة');
    expect(formatValue(193, 'states', 'ar')).toBe('193 دولة');
    expect(formatValue(48, 'recommendations', 'ar')).toBe('48 توصية');
    expect(formatValue(9, 'panels', 'ar')).toBe('9 أفرقة خبراء');
    expect(formatValue(12, 'schools', 'ar')).toBe('12 مدرسة');
    expect(formatValue(20, 'years', 'ar')).toBe('20 سنة');
    expect(formatValue(6, 'months', 'ar')).toBe('6 أشهر');
    expect(formatValue(22, 'meetings', 'ar')).toBe('22 اجتماعاً');
  });

  it('regression: one of a thing is singular in English, French and Spanish ("1 panel", not "1 panels")', () => {
    expect(formatValue(1, 'panels', 'en')).toBe('1 panel');
    expect(formatValue(9, 'panels', 'en')).toBe('9 panels');
    expect(formatValue(1, 'panels', 'fr')).toBe('1 groupe d’experts');
    expect(formatValue(9, 'panels', 'fr')).toBe('9 groupes d’experts');
    expect(formatValue(1, 'missions', 'es')).toBe('1 misión');
    expect(formatValue(8, 'missions', 'es')).toBe('8 misiones');
    expect(formatValue(8, 'missions', 'zh')).toBe('8个特派团');
  });
});

describe('numbers and percentages as each language types them (issue 22)', () => {
  it('regression: Russian and French write a percentage after a no-break space, «38 %», as Intl does', () => {
    // GOST 8.417-2002, 8.2.1: a space between the number and the unit, the per cent sign too
    // ("80 %"); French typography (Lexique de l'Imprimerie nationale) « 38 % », the space
    // unbreakable. The same on a page whether a share is a figure or computed (formatPercent).
    for (const locale of ['ru', 'fr', 'es'] as const) {
      expect(formatValue(38, 'percent', locale)).toMatch(/^38[\u00a0\u202f]%$/u);
      expect(formatValue(38, 'percent', locale)).toBe(formatPercent(0.38, locale));
    }
  });

  it('regression: no Russian, French or Spanish message types a percentage without its no-break space', () => {
    // Spanish too: «el 100 % menos…» broke a line between «100» and «%» on /es/trade/, where
    // the charts' shares (Intl's es-ES) keep a no-break space (issue 22, Spanish reader).
    const catalogue = (file: string) => readFileSync(`src/lib/i18n/${file}.ts`, 'utf8');
    for (const file of ['ru', 'fr', 'es']) {
      const bare = catalogue(file)
        .split('\n')
        .filter((line) => /[\d}][ ]?%/u.test(line));
      expect(bare, file).toEqual([]);
    }
  });

  it('regression: Russian writes a file size in Russian units held to the number, «59 Б», «42,9 МБ»', () => {
    // /ru/workbench/ printed «59 B» beside its Russian labels; Russian writes the byte and its
    // multiples in Cyrillic (Б, КБ, МБ, ГБ, as Windows in Russian does), a unit after a
    // no-break space as for «%» (issue 22, Russian reader).
    expect(formatBytes(59, 'ru')).toBe('59\u00a0Б');
    expect(formatBytes(45_000_000, 'ru')).toBe('42,9\u00a0МБ');
    expect(formatBytes(2048, 'ru')).toBe('2\u00a0КБ');
    expect(formatBytes(3 * 1024 ** 3, 'ru')).toBe('3\u00a0ГБ');
    expect(formatBytes(45_000_000, 'en')).toBe('42.9 MB');
  });

  it('regression: Spanish groups four-digit numbers, «3.500», «1.155», as UN Spanish documents do', () => {
    // Intl's Spanish leaves 3500 ungrouped (CLDR's minimumGroupingDigits 2); the UN Spanish
    // texts write "3.500 armas" (A/67/…, the Spanish of the seed's "3 500 件武器").
    expect(formatInteger(3500, 'es')).toBe('3.500');
    expect(formatInteger(1155, 'es')).toBe('1.155');
    expect(formatInteger(60000, 'es')).toBe('60.000');
    expect(formatRange(1155, 3500, 'es')).toMatch(/^1\.155\D+3\.500$/u);
  });

  it('regression: Spanish writes «6.000 millones de dólares», not «6 mil millones»', () => {
    // UN Spanish counts sums past a thousand million in millones ("6.000 millones de dólares de
    // los Estados Unidos"), the reviewers' UN-style form.
    expect(formatValue(6_000_000_000, 'USD', 'es')).toBe(
      '6.000 millones de dólares de los Estados Unidos',
    );
    expect(formatValue(1_250_000_000, 'USD', 'es')).toBe(
      '1.250 millones de dólares de los Estados Unidos',
    );
  });

  it('regression: Arabic counts billions as UN Arabic does, "6 بلايين دولار", not "6 مليار"', () => {
    // un.org/ar/annualreport2024: "مساعدات بقيمة تفوق 60 بليون دولار" (the UN's Arabic names
    // 10^9 بليون); 3-10 take the plural بلايين, 11-99 the singular.
    expect(formatValue(6_000_000_000, 'USD', 'ar')).toBe(
      '6 بلايين دولار من دولارات الولايات المتحدة',
    );
    expect(formatValue(60_000_000_000, 'USD', 'ar')).toMatch(/^60 بليون دولار/u);
  });
});

describe('formatPeriod(start, end, locale): a range of dates as each language writes it (issue 22)', () => {
  it('regression: Russian sets a spaced em dash between dates that hold spaces, «август 2011 г. — июль 2012 г.»', () => {
    // Russian typography (Milchin, Spravochnik izdatelya i avtora, 4.9): a dash between
    // compound dates is spaced; a year beside a month-and-year takes «г.» too.
    expect(formatPeriod('2011-08', '2012-07', 'ru')).toMatch(
      /^август 2011\sг\.\u00a0— июль 2012\sг\.$/u,
    );
    expect(formatPeriod('2004', '2013-03', 'ru')).toMatch(/^2004\sг\.\u00a0— март 2013\sг\.$/u);
    expect(formatPeriod('2010', '2015', 'ru')).toBe('2010–2015');
    // An open period's year takes «г.» too (issue 22, Russian reader: «по состоянию на 2017»).
    expect(formatPeriod(null, '2017', 'ru')).toBe('по состоянию на 2017\u00a0г.');
    expect(formatPeriod('2004', null, 'ru')).toBe('с 2004\u00a0г.');
  });

  it('regression: Spanish writes «de agosto de 2011 a julio de 2012» and «del 9 al 20 de julio de 2001»', () => {
    // The Spanish text of the Programme of Action (A/CONF.192/15): "reunidos en Nueva York del
    // 9 al 20 de julio de 2001".
    expect(formatPeriod('2011-08', '2012-07', 'es')).toBe('de agosto de 2011 a julio de 2012');
    expect(formatPeriod('2001-07-09', '2001-07-20', 'es')).toBe('del 9 al 20 de julio de 2001');
    expect(formatPeriod('2004', '2013-03', 'es')).toBe('de 2004 a marzo de 2013');
    expect(formatPeriod('2010', '2015', 'es')).toBe('2010–2015');
  });

  it('writes French and Arabic day ranges as the Programme of Action does', () => {
    // A/CONF.192/15, French: "réunis à New York du 9 au 20 juillet 2001"; Arabic (un.org/arabic
    // /events/smallarms2006/poa.htm): "في نيويورك في الفترة من 9 إلى 20 تموز/يوليه 2001".
    expect(formatPeriod('2001-07-09', '2001-07-20', 'fr')).toBe('du 9 au 20 juillet 2001');
    expect(formatPeriod('2001-07-09', '2001-07-20', 'ar')).toBe(
      'من 9 إلى 20 تموز/\u2060يوليه 2001',
    );
    expect(formatPeriod('2011-08', '2012-07', 'ar')).toBe(
      'من آب/\u2060أغسطس 2011 إلى تموز/\u2060يوليه 2012',
    );
  });
});

describe('formatPeriod(start, end, locale): a range within one year writes its year once (issue 22)', () => {
  it('regression: Chinese writes 2013年2月25日至3月8日, not 2013年2月25日至2013年3月8日 (the Belize course on /zh/centres/)', async () => {
    expect(formatPeriod('2013-02-25', '2013-03-08', 'zh')).toBe('2013年2月25日至3月8日');
    const { localPlace } = await import('$lib/i18n/places');
    expect(
      localPlace(
        'news item on the Belize training course (25 February to 8 March 2013), 3rd paragraph',
        'zh',
      ),
    ).toContain('（2013年2月25日至3月8日）');
    // Within one month the month too is written once, as UN Chinese dates a conference.
    expect(formatPeriod('2001-07-09', '2001-07-20', 'zh')).toBe('2001年7月9日至20日');
    expect(formatPeriod('2011-08', '2011-12', 'zh')).toBe('2011年8月至12月');
    // Across years both are written whole.
    expect(formatPeriod('2011-08', '2012-07', 'zh')).toBe('2011年8月至2012年7月');
  });

  it('French, Spanish, Russian and Arabic write the year once too', () => {
    expect(formatPeriod('2013-02-25', '2013-03-08', 'fr')).toBe('du 25 février au 8 mars 2013');
    expect(formatPeriod('2013-02-25', '2013-03-08', 'es')).toBe(
      'del 25 de febrero al 8 de marzo de 2013',
    );
    expect(formatPeriod('2013-02-25', '2013-03-08', 'ru')).toMatch(
      /^25 февраля\u00a0— 8 марта 2013\sг\.$/u,
    );
    expect(formatPeriod('2013-02-25', '2013-03-08', 'ar')).toBe(
      'من 25 شباط/\u2060فبراير إلى 8 آذار/\u2060مارس 2013',
    );
    expect(formatPeriod('2011-08', '2011-12', 'es')).toBe('de agosto a diciembre de 2011');
    expect(formatPeriod('2011-08', '2011-12', 'ru')).toMatch(/^август\u00a0— декабрь 2011\sг\.$/u);
    expect(formatPeriod('2010-07-01', '2010-08-15', 'fr')).toBe('du 1er juillet au 15 août 2010');
  });
});

describe('formatPercentRange(low, high, locale): a legend’s class of shares', () => {
  it('regression: French, Spanish and Russian space the percent sign, as their typography does ("0–20%" on /fr/register/ before)', () => {
    expect(formatPercentRange(0, 0.2, 'en')).toBe('0–20%');
    expect(formatPercentRange(0.8, 1, 'zh')).toBe('80–100%');
    for (const locale of ['fr', 'es', 'ru'] as const) {
      expect(formatPercentRange(0, 0.2, locale)).toMatch(/^0[–-]20[\u00a0\u202f]%$/u);
    }
    expect(formatPercentRange(0.8, 1, 'ar')).toMatch(/^\u2066?80.*100/u);
  });
});
