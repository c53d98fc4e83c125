import { readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DataPackage } from '$lib/datapackage/schema';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';

// Chinese pages name every key figure and every event in Chinese: a name as the seed prints it
// where there is one (name_zh, checked verbatim), else a label written for this site (label_zh).
const descriptor = JSON.parse(readFileSync('data/datapackage.json', 'utf8')) as DataPackage;
const han = /\p{Script=Han}/u;
const fieldsOf = (name: string) =>
  descriptor.resources.find((resource) => resource.name === name)?.schema.fields ?? [];

let db: NodeDatabase;
beforeAll(async () => {
  db = await openNodeDb(path.resolve('data'));
});

describe('key_figures.label_zh', () => {
  it('is declared right after label_en, required, as a label written for this site', () => {
    const fields = fieldsOf('key_figures');
    const at = fields.findIndex((field) => field.name === 'label_en');
    const label = fields[at + 1];
    expect(label?.name).toBe('label_zh');
    expect(label?.type).toBe('string');
    expect(label?.constraints?.required).toBe(true);
    expect(label?.description).toMatch(/written for this site/);
    expect(label?.description).toMatch(/source_quote_zh/);
    expect(label?.['x-verbatim']).toBeUndefined();
  });

  it('gives every key figure a Chinese label', () => {
    const rows = db.query('SELECT figure_id, label_zh FROM key_figures ORDER BY figure_id');
    expect(rows).toHaveLength(30);
    const missing = rows.filter((row) => !han.test(String(row.label_zh ?? '')));
    expect(missing.map((row) => row.figure_id)).toEqual([]);
  });
});

describe('events.label_zh', () => {
  it('is declared right after name_zh, as a name written for this site, not checked verbatim', () => {
    const fields = fieldsOf('events');
    const at = fields.findIndex((field) => field.name === 'name_zh');
    const label = fields[at + 1];
    expect(label?.name).toBe('label_zh');
    expect(label?.type).toBe('string');
    expect(label?.description).toMatch(/written for this site/);
    expect(label?.['x-verbatim']).toBeUndefined();
  });

  it('gives every event a Chinese name: name_zh as printed, else label_zh', () => {
    const rows = db.query('SELECT event_id, name_zh, label_zh FROM events ORDER BY event_id');
    const missing = rows.filter((row) => !han.test(String(row.name_zh ?? row.label_zh ?? '')));
    expect(missing.map((row) => row.event_id)).toEqual([]);
    const written = rows.filter((row) => row.label_zh !== null);
    expect(written.every((row) => han.test(String(row.label_zh)))).toBe(true);
    expect(written).toHaveLength(8);
  });

  it('is filled only where the seed prints no name (name_zh empty)', () => {
    expect(
      db.query(
        'SELECT event_id FROM events WHERE name_zh IS NOT NULL AND label_zh IS NOT NULL ORDER BY event_id',
      ),
    ).toEqual([]);
  });
});
