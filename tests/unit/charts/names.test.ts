import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaName } from '$lib/charts/map/names';
import { geoContains } from 'd3-geo';
import { mapFeatures, worldMapLayout } from '$lib/charts/map/map';
import type { Locale } from '$lib/paraglide/runtime.js';

// Expected names come from the UNSD M49 extract in data/reference/ and from countries.csv's
// own checked names, read here with a plain split (neither file quotes a field).
function column(file: string, key: string, value: string): Map<string, string> {
  const [header, ...lines] = readFileSync(file, 'utf8').trim().split('\n');
  const names = header.split(',');
  return new Map(
    lines.map((line) => {
      const cells = line.split(',');
      return [cells[names.indexOf(key)], cells[names.indexOf(value)]];
    }),
  );
}
const memberZh = column('data/reference/un_m49_member_states.csv', 'm49', 'name_zh');
const memberEn = column('data/reference/un_m49_member_states.csv', 'm49', 'name_en');
const memberRu = column('data/reference/un_m49_member_states.csv', 'm49', 'name_ru');
const memberAr = column('data/reference/un_m49_member_states.csv', 'm49', 'name_ar');
const han = /[\u3400-\u9fff]/;

describe('areaName: map outlines named in the page language', () => {
  const shapes = worldMapLayout(600).shapes;

  it('names every Member State on the map by its UN short name in both languages', () => {
    const members = shapes.filter((shape) => memberZh.has(shape.id));
    expect(members.length).toBeGreaterThan(160);
    for (const shape of members) {
      expect(areaName(shape.id, shape.name, 'zh')).toEqual({
        text: memberZh.get(shape.id),
        lang: 'zh',
      });
      expect(areaName(shape.id, shape.name, 'en')).toEqual({
        text: memberEn.get(shape.id),
        lang: 'en',
      });
    }
    // world-atlas says "Dem. Rep. Congo"; the UN short name is the full one.
    expect(areaName('180', 'Dem. Rep. Congo', 'en').text).toBe('Democratic Republic of the Congo');
    expect(areaName('180', 'Dem. Rep. Congo', 'zh').text).toBe('刚果民主共和国');
  });

  it('gives a Chinese name on Chinese pages to every outline, the M49 areas and the two outside it', () => {
    const english = shapes
      .map((shape) => ({ shape, name: areaName(shape.id, shape.name, 'zh') }))
      .filter(({ name }) => !han.test(name.text));
    expect(english.map(({ shape }) => shape.name)).toEqual([]);
    expect(areaName('732', 'W. Sahara', 'zh')).toEqual({ text: '西撒哈拉', lang: 'zh' });
  });
});

// How UN texts name the outlines world-atlas draws that are not areas of the M49 list (issue 22).
// UNSD's country profile of China (data.un.org/en/iso/cn.html): "For statistical purposes, the
// data for China do not include those for … Taiwan Province of China"; UN texts in the other
// languages: 中国台湾省, province chinoise de Taïwan, Provincia china de Taiwán, провинция Китая
// Тайвань, مقاطعة تايوان الصينية. Kosovo as UN documents footnote it: "All references to Kosovo
// should be understood to be in the context of Security Council resolution 1244 (1999)".
describe('areaName: the outlines M49 does not list, by their UN names in every language', () => {
  const shapes = worldMapLayout(600).shapes;
  const named = (atlas: string, locale: Locale) => {
    const shape = shapes.find((candidate) => candidate.name === atlas);
    expect(shape, atlas).toBeDefined();
    return areaName(shape!.id, shape!.name, locale);
  };

  it('regression: Taiwan is "Taiwan Province of China" in each language, never world-atlas’s "Taiwan"', () => {
    expect(named('Taiwan', 'en')).toEqual({ text: 'Taiwan Province of China', lang: 'en' });
    expect(named('Taiwan', 'zh')).toEqual({ text: '中国台湾省', lang: 'zh' });
    expect(named('Taiwan', 'fr').text).toBe('Province chinoise de Taïwan');
    expect(named('Taiwan', 'es').text).toBe('Provincia china de Taiwán');
    expect(named('Taiwan', 'ru').text).toBe('Провинция Китая Тайвань');
    expect(named('Taiwan', 'ar')).toEqual({ text: 'مقاطعة تايوان الصينية', lang: 'ar' });
  });

  it('regression: Kosovo is named with Security Council resolution 1244 (1999) in each language', () => {
    const expected: Record<Locale, RegExp> = {
      en: /^Kosovo \(.*Security Council resolution 1244 \(1999\)\)$/,
      zh: /^科索沃（.*安全理事会第1244\(1999\)号决议.*）$/,
      fr: /^Kosovo \(.*résolution 1244 \(1999\) du Conseil de sécurité\)$/,
      es: /^Kosovo \(.*resolución 1244 \(1999\) del Consejo de Seguridad\)$/,
      ru: /^Косово \(.*резолюции 1244 \(1999\) Совета Безопасности\)$/,
      ar: /^كوسوفو \(.*قرار مجلس الأمن 1244 \(1999\)\)$/,
    };
    for (const [locale, pattern] of Object.entries(expected) as [Locale, RegExp][]) {
      expect(named('Kosovo', locale)).toEqual({
        text: expect.stringMatching(pattern),
        lang: locale,
      });
    }
  });

  it('regression: no outline is "N. Cyprus" or "Somaliland"; their land is Cyprus’s and Somalia’s', () => {
    expect(shapes.map((shape) => shape.name)).not.toContain('N. Cyprus');
    expect(shapes.map((shape) => shape.name)).not.toContain('Somaliland');
    // Places in the two outlines world-atlas drew apart (Nicosia's north, Kyrenia; Hargeisa,
    // Berbera) lie in the outlines named Cyprus and Somalia, by their M49 codes 196 and 706.
    const at = (lon: number, lat: number) =>
      mapFeatures.filter((shape) => geoContains(shape, [lon, lat])).map((shape) => shape.id);
    expect(at(33.32, 35.33)).toEqual(['196']);
    expect(at(44.06, 9.56)).toEqual(['706']);
    expect(at(45.01, 10.44)).toEqual(['706']);
    expect(areaName('196', 'Cyprus', 'ru').text).toBe(memberRu.get('196'));
    expect(areaName('706', 'Somalia', 'ar').text).toBe(memberAr.get('706'));
  });
});
