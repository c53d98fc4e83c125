import { describe, expect, it } from 'vitest';
import { missionEnd } from '../../../src/routes/countries/[iso3]/missions';

describe('missionEnd(end, today, locale)', () => {
  it('gives the day a mission ended, in the page language', () => {
    expect(missionEnd('2018-03-30', '2026-12-04', 'en')).toBe('30 March 2018');
    expect(missionEnd('2018-03-30', '2026-12-04', 'zh')).toBe('2018年3月30日');
  });

  it('says a mission with no end date is still deployed', () => {
    expect(missionEnd(null, '2026-12-04', 'en')).toBe('Ongoing');
    expect(missionEnd('', '2026-12-04', 'zh')).toBe('仍在部署');
  });

  it('says a mission whose end is still to come is deployed until then', () => {
    expect(missionEnd('2026-12-31', '2026-12-04', 'en')).toBe('Ongoing (to end 31 December 2026)');
    expect(missionEnd('2026-12-31', '2026-12-04', 'zh')).toBe('仍在部署（预定2026年12月31日结束）');
  });
});
