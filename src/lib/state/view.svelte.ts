import { goto } from '$app/navigation';
import { page } from '$app/state';
import { withParams, type ParamUpdate } from './params';

/**
 * The view state (tabs, filters, selection) lives in the URL, so a link reproduces a view and
 * back/forward step through views. Pages are prerendered without a query string, so the URL
 * is read only once the page is hydrated: the first client render matches the HTML.
 */
class ViewState {
  hydrated = $state(false);

  /** The current query string, or an empty one before hydration. */
  get params(): URLSearchParams {
    return this.hydrated ? page.url.searchParams : new URLSearchParams();
  }

  /** One value of `key`, or `fallback`. */
  get(key: string, fallback = ''): string {
    return this.params.get(key) ?? fallback;
  }

  /** A link to this page with `updates` applied: the query string alone, or `?` for none. */
  href(updates: ParamUpdate): string {
    const base = this.hydrated ? page.url : new URL('http://prerender.invalid/');
    return withParams(base, updates).search || '?';
  }

  /**
   * Applies `updates` to the URL. Each change is a history entry unless `replace` is set
   * (typing in a search box should not leave one entry per keystroke).
   */
  set(updates: ParamUpdate, { replace = false } = {}): Promise<void> {
    const next = withParams(page.url, updates);
    if (next.href === page.url.href) return Promise.resolve();
    // eslint-disable-next-line svelte/no-navigation-without-resolve -- the current page, new query string
    return goto(next, { replaceState: replace, keepFocus: true, noScroll: true });
  }
}

export const viewState = new ViewState();
