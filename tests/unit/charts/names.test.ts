import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { areaName } from '$lib/charts/map/names';
import { worldMapLayout } from '$lib/charts/map/map';

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

  it('gives a Chinese name on Chinese pages to every outline except the four M49 does not list', () => {
    const english = shapes
      .map((shape) => ({ shape, name: areaName(shape.id, shape.name, 'zh') }))
      .filter(({ name }) => !han.test(name.text));
    expect(english.map(({ shape }) => shape.name).sort()).toEqual([
      'Kosovo',
      'N. Cyprus',
      'Somaliland',
      'Taiwan',
    ]);
    for (const { name } of english) expect(name.lang).toBe('en');
    expect(areaName('732', 'W. Sahara', 'zh')).toEqual({ text: '西撒哈拉', lang: 'zh' });
  });
});
