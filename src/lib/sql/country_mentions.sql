-- The paragraphs of the source documents that name a State (ISO3 code, parameter 1), with
-- the passage, in document and paragraph order.
SELECT
  x.iso3,
  x.place_zh,
  x.reason,
  x.reason_en,
  x.source_doc,
  x.source_ref,
  x.source_doc || ', ' || x.source_ref AS source,
  x.source_quote_zh
FROM country_mentions AS x
WHERE x.iso3 = upper(?)
ORDER BY x.source_doc, x.source_ref
