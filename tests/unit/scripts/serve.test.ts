import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../../scripts/serve.js';

let server: Server;
let url: string;

beforeAll(async () => {
  const root = mkdtempSync(path.join(tmpdir(), 'site-'));
  mkdirSync(path.join(root, 'register'));
  writeFileSync(path.join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(path.join(root, 'register', 'index.html'), '<h1>register</h1>');
  writeFileSync(path.join(root, '404.html'), '<h1>not found</h1>');
  writeFileSync(path.join(root, 'db.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(path.join(root, 'data.csv'), 'a,b\n1,2\n');
  ({ server, url } = await serve(root, { port: 0 }));
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('serve(root)', () => {
  it('serves index.html for the root and for a folder', async () => {
    expect(await (await fetch(url)).text()).toBe('<h1>home</h1>');
    expect(await (await fetch(`${url}register/`)).text()).toBe('<h1>register</h1>');
  });

  it('redirects a folder without its trailing slash, so relative asset paths resolve', async () => {
    const response = await fetch(`${url}register`, { redirect: 'manual' });
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/register/');
  });

  it('serves wasm as application/wasm and CSV as UTF-8 text', async () => {
    expect((await fetch(`${url}db.wasm`)).headers.get('content-type')).toBe('application/wasm');
    expect((await fetch(`${url}data.csv`)).headers.get('content-type')).toBe(
      'text/csv; charset=utf-8',
    );
  });

  it('answers 404 with the site 404.html for unknown paths', async () => {
    const response = await fetch(`${url}missions/nowhere/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toBe('<h1>not found</h1>');
  });

  it('never serves files outside its root', async () => {
    const response = await fetch(`${url}..%2f..%2fetc%2fpasswd`);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('root:');
  });
});
