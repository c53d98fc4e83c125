-- The three UN regional centres for peace and disarmament, their seats, and how many
-- activities and partner organisations the documents list for each.
SELECT
  r.centre_id,
  r.name_en,
  r.name_zh,
  r.seat_city_en,
  r.seat_city_zh,
  r.seat_iso3,
  c.m49 AS seat_m49,
  c.name_en AS seat_country_en,
  c.name_zh AS seat_country_zh,
  c.name_fr AS seat_country_fr,
  c.name_es AS seat_country_es,
  c.name_ru AS seat_country_ru,
  c.name_ar AS seat_country_ar,
  r.region_en,
  r.region_zh,
  (SELECT count(*) FROM regional_centre_activities AS a WHERE a.centre_id = r.centre_id) AS activities,
  (SELECT count(*) FROM regional_centre_partners AS p WHERE p.centre_id = r.centre_id) AS partners,
  r.source_doc,
  r.source_ref,
  r.source_doc || ', ' || r.source_ref AS source,
  NULL AS source_quote_zh
FROM regional_centres AS r
LEFT JOIN countries AS c ON c.iso3 = r.seat_iso3
ORDER BY r.centre_id
