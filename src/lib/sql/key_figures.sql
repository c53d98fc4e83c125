-- The documents' headline figures of some themes (parameter 1: themes, comma separated),
-- each with its qualifier ("at least", "nearly", ...) and period as stated.
SELECT
  figure_id,
  theme,
  label_en,
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
WHERE list_contains(string_split(?, ','), theme)
ORDER BY theme, figure_id
