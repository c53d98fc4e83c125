-- Which document cites which, and where.
SELECT
  source_doc AS citing_doc,
  cited_doc,
  cited_ref,
  source_doc,
  source_ref,
  source_doc || ', ' || source_ref AS source,
  source_quote_zh
FROM citations
ORDER BY citing_doc, cited_doc, source_ref
