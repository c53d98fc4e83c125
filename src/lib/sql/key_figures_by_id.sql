-- Chosen headline figures (parameter 1: figure ids, comma separated), in the order given,
-- each with its qualifier and period as the document states them.
SELECT
  figure_id,
  theme,
  label_en,
  label_zh,
  value,
  unit,
  qualifier,
  period_start,
  period_end,
  derived_from,
  note,
  source_doc,
  source_ref,
  source_doc || ', ' || source_ref AS source,
  source_quote_zh
FROM key_figures
WHERE list_contains(string_split(?, ','), figure_id)
ORDER BY list_position(string_split(?, ','), figure_id)
