import type { Row } from '$lib/db/rows';
import { formatPeriod, formatQualified } from '$lib/i18n/format';
import { t } from '$lib/i18n/messages';
import { localName } from '$lib/i18n/names';
import type { Column } from './DataTable.svelte';

/** A `key_figures` row's value as the document qualifies it: "at least US$6 billion". */
export function qualifiedFigure(row: Row): string {
  return formatQualified(Number(row.value), row.unit as string, row.qualifier as string);
}

/** A `key_figures` row's period: "2010–2015", "since 2004". */
export function figurePeriod(row: Row): string {
  return formatPeriod(row.period_start as string | null, row.period_end as string | null);
}

/** The table (and download) columns of `key_figures` rows, as every page shows them. */
export function figureColumns(): Column<Row>[] {
  return [
    { key: 'label_en', label: t('figures.col.label'), format: (row) => localName(row, 'label') },
    { key: 'value', label: t('figures.col.value'), numeric: true, format: qualifiedFigure },
    { key: 'qualifier', label: t('figures.col.qualifier') },
    { key: 'unit', label: t('figures.col.unit') },
    { key: 'period_start', label: t('figures.col.period'), format: figurePeriod },
    { key: 'period_end', label: t('figures.col.periodEnd'), downloadOnly: true },
    { key: 'derived_from', label: t('figures.col.derivedFrom') },
    { key: 'source', label: t('figures.col.source') },
  ];
}
