-- Dated events of the small-arms process. Dates keep the precision the source gives:
-- a year (2006), a month (2012-08) or a day (2012-08-27). name_zh is the Chinese name as the
-- seed prints it; label_zh one written for this site where the seed prints none.
SELECT
  event_id,
  kind,
  name_en,
  name_zh,
  label_zh,
  start_date,
  end_date,
  place_en,
  meetings,
  source_doc,
  source_ref,
  source_doc || ', ' || source_ref AS source,
  source_quote_zh
FROM events
ORDER BY start_date, event_id
