import { describe, expect, it } from 'vitest';
import { asUserWork, userIdle } from '../../../src/lib/db/user-first';

/** Whether `promise` has settled once pending callbacks have run. */
async function settled(promise: Promise<unknown>): Promise<boolean> {
  let done = false;
  void promise.then(() => (done = true));
  await new Promise((resolve) => setTimeout(resolve, 0));
  return done;
}

describe('asUserWork(work) and userIdle()', () => {
  it('lets background work go on when no user script runs', async () => {
    expect(await settled(userIdle())).toBe(true);
  });

  it('holds background work until every user script running has ended, failed ones too', async () => {
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
});
