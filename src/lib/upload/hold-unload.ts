/**
 * Holds the page while storage writes what must not be lost: while any such work runs, leaving
 * or reloading the page asks first (the browser's own "Leave site?" prompt), so a reload right
 * after an upload is listed does not lose the table that is still being kept. The listener is
 * there only during the work: a page with one is kept out of the back/forward cache.
 */
let running = 0;

function ask(event: BeforeUnloadEvent): void {
  event.preventDefault();
  // Browsers before the standard's preventDefault() (Chromium before 119) ask only on this.
  event.returnValue = '';
}

/** Runs `work`, asking before the page is left until it has settled. */
export async function holdingUnload<T>(work: () => Promise<T>): Promise<T> {
  const page = typeof window === 'undefined' ? undefined : window;
  if (running++ === 0) page?.addEventListener('beforeunload', ask);
  try {
    return await work();
  } finally {
    if (--running === 0) page?.removeEventListener('beforeunload', ask);
  }
}
