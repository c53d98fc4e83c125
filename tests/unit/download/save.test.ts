import { beforeEach, describe, expect, it } from 'vitest';
import { downloadDelay, noteDownload, resetDownloads } from '$lib/download/save';

// Chromium (blink LocalFrame::ShouldThrottleDownload) lets a frame start 10 downloads in a
// burst, then drops every further one until a second has passed since the burst began.

beforeEach(() => resetDownloads());

describe('downloadDelay(now)', () => {
  it('lets ten downloads in a second start at once', () => {
    for (let n = 0; n < 10; n++) {
      expect(downloadDelay(n * 50)).toBe(0);
      noteDownload(n * 50);
    }
  });

  it('holds back an eleventh within a second of the first of ten, past that second', () => {
    for (let n = 0; n < 10; n++) noteDownload(n * 50);
    const delay = downloadDelay(500);
    expect(delay).toBeGreaterThan(500);
    // Once the wait is over, the first of the ten started more than a second before.
    expect(downloadDelay(500 + delay)).toBe(0);
  });

  it('lets an eleventh start at once when the ten took more than a second', () => {
    for (let n = 0; n < 10; n++) noteDownload(n * 150);
    expect(downloadDelay(1_500)).toBe(0);
  });
});
