-- The regional centres' activities, 2011-2012 and public complements, with the country
-- each one concerned where the source names one.
SELECT
  a.activity_id,
  a.centre_id,
  a.measure,
  a.label_en,
  a.value,
  a.unit,
  a.qualifier,
  a.period_start,
  a.period_end,
  a.country_iso3,
  c.m49 AS country_m49,
  c.name_en AS country_en,
  c.name_zh AS country_zh,
  c.name_fr AS country_fr,
  c.name_es AS country_es,
  c.name_ru AS country_ru,
  c.name_ar AS country_ar,
  a.note,
  a.source_doc,
  a.source_ref,
  a.source_doc || ', ' || a.source_ref AS source,
  a.source_quote_zh
FROM regional_centre_activities AS a
LEFT JOIN countries AS c ON c.iso3 = a.country_iso3
ORDER BY a.centre_id, a.unit, a.value DESC NULLS LAST, a.activity_id
