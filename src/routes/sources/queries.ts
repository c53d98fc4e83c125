import type { ViewQuery } from '$lib/db/result';
import citationsSql from '$lib/sql/citations.sql?raw';
import documentsSql from '$lib/sql/documents.sql?raw';
import embargoesSql from '$lib/sql/embargoes.sql?raw';
import recommendationsSql from '$lib/sql/recommendations.sql?raw';

export const queries = {
  documents: { sql: documentsSql },
  citations: { sql: citationsSql },
  recommendations: { sql: recommendationsSql },
  embargoes: { sql: embargoesSql },
} satisfies Record<string, ViewQuery>;
