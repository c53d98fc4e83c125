import type { Problem, Row } from './schema';

type Tables = Map<string, Row[]>;

const num = (value: string | null | undefined) => (value == null ? NaN : Number(value));

/** The one row of `table` whose `column` is `value`, or a problem saying it is missing. */
function find(tables: Tables, table: string, column: string, value: string): Row | Problem {
  const row = (tables.get(table) ?? []).find((r) => r[column] === value);
  return row ?? { file: `${table}.csv`, column, message: `no row with ${column} = ${value}` };
}

const isProblem = (x: Row | Problem): x is Problem => 'message' in x;

/**
 * Figures that other tables must agree with: a count of rows equals the figure the seed
 * states, parts add up to their total, and a figure given in two tables is the same in both.
 */
export function crossChecks(tables: Tables): Problem[] {
  const problems: Problem[] = [];
  const expectEqual = (
    at: Row | Problem,
    file: string,
    column: string,
    actual: number,
    what: string,
  ) => {
    if (isProblem(at)) return problems.push(at);
    const expected = num(at[column]);
    if (actual !== expected) {
      problems.push({
        file,
        line: at.__line,
        column,
        message: `${what} is ${actual}, but this row says ${expected}`,
      });
    }
  };

  // The seed says 8 missions support embargoes (S/2017/1025 Annex II para. 3).
  const missions = tables.get('missions') ?? [];
  const current = missions.filter((m) => m.embargo_mandate === 'current');
  expectEqual(
    find(tables, 'key_figures', 'figure_id', 'missions_with_embargo_mandate'),
    'key_figures.csv',
    'value',
    current.length,
    'the number of missions with a current embargo mandate',
  );

  // 9 panels: 2 in New York, 1 in Nairobi, 6 in situ (Annex II footnote 4).
  const panelParts = [
    'expert_panels_new_york',
    'expert_panels_nairobi',
    'expert_panels_in_situ',
  ].map((id) => find(tables, 'key_figures', 'figure_id', id));
  const partProblems = panelParts.filter(isProblem);
  problems.push(...partProblems);
  if (partProblems.length === 0) {
    const sum = (panelParts as Row[]).reduce((total, row) => total + num(row.value), 0);
    expectEqual(
      find(tables, 'key_figures', 'figure_id', 'expert_panels'),
      'key_figures.csv',
      'value',
      sum,
      'the sum of panels by location',
    );
  }

  // Every mission's mandate columns agree with its task rows.
  const tasks = tables.get('mission_tasks') ?? [];
  for (const mission of missions) {
    const own = tasks.filter((t) => t.mission_id === mission.mission_id);
    const at = { file: 'missions.csv', line: mission.__line };
    const hasTask = (aspect: string) => own.some((t) => t.aspect === aspect);
    if ((mission.embargo_mandate === 'current') !== hasTask('embargo_support')) {
      problems.push({
        ...at,
        column: 'embargo_mandate',
        message: `${mission.mission_id}: "current" and an embargo_support task in mission_tasks must go together`,
      });
    }
    if (
      (mission.embargo_mandate === 'ended') !==
      Boolean(mission.embargo_mandate_ended_year && mission.embargo_mandate_ended_by)
    ) {
      problems.push({
        ...at,
        column: 'embargo_mandate_ended_year',
        message: `${mission.mission_id}: an ended mandate needs its year and resolution, and only an ended one has them`,
      });
    }
    if ((mission.wam_support === 'true') !== hasTask('wam_support')) {
      problems.push({
        ...at,
        column: 'wam_support',
        message: `${mission.mission_id}: wam_support must match a wam_support task in mission_tasks`,
      });
    }
  }

  // Register 2011: the groups add up to the total, and tables that repeat a figure agree.
  const register = tables.get('register_reporting') ?? [];
  const bySource = new Map<string, Row[]>();
  for (const row of register.filter((r) => r.measure === 'states_reporting')) {
    const key = `${row.report_year}|${row.source_doc}`;
    bySource.set(key, [...(bySource.get(key) ?? []), row]);
  }
  for (const rows of bySource.values()) {
    const total = rows.find((r) => r.group_id === 'ALL');
    const groups = rows.filter((r) => r.group_id !== 'ALL');
    if (total && groups.length > 0) {
      const sum = groups.reduce((s, r) => s + num(r.value), 0);
      expectEqual(total, 'register_reporting.csv', 'value', sum, 'the sum of the regional groups');
    }
  }
  const register2011 = register.find(
    (r) => r.group_id === 'ALL' && r.measure === 'states_reporting' && r.report_year === '2011',
  );
  if (register2011) {
    expectEqual(
      find(tables, 'register_participation', 'point_id', '2011'),
      'register_participation.csv',
      'value',
      num(register2011.value),
      "register_reporting's 2011 total",
    );
  }
  const sameFigure = (figureId: string, table: string, pick: (r: Row) => boolean) => {
    const other = (tables.get(table) ?? []).find(pick);
    if (!other)
      return problems.push({
        file: `${table}.csv`,
        message: `no row repeats key figure ${figureId}`,
      });
    expectEqual(
      find(tables, 'key_figures', 'figure_id', figureId),
      'key_figures.csv',
      'value',
      num(other.value),
      `the same figure in ${table}.csv`,
    );
  };
  sameFigure(
    'salw_states_ever_reporting',
    'register_participation',
    (r) => r.measure === 'salw_states_ever_reporting',
  );
  sameFigure(
    'salw_states_reporting_2011',
    'register_reporting',
    (r) =>
      r.measure === 'salw_states_reporting' && r.group_id === 'ALL' && r.source_doc === 'A/67/…',
  );
  sameFigure(
    'salw_share_2011',
    'register_reporting',
    (r) => r.measure === 'salw_share_pct' && r.source_doc === 'A/67/…',
  );

  // Members per group today match the list of countries.
  const countries = tables.get('countries') ?? [];
  for (const group of tables.get('regional_groups') ?? []) {
    const members = countries.filter((c) => c.group_id === group.group_id).length;
    expectEqual(
      group,
      'regional_groups.csv',
      'members_current',
      members,
      `the number of countries in ${group.group_id}`,
    );
  }

  // A dated document says where the date comes from.
  for (const doc of tables.get('documents') ?? []) {
    if (doc.date && !doc.date_source) {
      problems.push({
        file: 'documents.csv',
        line: doc.__line,
        column: 'date_source',
        message: `${doc.doc_id} has a date but no date_source`,
      });
    }
    if ((doc.role === 'seed') !== Boolean(doc.seed_file)) {
      problems.push({
        file: 'documents.csv',
        line: doc.__line,
        column: 'seed_file',
        message: `${doc.doc_id}: a seed, and only a seed, names its seed_file`,
      });
    }
  }
  return problems;
}

/**
 * Checks `countries.map_shape_110m` against the ids of a world-atlas topology: a country
 * marked as having a shape must find it by its M49 code, and one with a shape must say so.
 */
export function checkMapShapes(countries: Row[], shapeIds: Set<string>): Problem[] {
  return countries.flatMap((country): Problem[] => {
    const hasShape = shapeIds.has(country.m49 ?? '');
    if (String(hasShape) === country.map_shape_110m) return [];
    return [
      {
        file: 'countries.csv',
        line: country.__line,
        column: 'map_shape_110m',
        message: hasShape
          ? `${country.iso3} (${country.m49}) has a world-atlas shape but is marked false`
          : `${country.iso3}: no world-atlas shape has id ${country.m49}`,
      },
    ];
  });
}
