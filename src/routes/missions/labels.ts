import type { Row } from '$lib/db/rows';
import { codeText, type DataText } from '$lib/i18n/data-text';
import { t, type MessageKey } from '$lib/i18n/messages';
import { localCell, localName, translatedCell } from '$lib/i18n/names';
import { localPlace, placePunctuation } from '$lib/i18n/places';
import { resolutionInSentence, resolutionName, resolutionParagraph } from '$lib/i18n/resolutions';
import { getLocale, type Locale } from '$lib/paraglide/runtime.js';
import type { FacetKey } from './facets';

/** A mission's full name in the page's language, where the data or translations.csv has it. */
const fullName = translatedCell('missions', 'name');

/**
 * A mission's name in the page's language, with its `lang` where it is not the page's: the
 * data's English and Chinese, the official French, Spanish, Russian and Arabic names of
 * data/translations.csv (`code/missions.name_en/…`); where the language has no full name, its
 * short name (`short_name_zh`: UNISFA is 联阿安全部队, the only name the seed prints); else the
 * English. Every place that names a mission (heading, page title, sources, country pages) asks
 * here.
 */
export function missionName(row: Row, locale: string): { text: string; lang?: string } {
  const name = fullName(row, locale);
  const short = row[`short_name_${locale}`];
  if (name.lang === 'en' && typeof short === 'string' && short.trim() !== '')
    return { text: short };
  return name;
}

/**
 * A mission's acronym as UN texts in the page's language write it (FINUL, ВСООНЛ), from
 * data/translations.csv (`code/missions.mission_id/…`); else the data's, the English, marked
 * as such. Every place that shows a reader the acronym asks here; URLs (`?mission=UNIFIL`),
 * keys, downloads' raw columns and queries keep the data's id.
 */
export function missionAcronym(row: Row, locale: string): DataText {
  return codeText('missions.mission_id', row.mission_id, locale);
}

/**
 * A mission's Chinese name as a page in another language gives it beside its own: the full
 * name with the short one in brackets (联合国马里多层面综合稳定团, 联合国组织刚果民主共和国稳定特派团
 * （联刚稳定团）), or the short one alone where the data has no full name (联阿安全部队).
 */
export function chineseName(row: Row): string {
  const [full, short] = [row.name_zh, row.short_name_zh].map((value) =>
    typeof value === 'string' ? value.trim() : '',
  );
  if (!full) return short;
  return short ? `${full}（${short}）` : full;
}

/** The names of the hosts' UN regional groups in the page's language, by group id. */
export function groupNamesOf(rows: Row[]): Map<string, string | null> {
  return new Map(
    rows.map((row) => [String(row.host_group), localName(row, 'host_group_name') || null]),
  );
}

/**
 * The `lang` of a facet value's label where it is not the page's: a host or regional group
 * named in English for want of a name in the page's language.
 */
export function valueLangsOf(rows: Row[], locale: Locale = getLocale()): Map<string, string> {
  const langs = new Map<string, string>();
  for (const row of rows) {
    const group = localCell('host_group_name')(row, locale).lang;
    if (group && row.host_group !== 'none') langs.set(`region:${row.host_group}`, group);
    const host = localCell('host')(row, locale).lang;
    if (host && row.host_iso3) langs.set(`host:${row.host_iso3}`, host);
  }
  return langs;
}

/** The hosts' names in the page's language, by ISO3 code. */
export function hostNamesOf(rows: Row[]): Map<string, string> {
  return new Map(
    rows
      .filter((row) => row.host_iso3)
      .map((row) => [String(row.host_iso3), localName(row, 'host')]),
  );
}

/** What a facet value reads as on the page ("Current", "Africa", "No regional group", "Mali"). */
export function valueLabel(
  facet: FacetKey,
  value: string,
  groupNames: Map<string, string | null>,
  hostNames: Map<string, string> = new Map(),
): string {
  if (facet === 'host') {
    return value === 'none' ? t('missions.region.none') : (hostNames.get(value) ?? value);
  }
  if (facet === 'region') {
    return value === 'none' ? t('missions.region.none') : (groupNames.get(value) ?? value);
  }
  const prefix = { mandate: 'mandate', kind: 'kind', wam: 'wam' }[facet];
  return t(`missions.${prefix}.${value}` as MessageKey);
}

/** How a mission's embargo monitoring is arranged, in words. */
export const monitoringLabel = (row: Row) =>
  t(`missions.monitoring.${row.embargo_monitoring}` as MessageKey);

/**
 * A mission's embargo-support mandate, in words: "Ended in 2016 by resolution 2283 (2016)",
 * "2016年根据安全理事会第2283(2016)号决议终止".
 */
export const mandateLabel = (row: Row, locale: Locale = getLocale()) =>
  row.embargo_mandate === 'ended'
    ? t(
        'missions.ended',
        {
          year: String(row.embargo_mandate_ended_year),
          resolution: resolutionInSentence(String(row.embargo_mandate_ended_by), locale),
        },
        locale,
      )
    : t(`missions.mandate.${row.embargo_mandate}` as MessageKey, {}, locale);

/**
 * The resolution and paragraph of a task in the page's language: "S/RES/2301 (2016), para. 34
 * (c) (v)", "第2301(2016)号决议，第34(c)(五)段" as S/2017/1025 cites it. The data's place
 * already says "para.".
 */
export function resolutionLabel(row: Row, locale: Locale = getLocale()): string {
  if (!row.resolution) return '';
  const resolution = resolutionName(String(row.resolution), locale);
  if (!row.resolution_para) return resolution;
  const para = String(row.resolution_para);
  // Chinese cites a sub-paragraph as S/2017/1025 does (第34(c)(五)段); the other languages write
  // the place as every other place is written (п. 34 c) v), párr. 34 c) v), الفقرة 34 (ج) '5').
  const place =
    (locale === 'zh' ? resolutionParagraph(para, locale) : null) ?? localPlace(para, locale);
  return `${resolution}${placePunctuation(locale).comma}${place}`;
}
