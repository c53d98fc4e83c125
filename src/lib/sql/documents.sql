-- Every document in the data: the five seeds, the documents they cite, and the public
-- sources; with how often each cites and is cited.
SELECT
  d.doc_id,
  d.symbol,
  d.symbol_status,
  d.role,
  d.kind,
  d.body,
  d.date,
  d.title_en,
  d.title_en_is_translation,
  d.title_zh,
  d.seed_file,
  (SELECT count(*) FROM citations AS c WHERE c.cited_doc = d.doc_id) AS cited_by,
  (SELECT count(*) FROM citations AS c WHERE c.source_doc = d.doc_id) AS cites,
  -- A document's own row names where its details come from; a cited document without one
  -- is sourced by the first place that cites it, a public source by itself.
  coalesce(d.source_doc, first.source_doc) AS source_doc,
  coalesce(d.source_ref, first.source_ref) AS source_ref,
  coalesce(d.source_doc || ', ' || d.source_ref, first.source_doc || ', ' || first.source_ref, d.public_source, d.doc_id) AS source,
  coalesce(d.source_quote_zh, first.source_quote_zh) AS source_quote_zh
FROM documents AS d
LEFT JOIN (
  SELECT cited_doc, arg_min(source_doc, source_doc || source_ref) AS source_doc,
    arg_min(source_ref, source_doc || source_ref) AS source_ref,
    arg_min(source_quote_zh, source_doc || source_ref) AS source_quote_zh
  FROM citations
  GROUP BY cited_doc
) AS first ON first.cited_doc = d.doc_id
ORDER BY d.role = 'seed' DESC, d.date NULLS LAST, d.doc_id
