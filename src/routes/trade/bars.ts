import { boundOf } from '$lib/charts/bar/bar';
import { qualifiedFigure } from '$lib/components/figures';
import type { Row } from '$lib/db/rows';
import { formatValue } from '$lib/i18n/format';
import { t } from '$lib/i18n/messages';
import type { Locale } from '$lib/paraglide/runtime.js';

/** A share as one bar on a 0-100% axis, its qualifier drawn. */
export function shareBar(row: Row, label: string) {
  return {
    key: String(row.figure_id),
    label,
    value: Number(row.value) / 100,
    valueLabel: qualifiedFigure(row),
    bound: boundOf(row.qualifier as string),
  };
}

/**
 * The rest of a whole beside a stated share (100% less it), drawn as derived. Its figures are
 * written as the stated one is ("38 في المائة" beside "62 في المائة" on an Arabic page, not "62%").
 */
export function restBar(share: number, locale: Locale) {
  const percent = (value: number) => formatValue(value, 'percent', locale);
  return {
    bar: {
      key: 'rest',
      label: t('trade.rest', { share: percent(share) }, locale),
      value: (100 - share) / 100,
      valueLabel: percent(100 - share),
      derived: true,
    },
    chartLabel: t(
      'trade.shareLabel',
      { share: percent(share), rest: percent(100 - share) },
      locale,
    ),
  };
}
