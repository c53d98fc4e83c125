/**
 * The one message catalogue for UI text. Add a language by adding a catalogue of the same
 * shape: the `Messages` type makes a missing key a type error.
 */
const en = {
  'app.title': 'SDG 16.4 Arms Flows Dashboard',
  'app.tagline':
    'Small-arms control and arms-trade statistics from UN documents, every figure traced to its paragraph. Runs in your browser, offline.',
  'state.loading': 'Loading…',
  'state.empty': 'No data for this selection.',
  'state.error': 'Could not compute this chart: {message}',
  'chart.showTable': 'Show the data as a table',
  'source.label': 'Source',
  'source.labelPlural': 'Sources',
  'source.original': 'Original passages (Chinese)',
  'register.title': 'Reporting to the UN Register of Conventional Arms, 2011',
  'register.subtitle':
    "Share of each UN regional group's Member States that submitted a report to the Register in 2011",
  'register.chartLabel':
    'Bar chart: share of Member States reporting to the UN Register of Conventional Arms in 2011, by UN regional group. {summary}',
  'register.barSummary': '{group}: {rate} ({reporting} of {members})',
  'register.valueLabel': '{rate} · {reporting} of {members}',
  'register.col.group': 'UN regional group',
  'register.col.reporting': 'States reporting',
  'register.col.members': 'Group members',
  'register.col.rate': 'Share reporting',
  'register.col.salw': 'Of which included small arms',
  'register.salwNotGiven': 'not given',
  'register.note':
    'Reports received in 2011 cover transfers made in calendar year 2010. Group sizes are those the Yearbook used for 2011. Small-arms inclusion is given by the documents for two groups only.',
  'live.build': 'Computed by DuckDB when this site was built.',
  'live.pending': 'Computed by DuckDB when this site was built; re-computing in your browser…',
  'live.browser': 'Computed in your browser by DuckDB {version} in {ms} ms.',
  'live.failed':
    'Shown as computed when the site was built; re-computing in your browser failed: {message}',
  'datasets.title': 'Datasets in your browser',
  'datasets.idle': 'The database starts once the page has loaded.',
  'datasets.starting': 'Starting DuckDB…',
  'datasets.loading': 'Loading {count} datasets…',
  'datasets.ready': 'DuckDB {version}: {loaded} of {count} datasets loaded.',
  'datasets.failed': 'DuckDB could not start: {message}',
  'datasets.rows': '{rows} rows',
  'datasets.tableFailed': 'not loaded: {message}',
  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address.',
  'notFound.home': 'Go to the overview',
} as const;

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
export type Locale = 'en';

const catalogues: Record<Locale, Messages> = { en };

/** The current UI language. Chinese is next; until then every page renders English. */
export const locale: Locale = 'en';

/** Looks up a message and fills its `{name}` placeholders from `params`. */
export function t(key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = catalogues[locale][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
