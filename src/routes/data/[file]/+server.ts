import { error } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { downloadableFiles } from '$lib/datapackage/catalogue.server';
import type { EntryGenerator, RequestHandler } from './$types';

// /data/countries.csv and /data/datapackage.json: the files of data/ as they are in the
// repository, written into the build so that they download from any static host.
export const prerender = true;

export const entries: EntryGenerator = () => downloadableFiles().map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
  if (!downloadableFiles().includes(params.file)) error(404, 'No such data file');
  const body = readFileSync(path.resolve('data', params.file));
  const type = params.file.endsWith('.json') ? 'application/json' : 'text/csv';
  return new Response(body, { headers: { 'content-type': `${type}; charset=utf-8` } });
};
