import { beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import type { ViewQuery } from '$lib/db/result';
import { queries as centres } from '../../../src/routes/centres/queries';
import { queries as missions } from '../../../src/routes/missions/queries';
import {
  HEADLINES,
  laneOf,
  LANES,
  queries as overview,
} from '../../../src/routes/overview/queries';
import { queries as register } from '../../../src/routes/register/queries';
import { networkLayout } from '$lib/charts/network/network';
import { citationGraph } from '../../../src/routes/sources/network';
import { queries as sources } from '../../../src/routes/sources/queries';
import { queries as trade } from '../../../src/routes/trade/queries';
import { dataDb } from '../../data-db';

// Every page's SQL, with the parameters the pages bind, against a real DuckDB over data/.
let db: NodeDatabase;
beforeAll(async () => {
  db = await dataDb();
});
const run = ({ sql, params = [] }: ViewQuery) => db.query(sql, params);
const count = (sql: string) => Number(db.query(sql)[0].n);

describe('the views of every page', () => {
  const pages = { overview, register, missions, trade, centres, sources };
  for (const [page, queries] of Object.entries(pages)) {
    for (const [name, query] of Object.entries(queries as Record<string, ViewQuery>)) {
      it(`${page}: ${name} returns rows, each with its source`, () => {
        const rows = run(query);
        expect(rows.length).toBeGreaterThan(0);
        for (const row of rows) {
          const source = row.source ?? row.reporting_source;
          expect(typeof source === 'string' && source.length > 3, JSON.stringify(row)).toBe(true);
        }
      });
    }
  }
});

describe('overview', () => {
  it('returns the chosen headline figures in the order chosen', () => {
    expect(run(overview.figures).map((row) => row.figure_id)).toEqual(HEADLINES.map(([id]) => id));
  });

  it('returns every event, and every event kind has a lane', () => {
    const rows = run(overview.events);
    expect(rows).toHaveLength(count('SELECT count(*) AS n FROM events'));
    const laned = Object.values(LANES).flat() as string[];
    for (const row of rows) expect(laned).toContain(String(row.kind));
    expect(laneOf('mission_arrangement')).toBe('field');
  });

  it('selects a Chinese label for every headline figure and event (label_zh beside the verbatim name_zh)', () => {
    for (const row of [...run(overview.figures), ...run(trade.trade), ...run(trade.harm)])
      expect(row.label_zh, String(row.figure_id)).toMatch(/\p{Script=Han}/u);
    const events = run(overview.events);
    // The timeline's Chinese name: the written label where there is one, else the seed's.
    const named = (row: Record<string, unknown>) => row.label_zh ?? row.name_zh;
    for (const row of events) expect(named(row), String(row.event_id)).toMatch(/\p{Script=Han}/u);
    expect(new Set(events.map(named)).size).toBe(events.length);
  });
});

describe('register', () => {
  it('gives every Member State its group share in every year with figures by group, for the map', () => {
    const rows = run(register.countries);
    const years = db.query(
      "SELECT DISTINCT report_year FROM register_reporting WHERE group_id <> 'ALL' AND measure = 'group_members'",
    );
    expect(rows).toHaveLength(193 * years.length);
    const byGroup = new Map(
      run(register.groups).map((row) => [`${row.report_year} ${row.group_id}`, row.reporting_rate]),
    );
    for (const row of rows) {
      expect(row.reporting_rate).toBe(byGroup.get(`${row.report_year} ${row.group_id}`));
    }
  });

  it('keeps each count of participation with its caveat, in year order', () => {
    const rows = run(register.participation);
    const years = rows.map((row) => Number(row.data_year));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(rows.filter((row) => row.data_year === 2007).map((row) => row.qualifier)).toEqual([
      'at_issue_date',
      'final',
    ]);
  });
});

describe('missions', () => {
  it('lists all 13 missions, the 8 with a current mandate first', () => {
    const rows = run(missions.missions);
    expect(rows).toHaveLength(13);
    expect(rows.slice(0, 8).every((row) => row.embargo_mandate === 'current')).toBe(true);
  });

  it('names the arms embargoes in force on each host, from the embargo list', () => {
    const unamid = run(missions.missions).find((row) => row.mission_id === 'UNAMID');
    expect(unamid?.host_embargoes_in_force).toBe('sudan-darfur-2004');
    expect(unamid?.host_m49).toBe('729');
  });

  it("returns both languages' names of each host and its regional group, from the data", () => {
    const hosts = db.query(
      'SELECT c.iso3, c.name_en, c.name_zh, g.short_name_en, g.name_zh AS group_zh FROM countries AS c JOIN regional_groups AS g USING (group_id)',
    );
    const rows = run(missions.missions).filter((row) => row.host_m49);
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      const host = hosts.find((each) => each.iso3 === row.host_iso3);
      expect(row).toMatchObject({
        host_en: host?.name_en,
        host_zh: host?.name_zh,
        host_group_name: host?.short_name_en,
        host_group_name_zh: host?.group_zh,
      });
    }
  });
});

