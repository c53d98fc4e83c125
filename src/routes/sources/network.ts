import type { NetworkLink, NetworkNode } from '$lib/charts/network/network';
import type { Row } from '$lib/db/rows';

/** Colour groups of document kinds: few enough to tell apart at a glance. */
export const KIND_GROUPS = {
  resolution: [
    'security_council_resolution',
    'general_assembly_resolution',
    'general_assembly_decision',
    'au_decision',
  ],
  report: ['secretary_general_report', 'report', 'panel_report', 'conference_document'],
  statement: ['presidential_statement', 'security_council_document', 'agenda', 'other_un_document'],
} as const;

export type KindGroup = keyof typeof KIND_GROUPS | 'other';

export const GROUP_COLORS: Record<KindGroup, string> = {
  resolution: '#1d4e89',
  report: '#c2410c',
  statement: '#4d9078',
  other: '#8a94a3',
};

export function kindGroup(kind: string): KindGroup {
  for (const group of Object.keys(KIND_GROUPS) as (keyof typeof KIND_GROUPS)[]) {
    if ((KIND_GROUPS[group] as readonly string[]).includes(kind)) return group;
  }
  return 'other';
}

/**
 * The citation graph: every document that cites or is cited (public data sources that
 * neither cite nor are cited stay out), seeds highlighted, one link per citing pair, and
 * each document's times cited (every citing place, not only one per citing document).
 */
export function citationGraph(
  documents: Row[],
  citations: Row[],
): { nodes: NetworkNode[]; links: NetworkLink[] } {
  const pairs = new Map<string, NetworkLink>();
  for (const row of citations) {
    const source = String(row.citing_doc);
    const target = String(row.cited_doc);
    pairs.set(`${source}\u0000${target}`, { source, target });
  }
  const links = [...pairs.values()];
  const linked = new Set(links.flatMap(({ source, target }) => [source, target]));
  // Times cited: every place that cites the document, as its "cited N times" counts them.
  const cited = new Map<string, number>();
  for (const row of citations) {
    const target = String(row.cited_doc);
    cited.set(target, (cited.get(target) ?? 0) + 1);
  }
  const nodes = documents
    .filter((row) => row.role === 'seed' || linked.has(String(row.doc_id)))
    .map((row) => ({
      id: String(row.doc_id),
      group: kindGroup(String(row.kind)),
      highlight: row.role === 'seed',
      cited: cited.get(String(row.doc_id)) ?? 0,
    }));
  return { nodes, links };
}
