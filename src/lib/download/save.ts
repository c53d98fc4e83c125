// Handing a file to the browser as a download. Browser-only.
//
// Chromium drops, silently, a download a page starts by clicking an `<a download>` when ten
// have started in the last second (blink's LocalFrame::ShouldThrottleDownload: a burst of at
// most 10, then none until a second has passed since the burst began). The page is not told,
// so a button pressed in such a burst would do nothing. Every download the page starts is
// therefore paced here: at most 10 within any second, the rest wait their turn.

/** Downloads a frame may start in one burst, and how long a burst lasts (blink's limits). */
const BURST = 10;
const WINDOW_MS = 1000;
/** Kept on top of the window, so that blink's clock, read a moment later, agrees. */
const MARGIN_MS = 100;

/** When each recent `<a download>` of this page was clicked (ours, and links on a page). */
const started: number[] = [];
let queue: Promise<void> = Promise.resolve();

const sleep = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

function forget(now: number): void {
  while (started.length > 0 && now - started[0] > WINDOW_MS + MARGIN_MS) started.shift();
}

/** How long a download started now would have to wait (0: it may start at once). */
export function downloadDelay(now = performance.now()): number {
  forget(now);
  if (started.length < BURST) return 0;
  return started[started.length - BURST] + WINDOW_MS + MARGIN_MS - now + 1;
}

/** Notes that a download started now (exported for tests). */
export function noteDownload(now = performance.now()): void {
  forget(now);
  started.push(now);
}

/** Forgets every download noted (for tests). */
export function resetDownloads(): void {
  started.length = 0;
  queue = Promise.resolve();
}

let watching = false;
/** Links with `download` that a reader clicks count too: they start downloads the same way. */
function watchLinks(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  document.addEventListener(
    'click',
    (event) => {
      const link = event.target instanceof Element ? event.target.closest('a[download]') : null;
      if (!link || event.defaultPrevented || link.hasAttribute('data-paced')) return;
      if (downloadDelay() === 0) {
        noteDownload();
        return;
      }
      // The browser would drop it: start it once the burst is over.
      event.preventDefault();
      void paced(() => (link as HTMLAnchorElement).click(), link);
    },
    true,
  );
}
watchLinks();

/** Runs `start` (which clicks one `<a download>`) as soon as the browser will take it. */
function paced(start: () => void, link?: Element, onWait?: () => void): Promise<void> {
  const turn = queue.then(async () => {
    let delay = downloadDelay();
    if (delay > 0) onWait?.();
    while (delay > 0) {
      await sleep(delay);
      delay = downloadDelay();
    }
    noteDownload();
    link?.setAttribute('data-paced', '');
    try {
      start();
    } finally {
      link?.removeAttribute('data-paced');
    }
  });
  queue = turn.catch(() => {});
  return turn;
}

/**
 * Hands `blob` to the browser as a download named `filename`. Resolves once the browser has
 * been given it; `onWait` is called first when it has to wait for its turn (see above).
 */
export function saveBlob(blob: Blob, filename: string, onWait?: () => void): Promise<void> {
  watchLinks();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  return paced(
    () => {
      document.body.append(link);
      link.click();
      link.remove();
      // The browser holds on to the blob once the download has started; the URL can go.
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    },
    link,
    onWait,
  );
}
