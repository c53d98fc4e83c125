import type { Column } from '$lib/components/DataTable.svelte';
import type { Row } from '$lib/db/rows';
import { codeLabel } from '$lib/i18n/format';
import { t } from '$lib/i18n/messages';
import { localCell, translatedCell } from '$lib/i18n/names';
import { viewState } from '$lib/state/view.svelte';
import {
  mandateLabel,
  missionAcronym,
  monitoringLabel,
  resolutionLabel,
  valueLabel,
} from './labels';

/** The missions table: a link per mission (selecting it), and columns kept for downloads. */
export function missionColumns(
  selectedId: string | null,
  groupNames: Map<string, string | null>,
): Column<Row>[] {
  return [
    {
      key: 'mission_id',
      label: t('missions.col.mission'),
      cell: missionAcronym,
      href: (row) => viewState.href({ mission: String(row.mission_id) }),
      current: (row) => row.mission_id === selectedId,
    },
    { key: 'host_en', label: t('missions.col.host'), cell: localCell('host') },
    {
      key: 'kind',
      label: t('missions.col.kind'),
      format: (row) => valueLabel('kind', String(row.kind), groupNames),
    },
    { key: 'embargo_mandate', label: t('missions.col.mandate'), format: mandateLabel },
    { key: 'embargo_monitoring', label: t('missions.col.monitoring'), format: monitoringLabel },
    {
      key: 'wam_support',
      label: t('missions.col.wam'),
      format: (row) => valueLabel('wam', String(row.wam_support), groupNames),
    },
    { key: 'host_embargoes_in_force', label: t('missions.col.embargoes'), downloadOnly: true },
    { key: 'name_en', label: t('missions.col.name'), downloadOnly: true },
    { key: 'name_zh', label: t('missions.col.nameZh'), downloadOnly: true },
    { key: 'host_iso3', label: t('missions.col.iso3'), downloadOnly: true },
  ];
}

/** The table of what a mission's mandate asks of it, in the detail panel. */
/** A task's detail in the page's language where the data has it, else in English, marked so. */
export const taskDetail = translatedCell('mission_tasks', 'detail');

export function taskColumns(): Column<Row>[] {
  return [
    {
      key: 'aspect',
      label: t('missions.col.aspect'),
      format: (row) => codeLabel('aspect', row.aspect),
    },
    { key: 'resolution', label: t('missions.col.resolution'), format: resolutionLabel },
    // What the report says: in the page's language where data/translations.csv has it
    // (code/mission_tasks.detail_en/…), else in English, marked as English. A detail may keep
    // the seed's Chinese word ("demilitarized" (非军事化)), marked as Chinese.
    {
      key: 'detail_en',
      label: t('missions.col.detail'),
      cell: taskDetail,
      quotesSources: true,
    },
  ];
}
