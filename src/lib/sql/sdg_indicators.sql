-- SDG target 16.4 and its indicators: official wording, custodian agencies, tier and source.
SELECT
  i.code,
  i.level,
  i.text_en,
  i.custodians,
  i.tier,
  i.note,
  i.source_doc,
  i.source_ref,
  i.source_doc || ', ' || i.source_ref AS source,
  i.seed_quote_zh AS source_quote_zh
FROM sdg_indicators AS i
ORDER BY i.code
