-- Each Member State with the Register reporting share of its UN regional group, for every
-- report year with figures by group, to shade a world map (the page shows one year).
-- A State's group is its current one.
WITH rates AS (
  SELECT
    report_year,
    group_id,
    any_value(value) FILTER (WHERE measure = 'states_reporting')
      / any_value(value) FILTER (WHERE measure = 'group_members') AS reporting_rate,
    any_value(source_doc || ', ' || source_ref) FILTER (WHERE measure = 'states_reporting') AS source
  FROM register_reporting
  WHERE group_id <> 'ALL'
  GROUP BY report_year, group_id
  HAVING reporting_rate IS NOT NULL
)
SELECT
  r.report_year,
  c.iso3,
  c.m49,
  c.name_en,
  c.name_zh,
  c.name_fr,
  c.name_es,
  c.name_ru,
  c.name_ar,
  c.group_id,
  g.short_name_en AS group_short_name,
  g.name_zh AS group_short_name_zh,
  g.name_fr AS group_short_name_fr,
  g.name_es AS group_short_name_es,
  g.name_ru AS group_short_name_ru,
  g.name_ar AS group_short_name_ar,
  r.reporting_rate,
  c.map_shape_110m,
  r.source,
  NULL AS source_quote_zh
FROM countries AS c
JOIN regional_groups AS g USING (group_id)
JOIN rates AS r USING (group_id)
ORDER BY r.report_year, c.name_en
