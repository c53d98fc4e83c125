-- One Member State by its ISO3 code (parameter 1), with its UN regional group and the
-- source of its names.
SELECT
  c.iso3,
  c.m49,
  c.name_en,
  c.name_zh,
  c.name_fr,
  c.name_es,
  c.name_ru,
  c.name_ar,
  c.group_id,
  g.short_name_en AS group_name_en,
  g.name_zh AS group_name_zh,
  g.name_fr AS group_name_fr,
  g.name_es AS group_name_es,
  g.name_ru AS group_name_ru,
  g.name_ar AS group_name_ar,
  c.name_en_source || ', ' || c.name_en_ref AS source,
  c.name_en_source AS source_doc,
  c.name_en_ref AS source_ref,
  NULL AS source_quote_zh
FROM countries AS c
LEFT JOIN regional_groups AS g ON g.group_id = c.group_id
WHERE c.iso3 = upper(?)
