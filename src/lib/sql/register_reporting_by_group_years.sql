-- Reporting to the UN Register of Conventional Arms by UN regional group, for every report
-- year a source gives figures by group for. One row per year and group: States reporting, the
-- group size the source used as its denominator, the share reporting, and how many reports
-- included small arms where a document gives it (NULL where none does), each figure with its
-- source and caveat. The page picks one year for the chart and map and draws the rates over
-- the years; the table shows every row.
WITH figures AS (
  SELECT
    report_year,
    group_id,
    any_value(value) FILTER (WHERE measure = 'states_reporting') AS states_reporting,
    any_value(value) FILTER (WHERE measure = 'group_members') AS group_members,
    any_value(source_doc || ', ' || source_ref) FILTER (WHERE measure = 'states_reporting') AS reporting_source,
    any_value(note) FILTER (WHERE measure = 'states_reporting') AS reporting_note,
    any_value(value) FILTER (WHERE measure = 'salw_states_reporting') AS salw_states_reporting,
    any_value(qualifier) FILTER (WHERE measure = 'salw_states_reporting') AS salw_qualifier,
    any_value(source_doc || ', ' || source_ref) FILTER (WHERE measure = 'salw_states_reporting') AS salw_source,
    any_value(source_quote_zh) FILTER (WHERE measure = 'salw_states_reporting') AS salw_quote_zh
  FROM register_reporting
  WHERE group_id <> 'ALL'
  GROUP BY report_year, group_id
)
SELECT
  f.report_year,
  g.group_id,
  g.name_en AS group_name,
  g.short_name_en AS group_short_name,
  g.name_zh AS group_name_zh,
  g.name_fr AS group_name_fr,
  g.name_es AS group_name_es,
  g.name_ru AS group_name_ru,
  g.name_ar AS group_name_ar,
  g.name_zh AS group_short_name_zh,
  g.name_fr AS group_short_name_fr,
  g.name_es AS group_short_name_es,
  g.name_ru AS group_short_name_ru,
  g.name_ar AS group_short_name_ar,
  f.states_reporting,
  f.group_members,
  f.states_reporting / f.group_members AS reporting_rate,
  f.reporting_source,
  f.reporting_note,
  f.salw_states_reporting,
  f.salw_qualifier,
  f.salw_source,
  f.salw_quote_zh
FROM figures AS f
JOIN regional_groups AS g USING (group_id)
WHERE f.states_reporting IS NOT NULL AND f.group_members > 0
ORDER BY f.report_year DESC, reporting_rate DESC, group_name
