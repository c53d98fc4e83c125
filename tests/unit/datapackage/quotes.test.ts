import { describe, expect, it } from 'vitest';
import {
  checkQuotes,
  numbersIn,
  passageHasDate,
  passageHasNumber,
  seedText,
} from '$lib/datapackage/quotes';
import { makeRow, type Resource } from '$lib/datapackage/schema';

describe('seedText(raw)', () => {
  it('removes the line wrapping of the extracted PDF text, and keeps the spaces around digits', () => {
    expect(seedText('销毁了 3 500 件过剩、过\n\n  时或没收的武器')).toBe(
      '销毁了 3 500 件过剩、过时或没收的武器',
    );
  });
});

describe('numbersIn(passage)', () => {
  it('reads spaced digit groups and Chinese scale words as a reader would', () => {
    expect(numbersIn('销毁了 3 500 件武器以及 60 000 多发弹药')).toEqual([3500, 60000]);
    expect(numbersIn('至少价值 60 亿美元')).toContain(6_000_000_000);
    expect(numbersIn('弹药占所有全球转让的 38%')).toEqual([38]);
  });

  it('reads Chinese numerals, "half" as 50 percent and "not one" as 0', () => {
    expect(numbersIn('加强了该区域九个国家的能力')).toContain(9);
    expect(numbersIn('在近二十年来')).toContain(20);
    expect(numbersIn('第十六次')).toContain(16);
    expect(numbersIn('有近一半是火器造成的')).toContain(50);
    expect(numbersIn('没有一个来自非洲区域')).toContain(0);
  });

  it('does not join numbers that are not digit groups', () => {
    expect(numbersIn('2010 至 2015 年')).toEqual([2010, 2015]);
    expect(numbersIn('2 个设在纽约，1 个设在内罗毕')).toEqual([2, 1]);
  });
});

describe('passageHasNumber(passage, value)', () => {
  it('finds a figure only when the passage states it', () => {
    expect(passageHasNumber('16 个国家共计 350 名', 350)).toBe(true);
    expect(passageHasNumber('16 个国家共计 350 名', 360)).toBe(false);
  });
});

describe('passageHasDate(passage, date, as)', () => {
  it('finds a start date with its year, month and day', () => {
    expect(passageHasDate('于 2012 年 8 月 27 日至 9 月 7 日在纽约', '2012-08-27', 'start')).toBe(
      true,
    );
    expect(passageHasDate('于 2012 年 8 月 27 日至 9 月 7 日在纽约', '2012-08-28', 'start')).toBe(
      false,
    );
    expect(passageHasDate('2012 年 7 月在纽约', '2012-07', 'start')).toBe(true);
  });

  it('finds an end date written without its year, as Chinese ranges are', () => {
    expect(passageHasDate('2012 年 8 月 27 日至 9 月 7 日', '2012-09-07', 'end')).toBe(true);
    expect(passageHasDate('2012 年 3 月 19 日至 23 日', '2012-03-23', 'end')).toBe(true);
    expect(passageHasDate('2011 年 10 月 31 日和 11 月 1 日', '2011-11-01', 'end')).toBe(true);
    expect(passageHasDate('2012 年 3 月 19 日至 23 日', '2012-03-24', 'end')).toBe(false);
    expect(passageHasDate('定于 2012 年 8 月和 9 月举行', '2012-09', 'end')).toBe(true);
    expect(passageHasDate('定于 2012 年 8 月和 9 月举行', '2012-10', 'end')).toBe(false);
  });
});

describe('checkQuotes(resource, rows, seeds)', () => {
  const resource: Resource = {
    name: 'activities',
    path: 'activities.csv',
    schema: {
      fields: [
        { name: 'value', type: 'number', 'x-in-quote': { quote: 'quote' } },
        { name: 'source_doc', type: 'string' },
        {
          name: 'quote',
          type: 'string',
          'x-verbatim': { doc: 'source_doc', requiredForSeed: true },
        },
      ],
    },
  };
  const seeds = new Map([
    ['A/67/…', seedText('协助各国努力销毁了 3 500 件过剩、过时\n\n或没收的武器')],
  ]);
  const row = (line: number, value: string, doc: string, quote: string | null) =>
    makeRow(line, { value, source_doc: doc, quote });

  it("accepts a verbatim quote that states the row's figure", () => {
    expect(
      checkQuotes(
        resource,
        [row(2, '3500', 'A/67/…', '销毁了 3 500 件过剩、过时或没收的武器')],
        seeds,
      ),
    ).toEqual([]);
  });

  it('reports a changed figure, a quote not in the seed, and a seed row without a quote', () => {
    const problems = checkQuotes(
      resource,
      [
        row(2, '3600', 'A/67/…', '销毁了 3 500 件过剩'),
        row(3, '3500', 'A/67/…', '销毁了 3 500 件多余'),
        row(4, '3500', 'A/67/…', null),
        row(5, '7', 'Yearbook', null),
      ],
      seeds,
    );
    expect(problems.map((p) => [p.line, p.column, p.message])).toEqual([
      [2, 'value', '3600 is not stated in its quote "销毁了 3 500 件过剩"'],
      [3, 'quote', '"销毁了 3 500 件多余" is not verbatim in A/67/…'],
      [4, 'quote', 'a row from seed A/67/… needs its Chinese span'],
    ]);
  });
});
