-- Every UN field mission the documents name, with its host, its UN regional group, its
-- embargo-support mandate and monitoring arrangement, and the arms embargoes in force on
-- its host today (public facts, see embargoes.csv); the missions page's filters, each bound
-- as a parameter that is empty for "any":
--   1. embargo-support mandates, comma separated (current, ended, none)
--   2. kinds of mission, comma separated
--   3. weapons and ammunition management support, comma separated (true, false)
--   4. the host's UN regional group ids, comma separated ('none' for a host in no group)
--   5. host States' ISO3 codes, comma separated ('none' for a mission with no single host State)
--   6. text to find, in any case, in a mission's id, names, host or resolutions, each text folded
--      as searchKey (src/lib/i18n/intl.ts) folds it: no accents or other marks, one apostrophe,
--      Arabic ى as ي, ة as ه and no tatweel (cote d'ivoire finds Côte d’Ivoire)
--   7. the page's language: the text is also found in the acronym and name data/translations.csv
--      gives the mission in it (FINUL, Force intérimaire des Nations Unies au Liban in French)
WITH chosen AS (
  SELECT
    string_split(nullif(?, ''), ',') AS mandates,
    string_split(nullif(?, ''), ',') AS kinds,
    string_split(nullif(?, ''), ',') AS wam,
    string_split(nullif(?, ''), ',') AS host_groups,
    string_split(nullif(?, ''), ',') AS hosts,
    trim(translate(regexp_replace(strip_accents(lower(?)), '[‘’ʼ`´]', '''', 'g'), 'ىةـ', 'يه')) AS needle,
    ? AS lang
),
listed AS (
  SELECT
    m.mission_id,
    m.name_en,
    m.name_zh,
    m.short_name_zh,
    m.host_iso3,
    coalesce(c.name_en, m.host_area_en) AS host_en,
    coalesce(c.name_zh, m.host_area_zh) AS host_zh,
    coalesce(c.name_fr, area.fr) AS host_fr,
    coalesce(c.name_es, area.es) AS host_es,
    coalesce(c.name_ru, area.ru) AS host_ru,
    coalesce(c.name_ar, area.ar) AS host_ar,
    m.host_area_en,
    c.m49 AS host_m49,
    coalesce(c.group_id, 'none') AS host_group,
    g.short_name_en AS host_group_name,
    g.name_zh AS host_group_name_zh,
    g.name_fr AS host_group_name_fr,
    g.name_es AS host_group_name_es,
    g.name_ru AS host_group_name_ru,
    g.name_ar AS host_group_name_ar,
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
  -- An area that is no Member State (Abyei) in the other languages: data/translations.csv.
  LEFT JOIN (
    SELECT
      key,
      max(text) FILTER (WHERE lang = 'fr') AS fr,
      max(text) FILTER (WHERE lang = 'es') AS es,
      max(text) FILTER (WHERE lang = 'ru') AS ru,
      max(text) FILTER (WHERE lang = 'ar') AS ar
    FROM translations
    WHERE key LIKE 'code/missions.host_area_en/%'
    GROUP BY key
  ) AS area ON area.key = 'code/missions.host_area_en/' || m.host_area_en
  LEFT JOIN countries AS c ON c.iso3 = m.host_iso3
  LEFT JOIN regional_groups AS g ON g.group_id = c.group_id
)
SELECT listed.*
FROM listed, chosen
WHERE (chosen.mandates IS NULL OR list_contains(chosen.mandates, listed.embargo_mandate))
  AND (chosen.kinds IS NULL OR list_contains(chosen.kinds, listed.kind))
  AND (chosen.wam IS NULL OR list_contains(chosen.wam, CAST(listed.wam_support AS VARCHAR)))
  AND (chosen.host_groups IS NULL OR list_contains(chosen.host_groups, listed.host_group))
  AND (chosen.hosts IS NULL OR list_contains(chosen.hosts, coalesce(listed.host_iso3, 'none')))
  AND (
    chosen.needle = ''
    OR EXISTS (
      SELECT 1
      FROM unnest([
        listed.mission_id, listed.name_en, listed.name_zh, listed.short_name_zh,
        listed.host_en, listed.host_zh, listed.host_fr, listed.host_es, listed.host_ru, listed.host_ar,
        listed.host_iso3, listed.embargo_mandate_ended_by,
        listed.resolutions
      ]) AS searched(text)
      WHERE contains(translate(regexp_replace(strip_accents(lower(searched.text)), '[‘’ʼ`´]', '''', 'g'), 'ىةـ', 'يه'), chosen.needle)
    )
    OR EXISTS (
      SELECT 1
      FROM translations AS tr
      WHERE tr.lang = chosen.lang
        AND tr.key IN (
          'code/missions.mission_id/' || listed.mission_id,
          'code/missions.name_en/' || listed.name_en
        )
        AND contains(translate(regexp_replace(strip_accents(lower(tr.text)), '[‘’ʼ`´]', '''', 'g'), 'ىةـ', 'يه'), chosen.needle)
    )
  )
ORDER BY
  listed.embargo_mandate = 'current' DESC,
  listed.embargo_mandate = 'ended' DESC,
  listed.mission_id
