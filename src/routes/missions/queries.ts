import type { ViewQuery } from '$lib/db/result';
import embargoesSql from '$lib/sql/embargoes.sql?raw';
import tasksSql from '$lib/sql/mission_tasks.sql?raw';
import missionsSql from '$lib/sql/missions.sql?raw';

export const queries = {
  missions: { sql: missionsSql },
  tasks: { sql: tasksSql },
  embargoes: { sql: embargoesSql },
} satisfies Record<string, ViewQuery>;
