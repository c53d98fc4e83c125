import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { holdingUnload } from '$lib/upload/hold-unload';

/** Whether leaving the page now would ask first: a cancelable beforeunload is cancelled. */
function asks(): boolean {
  const event = new Event('beforeunload', { cancelable: true });
  // A browser's BeforeUnloadEvent lets a page set returnValue (node's Event does not).
  Object.defineProperty(event, 'returnValue', { value: true, writable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
}

describe('holdingUnload(work)', () => {
  beforeEach(() => {
    (globalThis as { window?: unknown }).window = new EventTarget();
  });
  afterEach(() => {
    delete (globalThis as { window?: unknown }).window;
  });

  it('asks before the page is left while any work runs, and no longer once all have settled', async () => {
    let finishFirst!: () => void;
    let failSecond!: (error: Error) => void;
    const first = holdingUnload(() => new Promise<void>((done) => (finishFirst = done)));
    const second = holdingUnload(
      () => new Promise<void>((_, reject) => (failSecond = reject)),
    ).catch((error: Error) => error.message);
    expect(asks()).toBe(true);
    finishFirst();
    await first;
    expect(asks()).toBe(true);
    failSecond(new Error('full'));
    expect(await second).toBe('full');
    expect(asks()).toBe(false);
  });

  it('hands back what the work resolves to', async () => {
    expect(await holdingUnload(async () => 42)).toBe(42);
    expect(asks()).toBe(false);
  });
});
