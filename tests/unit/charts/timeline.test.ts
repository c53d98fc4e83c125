import { describe, expect, it } from 'vitest';
import { periodOf, timelineLayout, type TimelineEvent } from '$lib/charts/timeline/timeline';

describe('periodOf(date)', () => {
  it('reads a year, a month or a day as the whole period it stands for', () => {
    expect(periodOf('2006')).toEqual({
      start: new Date('2006-01-01T00:00:00Z'),
      end: new Date('2007-01-01T00:00:00Z'),
      precision: 'year',
    });
    expect(periodOf('2012-12')).toMatchObject({
      start: new Date('2012-12-01T00:00:00Z'),
      end: new Date('2013-01-01T00:00:00Z'),
      precision: 'month',
    });
    expect(periodOf('2012-08-27')).toMatchObject({
      end: new Date('2012-08-28T00:00:00Z'),
      precision: 'day',
    });
  });
});

describe('timelineLayout(events, lanes, dims)', () => {
  const events: TimelineEvent[] = [
    { key: 'year', label: 'Known to the year', lane: 'a', start: '2006', end: null },
    { key: 'day', label: 'One day', lane: 'a', start: '2006-06-01', end: null },
    { key: 'range', label: 'Two weeks', lane: 'b', start: '2012-08-27', end: '2012-09-07' },
    { key: 'later', label: 'Later', lane: 'b', start: '2020-01-01', end: null },
  ];
  const layout = timelineLayout(events, ['a', 'b'], { width: 800, from: 2000, to: 2020 });
  const mark = (key: string) => layout.marks.find((each) => each.key === key)!;

  it('places one mark per event, in its lane, later events further right', () => {
    expect(layout.marks).toHaveLength(events.length);
    expect(mark('range').y).toBeGreaterThan(mark('year').y);
    expect(mark('later').x).toBeGreaterThan(mark('range').x);
  });

  it('draws a date known only to the year as a bar across that year, a day as a point', () => {
    expect(mark('year')).toMatchObject({ point: false, precision: 'year' });
    expect(mark('year').width).toBeGreaterThan(20);
    expect(mark('day').point).toBe(true);
  });

  it('moves overlapping events of a lane to separate rows', () => {
    expect(mark('day').y).not.toBe(mark('year').y);
  });

  it('keeps every mark inside the plot', () => {
    for (const each of layout.marks) {
      expect(each.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(each.x + each.width).toBeLessThanOrEqual(layout.plot.right + 0.001);
    }
  });
});
