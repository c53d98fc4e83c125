-- The UN Security Council arms embargoes on a State or on actors in it (ISO3 code,
-- parameter 1), newest first, with their dates, status and source.
SELECT
  e.embargo_id,
  e.target_en,
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
WHERE e.target_iso3 = upper(?)
ORDER BY e.start_date DESC
