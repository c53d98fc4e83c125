import { formatDate } from '$lib/i18n/format';
import { t } from '$lib/i18n/messages';
import type { Locale } from '$lib/paraglide/runtime.js';

/**
 * What a country page says in its missions' "Ended" column: the day the mission ended (its
 * `mandate_end` in data/missions.csv), "Ongoing" when the data gives no end, and "Ongoing (to
 * end …)" when the end is still to come on `today` ("2026-12-04", the reader's day).
 */
export function missionEnd(end: unknown, today: string, locale: Locale): string {
  const day = end ? String(end).slice(0, 10) : '';
  if (!day) return t('country.mission.ongoing', {}, locale);
  const date = formatDate(day, locale);
  return day > today ? t('country.mission.endsOn', { date }, locale) : date;
}
