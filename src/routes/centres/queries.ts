import type { ViewQuery } from '$lib/db/result';
import activitiesSql from '$lib/sql/centre_activities.sql?raw';
import partnersSql from '$lib/sql/centre_partners.sql?raw';
import centresSql from '$lib/sql/regional_centres.sql?raw';

export const queries = {
  activities: { sql: activitiesSql },
  centres: { sql: centresSql },
  partners: { sql: partnersSql },
} satisfies Record<string, ViewQuery>;
