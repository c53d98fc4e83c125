import { langAttr, type Run } from '$lib/components/lang';
import { listSeparator } from '$lib/i18n/format';
import { t } from '$lib/i18n/messages';
import type { Locale } from '$lib/paraglide/runtime.js';

/** An indicator by its number: "Indicator 16.4.2", in Chinese 指标16.4.2 (no space). */
export function indicatorName(code: string, locale: Locale): string {
  return t('indicator.named', { code }, locale);
}

/** A target by its number: "Target 16.4", in Chinese 具体目标16.4. */
export function targetName(code: string, locale: Locale): string {
  return t('indicator.targetNamed', { code }, locale);
}

/**
 * The custodian agencies, as the metadata lists them ("UNODC; UNCTAD"), as a list in the
 * page's language: "UNODC, UNCTAD", "UNODC、UNCTAD", "UNODC، UNCTAD"; each acronym is English,
 * marked so on a page in another language.
 */
export function custodianRuns(custodians: string, locale: Locale): Run[] {
  const lang = langAttr('en', locale);
  return custodians
    .split(';')
    .map((agency) => agency.trim())
    .filter((agency) => agency !== '')
    .flatMap((agency, index) => [
      ...(index > 0 ? [{ text: listSeparator(locale) }] : []),
      lang ? { text: agency, lang } : { text: agency },
    ]);
}

/** The tiers' Roman numerals as Chinese numerals. */
const CHINESE_TIERS: Record<string, string> = { I: '一', II: '二', III: '三' };

/**
 * An indicator's tier (I, II, III) as the page's language writes it after its word for tier
 * ("Tier", "Catégorie", "Nivel", "Уровень", "الفئة": the Roman numeral, as their UN documents
 * do); in Chinese 二级, the numeral in Chinese with 级.
 */
export function tierName(tier: string, locale: Locale): string {
  if (locale !== 'zh' || !(tier in CHINESE_TIERS)) return tier;
  return `${CHINESE_TIERS[tier]}级`;
}
