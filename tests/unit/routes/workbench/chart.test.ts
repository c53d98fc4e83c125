import { tableFromArrays } from 'apache-arrow';
import { describe, expect, it } from 'vitest';
import {
  chartKinds,
  chartRows,
  defaultChart,
  describeColumns,
  m49,
} from '../../../../src/routes/workbench/chart';

describe('chart builder defaults', () => {
  it('offers a map when a column holds M49 codes, and a line over years', () => {
    const table = tableFromArrays({
      GeoAreaCode: Float64Array.from([4, 250, 156]),
      year: Int32Array.from([2019, 2020, 2021]),
      value: Float64Array.from([1.5, 2, 3]),
    });
    const columns = describeColumns(table);
    expect(columns.map((column) => [column.role, column.country])).toEqual([
      ['number', true],
      ['year', false],
      ['number', false],
    ]);
    expect(chartKinds(columns)).toEqual(['map', 'line', 'bar', 'scatter']);
    expect(defaultChart(columns)).toEqual({ kind: 'line', x: 'year', y: 'value' });
    const map = chartRows(table, { kind: 'map', x: 'GeoAreaCode', y: 'value' }, columns).map;
    expect(map.map((each) => each.code)).toEqual(['004', '250', '156']);
  });

  it('draws text by number as bars', () => {
    const table = tableFromArrays({
      mission: ['MINUSMA', 'MONUSCO'],
      tasks: Float64Array.from([3, 5]),
    });
    const columns = describeColumns(table);
    expect(defaultChart(columns)).toEqual({ kind: 'bar', x: 'mission', y: 'tasks' });
    expect(
      chartRows(table, { kind: 'bar', x: 'mission', y: 'tasks' }, columns).bars.map((bar) => [
        bar.label,
        bar.value,
      ]),
    ).toEqual([
      ['MINUSMA', 3],
      ['MONUSCO', 5],
    ]);
  });

  it('has no chart for a result without numbers, or of one column', () => {
    const table = tableFromArrays({ name: ['a', 'b'] });
    expect(defaultChart(describeColumns(table))).toBeUndefined();
    const count = tableFromArrays({ n: Float64Array.from([13]) });
    expect(defaultChart(describeColumns(count))).toBeUndefined();
  });

  it('pads M49 codes and rejects anything else', () => {
    expect([m49(4), m49('250'), m49('FRA'), m49(null)]).toEqual([
      '004',
      '250',
      undefined,
      undefined,
    ]);
  });
});
