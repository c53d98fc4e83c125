-- The UN Security Council arms embargoes on a State or on actors in it (ISO3 code,
-- parameter 1), newest first, with their dates, status and source.
SELECT
  e.embargo_id,
  e.target_en,
  -- The State's name in each language where the target is the whole State, as the country
  -- list names it.
  CASE WHEN e.target_en = c.name_en THEN c.name_zh END AS target_zh,
  CASE WHEN e.target_en = c.name_en THEN c.name_fr END AS target_fr,
  CASE WHEN e.target_en = c.name_en THEN c.name_es END AS target_es,
  CASE WHEN e.target_en = c.name_en THEN c.name_ru END AS target_ru,
  CASE WHEN e.target_en = c.name_en THEN c.name_ar END AS target_ar,
  e.scope,
  e.mandatory,
  e.established_by,
  e.start_date,
  e.end_date,
  e.status,
  e.uncertain,
  e.note,
  e.source_doc,
  e.source_ref,
  e.source_doc || ', ' || e.source_ref AS source,
  NULL AS source_quote_zh
FROM embargoes AS e
LEFT JOIN countries AS c ON c.iso3 = e.target_iso3
WHERE e.target_iso3 = upper(?)
ORDER BY e.start_date DESC
