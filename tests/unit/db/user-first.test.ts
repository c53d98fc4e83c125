import { afterEach, describe, expect, it, vi } from 'vitest';
import { asUserWork, userIdle } from '../../../src/lib/db/user-first';

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('asUserWork(work) and userIdle()', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lets background work go on when no user script runs', async () => {
    expect(await settled(userIdle())).toBe(true);
  });

  it('holds background work until every user script running has ended, failed ones too', async () => {
    // A page that draws a frame at once.
    vi.stubGlobal('requestAnimationFrame', (draw: () => void) => draw());
    let endFirst!: () => void;
    let failSecond!: (error: Error) => void;
    const first = asUserWork(() => new Promise<string>((done) => (endFirst = () => done('rows'))));
    const second = asUserWork(
      () => new Promise<never>((_, reject) => (failSecond = (error) => reject(error))),
    );
    const waiting = userIdle();
    expect(await settled(waiting)).toBe(false);
    endFirst();
    expect(await first).toBe('rows');
    expect(await settled(waiting)).toBe(false);
    failSecond(new Error('syntax error'));
    await expect(second).rejects.toThrow('syntax error');
    expect(await settled(waiting)).toBe(true);
    expect(await settled(userIdle())).toBe(true);
  });

  describe('in a page', () => {
    it('holds background work until the page has had a frame to draw the result', async () => {
      const frames: (() => void)[] = [];
      vi.stubGlobal('requestAnimationFrame', (draw: () => void) => frames.push(draw));
      await asUserWork(async () => 'rows');
      const waiting = userIdle();
      expect(await settled(waiting)).toBe(false);
      expect(frames).toHaveLength(1);
      frames[0]!();
      expect(await settled(waiting)).toBe(true);
    });
  });
});
