-- The organisations each regional centre worked with, as the report names them.
SELECT
  centre_id,
  acronym,
  organisation_en,
  organisation_zh,
  source_doc,
  source_ref,
  source_doc || ', ' || source_ref AS source,
  NULL AS source_quote_zh
FROM regional_centre_partners
ORDER BY centre_id, acronym
