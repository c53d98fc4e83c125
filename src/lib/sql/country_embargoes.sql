-- The UN Security Council arms embargoes on a State or on actors in it (ISO3 code,
-- parameter 1), newest first, with their dates, status and source.
SELECT
  e.embargo_id,
  e.target_en,
  -- The Chinese name where the target is the whole State, as the country list names it.
  CASE WHEN e.target_en = c.name_en THEN c.name_zh END AS target_zh,
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
