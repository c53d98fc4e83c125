import { describe, expect, it } from 'vitest';
import type { Row } from '$lib/db/rows';
import { filterCountries } from '../../../src/routes/countries/filter';
import { valueSeries } from '../../../src/routes/indicators/[code]/series';

const rows = [
  {
    iso3: 'COD',
    name_en: 'Democratic Republic of the Congo',
    name_zh: '刚果民主共和国',
    group_id: 'AFR',
  },
  { iso3: 'COG', name_en: 'Congo', name_zh: '刚果', group_id: 'AFR' },
  {
    iso3: 'GBR',
    name_en: 'United Kingdom',
    name_zh: '大不列颠及北爱尔兰联合王国',
    group_id: 'WEOG',
  },
];

describe('filterCountries(rows, search, region)', () => {
  it('keeps every row when search and region are empty', () => {
    expect(filterCountries(rows, '', '')).toHaveLength(3);
  });
  it('finds by English name in any case, Chinese name or ISO3 code', () => {
    expect(filterCountries(rows, 'CONGO', '').map((row) => row.iso3)).toEqual(['COG', 'COD']);
    expect(filterCountries(rows, '联合王国', '').map((row) => row.iso3)).toEqual(['GBR']);
    expect(filterCountries(rows, 'gbr', '').map((row) => row.iso3)).toEqual(['GBR']);
  });
  it('lists the countries in the alphabetical order of the names the page shows, and finds them by those names', () => {
    // M49 names in Spanish and Russian; the orders are those of each alphabet (the reviewers of
    // /es/ and /ru/countries/ found them in the order of the English names).
    const named = [
      { iso3: 'DZA', name_en: 'Algeria', name_es: 'Argelia', name_ru: 'Алжир' },
      { iso3: 'AND', name_en: 'Andorra', name_es: 'Andorra', name_ru: 'Андорра' },
      { iso3: 'DEU', name_en: 'Germany', name_es: 'Alemania', name_ru: 'Германия' },
      { iso3: 'ALB', name_en: 'Albania', name_es: 'Albania', name_ru: 'Албания' },
      { iso3: 'TCD', name_en: 'Chad', name_es: 'Chad', name_ru: 'Чад' },
      { iso3: 'CAN', name_en: 'Canada', name_es: 'Canadá', name_ru: 'Канада' },
      {
        iso3: 'CAF',
        name_en: 'Central African Republic',
        name_es: 'República Centroafricana',
        name_ru: 'Центральноафриканская Республика',
      },
    ];
    const order = (locale: 'en' | 'es' | 'ru') =>
      filterCountries(named, '', '', locale).map((row) => row.iso3);
    expect(order('es')).toEqual(['ALB', 'DEU', 'AND', 'DZA', 'CAN', 'TCD', 'CAF']);
    expect(order('ru')).toEqual(['ALB', 'DZA', 'AND', 'DEU', 'CAN', 'CAF', 'TCD']);
    expect(order('en')).toEqual(['ALB', 'DZA', 'AND', 'CAN', 'CAF', 'TCD', 'DEU']);
    expect(filterCountries(named, 'alemania', '', 'es').map((row) => row.iso3)).toEqual(['DEU']);
    expect(filterCountries(named, 'канада', '', 'ru').map((row) => row.iso3)).toEqual(['CAN']);
  });
  it('keeps only the regional group asked for', () => {
    expect(filterCountries(rows, ' congo ', 'WEOG')).toEqual([]);
    expect(filterCountries(rows, '', 'WEOG').map((row) => row.iso3)).toEqual(['GBR']);
  });
});

describe('valueSeries(rows, name, format)', () => {
  it('draws one line per country with every value as a point on a 0-1 scale', () => {
    const series = valueSeries(
      [
        { iso3: 'GBR', year: 2017, value_pct: 50 },
        { iso3: 'GBR', year: 2018, value_pct: 25.5 },
        { iso3: 'ALB', year: 2020, value_pct: 10.71 },
      ],
      (row) => String(row.iso3),
      (share) => `${share * 100}%`,
    );
    expect(series.map((line) => line.key)).toEqual(['GBR', 'ALB']);
    expect(series[0].points.map((point) => [point.x, point.y])).toEqual([
      [2017, 0.5],
      [2018, 0.255],
    ]);
    expect(series[1].points[0].label).toBe('ALB 2020: 10.71%');
  });

  it('gives each country the colour asked for when countries are compared, one colour otherwise', () => {
    const rows = [
      { iso3: 'GBR', year: 2017, value_pct: 50 },
      { iso3: 'FRA', year: 2019, value_pct: 20 },
    ];
    const colors: Record<string, string> = { GBR: '#0072B2', FRA: '#D55E00' };
    const compared = valueSeries(rows, String, String, (iso3) => colors[iso3]);
    expect(compared.map((line) => line.color)).toEqual(['#0072B2', '#D55E00']);
    const plain = valueSeries(rows, String, String);
    expect(new Set(plain.map((line) => line.color)).size).toBe(1);
  });
});

