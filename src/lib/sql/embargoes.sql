-- UN Security Council arms embargoes (public facts), newest first, with whether a mission
-- in the data is hosted by the target.
SELECT
  e.embargo_id,
  e.target_en,
  -- The Chinese name where the target is the whole State, named as the country list names it.
  CASE WHEN e.target_en = c.name_en THEN c.name_zh END AS target_zh,
  e.target_iso3,
  c.m49 AS target_m49,
  e.scope,
  e.mandatory,
  e.established_by,
  e.start_date,
  e.end_date,
  e.status,
  e.uncertain,
  (SELECT string_agg(m.mission_id, ' ' ORDER BY m.mission_id) FROM missions AS m WHERE m.host_iso3 = e.target_iso3) AS missions,
  e.note,
  e.source_doc,
  e.source_ref,
  e.source_doc || ', ' || e.source_ref AS source,
  NULL AS source_quote_zh
FROM embargoes AS e
LEFT JOIN countries AS c ON c.iso3 = e.target_iso3
ORDER BY e.start_date DESC
