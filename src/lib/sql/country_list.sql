-- The 193 Member States with their UN regional group and how many rows each built-in table
-- holds about them: missions hosted, arms embargoes on the State or on actors in it,
-- document paragraphs naming it, and published SDG 16.4.2 values. In English name order.
SELECT
  c.iso3,
  lower(c.iso3) AS slug,
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
  (SELECT count(*) FROM missions AS m WHERE m.host_iso3 = c.iso3) AS missions,
  (SELECT count(*) FROM embargoes AS e WHERE e.target_iso3 = c.iso3) AS embargoes,
  (SELECT count(*) FROM country_mentions AS x WHERE x.iso3 = c.iso3) AS mentions,
  (SELECT count(*) FROM sdg_16_4_2_values AS v WHERE v.iso3 = c.iso3) AS sdg_values,
  -- Where the list and its names come from: the M49 standard (the counts are the tables').
  c.name_en_source AS source_doc,
  'Country or Area' AS source_ref,
  c.name_en_source || ', Country or Area' AS source
FROM countries AS c
LEFT JOIN regional_groups AS g ON g.group_id = c.group_id
ORDER BY c.name_en
