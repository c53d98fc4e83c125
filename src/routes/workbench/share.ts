import type { ChartKind, ChartSpec } from './chart';

/** What a share link carries: the query and the chart. It lives in the URL's fragment, which is never sent to a server. */
export type Shared = { sql: string; chart?: ChartSpec };

const kinds: ChartKind[] = ['bar', 'line', 'scatter', 'map'];

export function shareHash({ sql, chart }: Shared): string {
  const params = new URLSearchParams({ sql });
  if (chart) {
    params.set('chart', chart.kind);
    params.set('x', chart.x);
    params.set('y', chart.y);
  }
  return `#${params.toString()}`;
}

export function readShareHash(hash: string): Shared | undefined {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  // The editor keeps lines apart by \n alone: a link's \r\n and lone \r are read as it will
  // show and run them.
  const sql = params.get('sql')?.replace(/\r\n?/g, '\n');
  if (!sql) return undefined;
  const kind = params.get('chart') as ChartKind | null;
  const x = params.get('x');
  const y = params.get('y');
  const chart = kind && kinds.includes(kind) && x && y ? { kind, x, y } : undefined;
  return { sql, chart };
}
