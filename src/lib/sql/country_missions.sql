-- The missions a State (ISO3 code, parameter 1) hosts, with their embargo-support mandate,
-- the arms embargo monitoring arrangement, mandate dates and source.
SELECT
  m.mission_id,
  m.name_en,
  m.name_zh,
  m.short_name_zh,
  m.kind,
  m.embargo_mandate,
  m.embargo_mandate_ended_year,
  m.embargo_monitoring,
  m.wam_support,
  CAST(m.mandate_start AS VARCHAR) AS mandate_start,
  CAST(m.mandate_end AS VARCHAR) AS mandate_end,
  m.source_doc,
  m.source_ref,
  m.source_doc || ', ' || m.source_ref AS source,
  m.source_quote_zh
FROM missions AS m
WHERE m.host_iso3 = upper(?)
ORDER BY m.mission_id