describe('filterCountries in other alphabets (issue 22)', () => {
  // The same countries named as each language's UN short name; the order expected is each
  // language's alphabet (CLDR collation): Russian Е before И before К before Я, French É with E,
  // Chinese by pinyin (āi, rì, xī, zhōng), as the Xinhua zidian orders, not by the English names.
  const names: Record<string, Record<string, string>> = {
    CHN: { en: 'China', ru: 'Китай', fr: 'Chine', zh: '中国' },
    EGY: { en: 'Egypt', ru: 'Египет', fr: 'Égypte', zh: '埃及' },
    JPN: { en: 'Japan', ru: 'Япония', fr: 'Japon', zh: '日本' },
    ESP: { en: 'Spain', ru: 'Испания', fr: 'Espagne', zh: '西班牙' },
  };
  const rows = Object.entries(names).map(([iso3, name]) => ({
    iso3,
    name_en: name.en,
    name_ru: name.ru,
    name_fr: name.fr,
    name_zh: name.zh,
  }));
  const order = (locale: 'ru' | 'fr' | 'zh') =>
    filterCountries(rows, '', '', locale).map((row) => row.iso3);

  it('sorts by the name in the page’s language, not the English one', () => {
    expect(order('ru')).toEqual(['EGY', 'ESP', 'CHN', 'JPN']);
    expect(order('fr')).toEqual(['CHN', 'EGY', 'ESP', 'JPN']);
    expect(order('zh')).toEqual(['EGY', 'JPN', 'ESP', 'CHN']);
  });

  it('finds a country by the name shown on the page', () => {
    expect(filterCountries(rows, 'япон', '', 'ru').map((row) => row.iso3)).toEqual(['JPN']);
  });
});

describe('filterCountries on an Arabic page (issue 22)', () => {
  // M49 Arabic names (data/countries.csv). Arabic indexes order a name by its first word
  // without the article ال, so الجزائر sorts under ج and اليمن under ي; the order expected is
  // the alphabet's (أ ب ت ث ج ح خ د ذ ر ز س ش ص ض ط ظ ع غ ف ق ك ل م ن ه و ي).
  const names: Record<string, string> = {
    ALB: 'ألبانيا',
    DZA: 'الجزائر',
    ARG: 'الأرجنتين',
    BHR: 'البحرين',
    BEN: 'بنن',
    EGY: 'مصر',
    MAR: 'المغرب',
    SYR: 'الجمهورية العربية السورية',
    TUN: 'تونس',
    YEM: 'اليمن',
  };
  const rows = Object.entries(names).map(([iso3, name_ar]) => ({ iso3, name_ar }));

  it('sorts the names without their leading article ال', () => {
    expect(filterCountries(rows, '', '', 'ar').map((row) => row.iso3)).toEqual([
      'ARG',
      'ALB',
      'BHR',
      'BEN',
      'TUN',
      'DZA',
      'SYR',
      'EGY',
      'MAR',
      'YEM',
    ]);
  });

  it('still finds a country by its name with the article', () => {
    expect(filterCountries(rows, 'اليمن', '', 'ar').map((row) => row.iso3)).toEqual(['YEM']);
  });
});

describe('filterCountries as readers type (issue 22)', () => {
  // M49 names (data/countries.csv): the French and English Côte d’Ivoire with its accent and
  // typographic apostrophe, the Russian with a straight one, the Arabic with its hamza.
  const rows: Row[] = [
    {
      iso3: 'CIV',
      name_en: 'Côte d’Ivoire',
      name_fr: 'Côte d’Ivoire',
      name_ru: "Кот-д'Ивуар",
      name_ar: 'كوت ديفوار',
    },
    { iso3: 'ARE', name_en: 'United Arab Emirates', name_ar: 'الإمارات العربية المتحدة' },
    { iso3: 'MEX', name_en: 'Mexico', name_es: 'México' },
  ];
  const find = (search: string, locale: 'en' | 'fr' | 'ru' | 'ar' | 'es') =>
    filterCountries(rows, search, '', locale).map((row) => row.iso3);

  it('regression: finds a name whatever its accents and apostrophes ("cote d\'ivoire" found nothing on /fr/countries/)', () => {
    expect(find("cote d'ivoire", 'fr')).toEqual(['CIV']);
    expect(find('COTE', 'en')).toEqual(['CIV']);
    expect(find('Кот-д’Ивуар', 'ru')).toEqual(['CIV']);
    expect(find('mexico', 'es')).toEqual(['MEX']);
  });

  it('regression: finds an Arabic name typed without its hamza or with its vowel marks (الامارات found nothing)', () => {
    expect(find('الامارات', 'ar')).toEqual(['ARE']);
    expect(find('الإمَارات', 'ar')).toEqual(['ARE']);
  });
});
