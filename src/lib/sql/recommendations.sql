-- The recommendations of the earlier small-arms reports that Annex I of S/2017/1025 reviews.
SELECT
  report_doc,
  rec_number,
  table_row,
  theme_en,
  theme_zh,
  addressees_en,
  addressees_zh,
  actions_en,
  actions_zh,
  source_doc,
  source_ref,
  source_doc || ', ' || source_ref AS source,
  source_quote_zh
FROM recommendations
ORDER BY table_row, rec_number
