import { describe, expect, it } from 'vitest';
import { groupSources } from '$lib/components/sources';

describe('groupSources(sources)', () => {
  it('lists each citation once, in first-seen order, with all of its distinct passages', () => {
    expect(
      groupSources([
        { citation: 'Yearbook, p. 81' },
        { citation: 'A/67/…, para. 20', quoteZh: '只有 9 个来自拉丁美洲和加勒比区域' },
        { citation: 'Yearbook, p. 81' },
        { citation: 'A/67/…, para. 20', quoteZh: '没有一个来自最受小武器影响的非洲区域' },
        { citation: 'A/67/…, para. 20', quoteZh: '只有 9 个来自拉丁美洲和加勒比区域' },
      ]),
    ).toEqual([
      { citation: 'Yearbook, p. 81', quotes: [] },
      {
        citation: 'A/67/…, para. 20',
        quotes: ['只有 9 个来自拉丁美洲和加勒比区域', '没有一个来自最受小武器影响的非洲区域'],
      },
    ]);
  });

  it('skips figures without a source (a group the documents say nothing about)', () => {
    expect(groupSources([{ citation: null, quoteZh: null }, { citation: '' }])).toEqual([]);
  });
});