describe('trade and harm', () => {
  it('keeps the qualifiers the document states', () => {
    const qualifiers = new Map(
      [...run(trade.trade), ...run(trade.harm)].map((row) => [row.figure_id, row.qualifier]),
    );
    expect(qualifiers.get('small_arms_trade_value_2014')).toBe('at_least');
    expect(qualifiers.get('violent_deaths_by_firearms_share')).toBe('nearly');
    expect(qualifiers.get('conflict_deaths_by_firearms_share')).toBe('exactly');
  });
});

describe('regional centres', () => {
  it('puts each of the three centres in a seat country that has a map code', () => {
    const rows = run(centres.centres);
    expect(rows.map((row) => row.centre_id)).toEqual(['UNLIREC', 'UNRCPD', 'UNREC']);
    for (const row of rows) expect(row.seat_m49).toMatch(/^\d{3}$/);
  });
});

describe('sources', () => {
  it('gives an embargo the Chinese name of its target only where the target is the whole State', () => {
    const countries = db.query('SELECT iso3, name_en, name_zh FROM countries');
    const rows = run(sources.embargoes);
    for (const row of rows) {
      const country = countries.find((each) => each.iso3 === row.target_iso3);
      const whole = country !== undefined && country.name_en === row.target_en;
      expect(row.target_zh, String(row.embargo_id)).toBe(whole ? country.name_zh : null);
    }
    expect(rows.find((row) => row.target_iso3 === 'CAF')?.target_zh).toMatch(/\p{Script=Han}/u);
  });

  it('builds a citation graph whose links all join drawn documents, the five seeds among them', () => {
    const graph = citationGraph(run(sources.documents), run(sources.citations));
    const ids = new Set(graph.nodes.map((node) => node.id));
    for (const link of graph.links) {
      expect(ids.has(link.source) && ids.has(link.target)).toBe(true);
    }
    expect(graph.nodes.filter((node) => node.highlight)).toHaveLength(5);
    expect(graph.links).toHaveLength(
      count('SELECT count(*) AS n FROM (SELECT DISTINCT source_doc, cited_doc FROM citations)'),
    );
  });

  it('fits the real citation graph into a phone-sized frame instead of piling nodes on its edges', () => {
    const graph = citationGraph(run(sources.documents), run(sources.citations));
    const frame = { width: 316, height: 427 };
    const { nodes } = networkLayout(graph.nodes, graph.links, frame);
    // Clamping a graph larger than its frame lines nodes up along an edge; a fitted one
    // keeps clear of them.
    const touching = [
      nodes.filter((node) => node.x - node.r < 2.5),
      nodes.filter((node) => node.y - node.r < 2.5),
      nodes.filter((node) => node.x + node.r > frame.width - 2.5),
      nodes.filter((node) => node.y + node.r > frame.height - 2.5),
    ];
    for (const edge of touching) expect(edge.length).toBeLessThanOrEqual(1);
  });
});
