-- UN Security Council arms embargoes (public facts), newest first, with the missions in the
-- data hosted by the target while the embargo was in force: a mission's mandate period
-- (mandate_start to mandate_end, open while it has no end) overlaps the embargo's (start_date
-- to end_date, open while in force; a month alone is read as its first or last day).
SELECT
  e.embargo_id,
  e.target_en,
  -- The Chinese name where the target is the whole State, named as the country list names it.
  CASE WHEN e.target_en = c.name_en THEN c.name_zh END AS target_zh,
  CASE WHEN e.target_en = c.name_en THEN c.name_fr END AS target_fr,
  CASE WHEN e.target_en = c.name_en THEN c.name_es END AS target_es,
  CASE WHEN e.target_en = c.name_en THEN c.name_ru END AS target_ru,
  CASE WHEN e.target_en = c.name_en THEN c.name_ar END AS target_ar,
  e.target_iso3,
  c.m49 AS target_m49,
  e.scope,
  e.mandatory,
  e.established_by,
  e.start_date,
  e.end_date,
  e.status,
  e.uncertain,
  (
    SELECT string_agg(m.mission_id, ' ' ORDER BY m.mission_id)
    FROM missions AS m
    WHERE m.host_iso3 = e.target_iso3
      AND m.mandate_start <= CASE
        WHEN e.end_date IS NULL THEN DATE '9999-12-31'
        WHEN length(e.end_date) = 7 THEN last_day(CAST(e.end_date || '-01' AS DATE))
        ELSE CAST(e.end_date AS DATE)
      END
      AND coalesce(m.mandate_end, DATE '9999-12-31')
        >= CAST(e.start_date || CASE WHEN length(e.start_date) = 7 THEN '-01' ELSE '' END AS DATE)
  ) AS missions,
  e.note,
  e.source_doc,
  e.source_ref,
  e.source_doc || ', ' || e.source_ref AS source,
  NULL AS source_quote_zh
FROM embargoes AS e
LEFT JOIN countries AS c ON c.iso3 = e.target_iso3
ORDER BY e.start_date DESC
