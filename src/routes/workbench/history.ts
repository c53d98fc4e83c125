/** The queries a user ran, newest first, kept in this browser (localStorage). */
const key = 'sdg164.workbench.history';
const limit = 30;

export type HistoryEntry = { sql: string; at: string };

export function readHistory(storage: Storage | undefined): HistoryEntry[] {
  try {
    const entries = JSON.parse(storage?.getItem(key) ?? '[]') as HistoryEntry[];
    return Array.isArray(entries) ? entries.filter((entry) => typeof entry.sql === 'string') : [];
  } catch {
    return [];
  }
}

/** Adds a query at the top; running it again moves it up rather than repeating it. */
export function addToHistory(entries: HistoryEntry[], sql: string, at: Date): HistoryEntry[] {
  const text = sql.trim();
  return [
    { sql: text, at: at.toISOString() },
    ...entries.filter((entry) => entry.sql !== text),
  ].slice(0, limit);
}

export function writeHistory(storage: Storage | undefined, entries: HistoryEntry[]): void {
  try {
    storage?.setItem(key, JSON.stringify(entries));
  } catch {
    // Full or unavailable storage: history lasts for this visit only.
  }
}
