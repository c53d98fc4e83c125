import { t } from '$lib/i18n/messages';

/**
 * Thrown to everything that was waiting on DuckDB when its worker died. The database starts
 * again by itself; whoever catches this can say so and try again on the new one.
 */
export class DatabaseLost extends Error {
  constructor(readonly reason: string) {
    super(t('database.lost', { reason }));
    this.name = 'DatabaseLost';
  }
}
