import { tableFromArrays } from 'apache-arrow';
import { render } from 'svelte/server';
import { describe, expect, it } from 'vitest';
import ResultGrid from '../../../../src/routes/workbench/ResultGrid.svelte';
import SchemaPanel from '../../../../src/routes/workbench/SchemaPanel.svelte';

// Issue 22: headers "\u202Eeulav" and "val\u2060ue" both showed as "value", beside the real one.
const spoofed = ['value', '\u202Eeulav', 'val\u2060ue'];
const hidden = /[\u202E\u2060]/;

/** The text of `html` as a reader gets it: tags dropped, entities of the escapes kept. */
const text = (html: string) => html.replace(/<[^>]*>/g, '');

describe('names in the workbench’s markup: isolated, hidden characters written out', () => {
  it('the result grid’s column headers', () => {
    const table = tableFromArrays({
      value: Int32Array.from([1]),
      '\u202Eeulav': Int32Array.from([999]),
      'val\u2060ue': Int32Array.from([5]),
    });
    const { body } = render(ResultGrid, { props: { table, label: 'Result' } });
    // Each column's header: the name, then its type (the first header is the row number's).
    const headers = body.split('role="columnheader"').slice(2);
    const names = headers.map((header) => text(header.split('<span class="type')[0]));
    expect(names.map((name) => name.replace(/^[^>]*>/, '').trim())).toEqual([
      'value',
      '\\u202Eeulav',
      'val\\u2060ue',
    ]);
    expect(text(body)).not.toMatch(hidden);
    expect(body).toContain('<span class="hidden-char');
  });

  it('the schema panel’s tables and columns', () => {
    const { body } = render(SchemaPanel, {
      props: {
        ready: true,
        onquery: () => {},
        catalogue: [
          {
            name: 'report\u202Evsc',
            builtIn: false,
            columns: spoofed.map((name) => ({ name, type: 'INTEGER' })),
          },
        ],
      },
    });
    expect(text(body)).not.toMatch(hidden);
    expect(text(body)).toContain('report\\u202Evsc');
    expect(text(body)).toContain('val\\u2060ue');
    expect(body.match(/<bdi/g)).toHaveLength(4);
  });
});
