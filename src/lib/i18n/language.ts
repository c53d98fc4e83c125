import type { Locale } from '$lib/paraglide/runtime.js';
import { loadDataTexts } from './data-text';
import { loadMessages } from './messages';

/**
 * Loads what a page in `locale` says: its messages and its data texts, each language a module
 * of its own. The client loads the page's language before it hydrates (hooks.client.ts), and
 * the language of any page it moves to before that page renders (routes/+layout.ts); the
 * server has every language from the start.
 */
export async function loadLanguage(locale: Locale): Promise<void> {
  await Promise.all([loadMessages(locale), loadDataTexts(locale)]);
}
