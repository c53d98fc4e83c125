-- States reporting to the UN Register of Conventional Arms, year by year, with each count's
-- caveat: taken at a report's issue date, final, or "as of" a day (late reports may follow).
-- One row per published count; the year is the calendar year of the transfers reported.
SELECT
  point_id,
  data_year,
  report_year,
  value AS states_reporting,
  coalesce(qualifier, 'as_published') AS qualifier,
  as_of,
  note,
  source_doc,
  source_ref,
  source_doc || ', ' || source_ref AS source,
  source_quote_zh
FROM register_participation
WHERE measure = 'states_reporting' AND data_year IS NOT NULL
ORDER BY data_year, qualifier = 'final', value
