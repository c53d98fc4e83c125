-- Published SDG 16.4.2 values (share of seized, found or surrendered arms whose illicit
-- origin was traced), with the country's names; parameter 1 is an ISO3 code, or empty for
-- every country. By country, then year.
SELECT
  v.iso3,
  c.name_en,
  c.name_zh,
  c.name_fr,
  c.name_es,
  c.name_ru,
  c.name_ar,
  v.year,
  v.series_code,
  v.value_pct,
  v.note,
  v.source_doc,
  v.source_ref,
  v.source_doc || ', ' || v.source_ref AS source,
  NULL AS source_quote_zh
FROM sdg_16_4_2_values AS v
LEFT JOIN countries AS c ON c.iso3 = v.iso3
WHERE nullif(?, '') IS NULL OR v.iso3 = upper(?)
ORDER BY c.name_en, v.year
