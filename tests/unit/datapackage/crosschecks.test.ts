import { describe, expect, it } from 'vitest';
import { checkMapShapes, crossChecks } from '$lib/datapackage/crosschecks';
import { makeRow } from '$lib/datapackage/schema';

let line = 1;
const row = (values: Record<string, string | null>) => makeRow(++line, values);

describe('crossChecks(tables)', () => {
  const figure = (figure_id: string, value: string) => row({ figure_id, value });
  const panels = [
    figure('expert_panels', '9'),
    figure('expert_panels_new_york', '2'),
    figure('expert_panels_nairobi', '1'),
    figure('expert_panels_in_situ', '6'),
  ];

  it('reports a key figure that the rows it counts no longer match', () => {
    const tables = new Map([
      ['key_figures', [figure('missions_with_embargo_mandate', '2'), ...panels]],
      ['missions', [row({ mission_id: 'A', embargo_mandate: 'current', wam_support: 'false' })]],
      ['mission_tasks', [row({ mission_id: 'A', aspect: 'embargo_support' })]],
    ]);
    const problems = crossChecks(tables).filter((p) => p.file === 'key_figures.csv');
    expect(problems.map((p) => p.message)).toEqual([
      'the number of missions with a current embargo mandate is 1, but this row says 2',
    ]);
  });

  it('reports parts that do not add up to their total', () => {
    const tables = new Map([
      ['key_figures', [...panels.slice(0, 3), figure('expert_panels_in_situ', '7')]],
    ]);
    expect(crossChecks(tables).map((p) => p.message)).toContain(
      'the sum of panels by location is 10, but this row says 9',
    );
  });

  it('reports a mission whose mandate columns disagree with its tasks', () => {
    const tables = new Map([
      [
        'missions',
        [
          row({
            mission_id: 'B',
            embargo_mandate: 'ended',
            embargo_mandate_ended_year: null,
            embargo_mandate_ended_by: null,
            wam_support: 'true',
          }),
        ],
      ],
      ['mission_tasks', []],
    ]);
    const columns = crossChecks(tables)
      .filter((p) => p.file === 'missions.csv')
      .map((p) => p.column);
    expect(columns).toEqual(['embargo_mandate_ended_year', 'wam_support']);
  });
});

describe('checkMapShapes(countries, shapeIds)', () => {
  it('holds a country marked with a shape to a shape of its M49 id, and the other way round', () => {
    const countries = [
      row({ iso3: 'AFG', m49: '004', map_shape_110m: 'true' }),
      row({ iso3: 'AND', m49: '020', map_shape_110m: 'false' }),
      row({ iso3: 'ALB', m49: '008', map_shape_110m: 'false' }),
      row({ iso3: 'DZA', m49: '012', map_shape_110m: 'true' }),
    ];
    const problems = checkMapShapes(countries, new Set(['004', '008']));
    expect(problems.map((p) => p.message)).toEqual([
      'ALB (008) has a world-atlas shape but is marked false',
      'DZA: no world-atlas shape has id 012',
    ]);
  });
});
