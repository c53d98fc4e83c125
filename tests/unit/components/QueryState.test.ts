import { createRawSnippet } from 'svelte';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import QueryState from '$lib/components/QueryState.svelte';
import type { QueryResult } from '$lib/db/result';

const children = createRawSnippet((rows: () => unknown[]) => ({
  render: () => `<p class="rows">${rows().length} rows</p>`,
}));
const html = (result: QueryResult<unknown>) =>
  render(QueryState, { props: { result, children } }).body;

describe('<QueryState result>', () => {
  it('shows a loading status while there is no result', () => {
    expect(html({ status: 'loading' })).toMatch(/role="status"[^>]*>Loading…/);
  });

  it('shows the error message as an alert', () => {
    expect(html({ status: 'error', message: 'Table x failed' })).toMatch(
      /role="alert"[^>]*>Could not compute this chart: Table x failed/,
    );
  });

  it('says so when a query returns no rows, instead of drawing an empty chart', () => {
    const body = html({ status: 'ready', rows: [] });
    expect(body).toContain('No data for this selection.');
    expect(body).not.toContain('class="rows"');
  });

  it('renders its children with the rows when there are some', () => {
    expect(html({ status: 'ready', rows: [1, 2, 3] })).toContain('3 rows');
  });
});
