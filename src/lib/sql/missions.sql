-- Every UN field mission the documents name, with its host, its UN regional group, its
-- embargo-support mandate and monitoring arrangement, and the arms embargoes in force on
-- its host today (public facts, see embargoes.csv).
SELECT
  m.mission_id,
  m.name_en,
  m.name_zh,
  m.short_name_zh,
  m.host_iso3,
  coalesce(c.name_en, m.host_area_en) AS host_en,
  coalesce(c.name_zh, m.host_area_zh) AS host_zh,
  m.host_area_en,
  c.m49 AS host_m49,
  coalesce(c.group_id, 'none') AS host_group,
  g.short_name_en AS host_group_name,
  g.name_zh AS host_group_name_zh,
  m.kind,
  m.embargo_mandate,
  m.embargo_mandate_ended_year,
  m.embargo_mandate_ended_by,
  m.embargo_monitoring,
  m.wam_support,
  (SELECT count(*) FROM mission_tasks AS t WHERE t.mission_id = m.mission_id) AS tasks,
  (
    SELECT string_agg(DISTINCT t.resolution, ' ' ORDER BY t.resolution)
    FROM mission_tasks AS t
    WHERE t.mission_id = m.mission_id AND t.resolution IS NOT NULL
  ) AS resolutions,
  (
    SELECT string_agg(e.embargo_id, ' ' ORDER BY e.start_date)
    FROM embargoes AS e
    WHERE e.target_iso3 = m.host_iso3 AND e.status IN ('in_force', 'partly_lifted')
  ) AS host_embargoes_in_force,
  m.source_doc,
  m.source_ref,
  m.source_doc || ', ' || m.source_ref AS source,
  m.source_quote_zh
FROM missions AS m
LEFT JOIN countries AS c ON c.iso3 = m.host_iso3
LEFT JOIN regional_groups AS g ON g.group_id = c.group_id
ORDER BY m.embargo_mandate = 'current' DESC, m.embargo_mandate = 'ended' DESC, m.mission_id
