-- Reporting to the UN Register of Conventional Arms by UN regional group, for one report year.
-- Parameter 1: the report year.
-- One row per regional group: States reporting, the group size the source used as its
-- denominator, the share reporting, and how many reports included small arms where a
-- document gives it (NULL where none does). Each figure's source comes with it.
WITH figures AS (
  SELECT
    group_id,
    any_value(value) FILTER (WHERE measure = 'states_reporting') AS states_reporting,
    any_value(value) FILTER (WHERE measure = 'group_members') AS group_members,
    any_value(source_doc || ', ' || source_ref) FILTER (WHERE measure = 'states_reporting') AS reporting_source,
    any_value(value) FILTER (WHERE measure = 'salw_states_reporting') AS salw_states_reporting,
    any_value(qualifier) FILTER (WHERE measure = 'salw_states_reporting') AS salw_qualifier,
    any_value(source_doc || ', ' || source_ref) FILTER (WHERE measure = 'salw_states_reporting') AS salw_source,
    any_value(source_quote_zh) FILTER (WHERE measure = 'salw_states_reporting') AS salw_quote_zh
  FROM register_reporting
  WHERE report_year = ? AND group_id <> 'ALL'
  GROUP BY group_id
)
SELECT
  g.group_id,
  g.name_en AS group_name,
  g.short_name_en AS group_short_name,
  g.name_zh AS group_name_zh,
  g.name_zh AS group_short_name_zh,
  f.states_reporting,
  f.group_members,
  f.states_reporting / f.group_members AS reporting_rate,
  f.reporting_source,
  f.salw_states_reporting,
  f.salw_qualifier,
  f.salw_source,
  f.salw_quote_zh
FROM figures AS f
JOIN regional_groups AS g USING (group_id)
WHERE f.states_reporting IS NOT NULL AND f.group_members > 0
ORDER BY reporting_rate DESC, group_name
