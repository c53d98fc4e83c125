import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serve } from '../../../scripts/serve.js';

let server: Server;
let url: string;
let root: string;

/** A page as Kit prerenders it with kit.csp: its policy in a <meta> tag. */
const page = (hash: string, body: string) =>
  `<head><meta http-equiv="content-security-policy" content="default-src 'self'; ` +
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'; object-src 'none'"></head>${body}`;
const WORKER = '_app/immutable/assets/duckdb-browser-eh.worker.Ab1.js';

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'site-'));
  mkdirSync(path.join(root, 'register'));
  mkdirSync(path.join(root, path.dirname(WORKER)), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<h1>home</h1>');
  writeFileSync(path.join(root, 'register', 'index.html'), page('reg=', '<h1>register</h1>'));
  writeFileSync(path.join(root, '404.html'), page('404=', '<h1>not found</h1>'));
  writeFileSync(path.join(root, 'db.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(path.join(root, 'data.csv'), 'a,b\n1,2\n');
  writeFileSync(path.join(root, WORKER), 'postMessage(1);');
  ({ server, url } = await serve(root, { port: 0 }));
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

describe('serve(root)', () => {
  it('serves index.html for the root and for a folder', async () => {
    expect(await (await fetch(url)).text()).toBe('<h1>home</h1>');
    expect(await (await fetch(`${url}register/`)).text()).toContain('<h1>register</h1>');
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
    expect(await response.text()).toContain('<h1>not found</h1>');
  });

  it('never serves files outside its root', async () => {
    const response = await fetch(`${url}..%2f..%2fetc%2fpasswd`);
    expect([403, 404]).toContain(response.status);
    expect(await response.text()).not.toContain('root:');
  });
});

describe('serve(root) and the Content-Security-Policy', () => {
  const policy = async (address: string) =>
    (await fetch(`${url}${address}`)).headers.get('content-security-policy');

  it("sends the policy of a page's <meta> tag as its header, hash included", async () => {
    expect(await policy('register/')).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-reg='; object-src 'none'",
    );
    expect(await policy('nowhere/')).toContain("'sha256-404='");
  });

  it("sends the site policy without the pages' hashes with every other file", async () => {
    expect(await policy('data.csv')).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'",
    );
  });

  it("gives DuckDB's worker the site's strict policy, without 'unsafe-eval'", async () => {
    expect(await policy(WORKER)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'",
    );
  });
});

describe('serve(root, { base })', () => {
  let based: Server;
  let site: string;
  beforeAll(async () => {
    ({ server: based, url: site } = await serve(root, { port: 0, base: '/sdg/' }));
  });
  afterAll(() => new Promise<void>((done) => based.close(() => done())));
  const origin = () => new URL(site).origin;

  it("gives the site's URL under the base, and serves its pages there", async () => {
    expect(new URL(site).pathname).toBe('/sdg/');
    expect(await (await fetch(site)).text()).toBe('<h1>home</h1>');
    expect(await (await fetch(`${site}register/`)).text()).toContain('<h1>register</h1>');
    expect((await fetch(`${site}db.wasm`)).headers.get('content-type')).toBe('application/wasm');
  });

  it('adds the trailing slash to the base and to a folder under it', async () => {
    for (const [address, location] of [
      ['/sdg', '/sdg/'],
      ['/sdg/register', '/sdg/register/'],
    ]) {
      const response = await fetch(`${origin()}${address}`, { redirect: 'manual' });
      expect(response.status).toBe(301);
      expect(response.headers.get('location')).toBe(location);
    }
  });

  it('answers an unknown deep link under the base with 404.html and status 404, as GitHub Pages does', async () => {
    const response = await fetch(`${site}nope/deeper`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<h1>not found</h1>');
  });

  it('serves nothing of the site outside the base', async () => {
    for (const address of ['/', '/register/', '/db.wasm', '/sdgx/', '/404.html']) {
      const response = await fetch(`${origin()}${address}`);
      expect(response.status, address).toBe(404);
      expect(await response.text(), address).not.toContain('<h1>');
    }
  });
});
