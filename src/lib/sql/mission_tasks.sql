-- What each mission's mandate asks of it on arms, with the resolution and paragraph.
SELECT
  mission_id,
  aspect,
  resolution,
  resolution_para,
  detail_en,
  source_doc,
  source_ref,
  source_doc || ', ' || source_ref AS source,
  source_quote_zh
FROM mission_tasks
ORDER BY mission_id, aspect, resolution
