import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { Agent, get, request, type IncomingHttpHeaders, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chooseEncoding, serve, stopServer } from '../../../scripts/serve.js';

let server: Server;
let url: string;
let root: string;

/** A page as Kit prerenders it with kit.csp: its policy in a <meta> tag. */
const page = (hash: string, body: string) =>
  `<head><meta http-equiv="content-security-policy" content="default-src 'self'; ` +
  `script-src 'self' 'wasm-unsafe-eval' 'sha256-${hash}'; object-src 'none'"></head>${body}`;
const WORKER = '_app/immutable/assets/duckdb-browser-eh.worker.Ab1.js';
// A hashed script precompressed both ways, a stylesheet with a .gz only, and a page with both.
const SCRIPT = '_app/immutable/chunks/app.Cd2.js';
const SCRIPT_TEXT = 'export const answer = 42;\n'.repeat(40);
const STYLE = 'style.css';
const STYLE_TEXT = 'body { color: black; }\n'.repeat(40);
const HOME = '<h1>home</h1>';

/** A GET or HEAD through node:http, which neither sends Accept-Encoding nor decodes the body. */
function raw(
  address: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const done = (response: import('node:http').IncomingMessage) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          headers: response.headers,
          body: Buffer.concat(chunks),
        }),
      );
    };
    const sent =
      method === 'GET'
        ? get(address, { headers }, done)
        : request(address, { method, headers }, done);
    sent.on('error', reject);
    if (method !== 'GET') sent.end();
  });
}

beforeAll(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'site-'));
  mkdirSync(path.join(root, 'register'));
  mkdirSync(path.join(root, path.dirname(WORKER)), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), HOME);
  writeFileSync(path.join(root, 'index.html.br'), brotliCompressSync(HOME));
  writeFileSync(path.join(root, 'index.html.gz'), gzipSync(HOME));
  mkdirSync(path.join(root, path.dirname(SCRIPT)), { recursive: true });
  writeFileSync(path.join(root, SCRIPT), SCRIPT_TEXT);
  writeFileSync(path.join(root, `${SCRIPT}.br`), brotliCompressSync(SCRIPT_TEXT));
  writeFileSync(path.join(root, `${SCRIPT}.gz`), gzipSync(SCRIPT_TEXT));
  writeFileSync(path.join(root, STYLE), STYLE_TEXT);
  writeFileSync(path.join(root, `${STYLE}.gz`), gzipSync(STYLE_TEXT));
  writeFileSync(path.join(root, 'register', 'index.html'), page('reg=', '<h1>register</h1>'));
  writeFileSync(path.join(root, '404.html'), page('404=', '<h1>not found</h1>'));
  for (const chartOnly of ['embed/register/trend', 'zh/embed/register/trend']) {
    mkdirSync(path.join(root, chartOnly), { recursive: true });
    writeFileSync(path.join(root, chartOnly, 'index.html'), page('emb=', '<h1>trend</h1>'));
  }
  writeFileSync(path.join(root, 'db.wasm'), new Uint8Array([0, 97, 115, 109]));
  writeFileSync(path.join(root, 'data.csv'), 'a,b\n1,2\n');
  writeFileSync(path.join(root, WORKER), 'postMessage(1);');
  ({ server, url } = await serve(root, { port: 0 }));
});
afterAll(() => stopServer(server));

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

  it('keeps an idle connection open past Node’s 5 s, so a request sent on it as it idles is answered, not reset', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sockets: unknown[] = [];
    const ask = () =>
      new Promise<number>((done, fail) =>
        get(url, { agent }, (response) => {
          sockets.push(response.socket);
          response.resume().on('end', () => done(response.statusCode ?? 0));
        }).on('error', fail),
      );
    try {
      expect(await ask()).toBe(200);
      await new Promise((done) => setTimeout(done, 6_000));
      expect(await ask()).toBe(200);
      // The same connection both times: the server had not closed it.
      expect(sockets[1]).toBe(sockets[0]);
    } finally {
      agent.destroy();
    }
  }, 20_000);

  it('answers 404 with the site 404.html for unknown paths', async () => {
    const response = await fetch(`${url}missions/nowhere/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('<h1>not found</h1>');
  });

  it('keeps the view state of a link whose folder lacks its trailing slash', async () => {
    const { status, headers } = await raw(`${url}register?year=2003&countries=gbr,fra`);
    expect(status).toBe(301);
    expect(headers.location).toBe('/register/?year=2003&countries=gbr,fra');
  });

  it('answers a path with a line break or a non-Latin letter folded into a folder, and keeps serving', async () => {
    // Both decode to a path that path.join folds back to register/; the redirect used to put
    // the decoded text in its Location header, which node refuses by throwing, and the throw
    // stopped the server (found by the attack on issue 23).
    for (const folded of ['register/%0D%0AX%2F..', 'register/%E4%B8%AD%2F..']) {
      const { status, headers } = await raw(`${url}${folded}`);
      expect(status, folded).toBeLessThan(500);
      expect(headers.location ?? '', folded).toMatch(/^[\x21-\x7e]*$/);
    }
    expect((await raw(url)).status).toBe(200);
  });

  it("never sends a reader, or the page's own links, to another site", async () => {
    // "//evil.com/register/" served as a page made Kit's base "//evil.com", and so every link
    // and embed code on it; "/%2Fevil.com/..%2Fregister" was redirected to "//evil.com/…".
    for (const address of [
      '//evil.com/register/',
      '/\\evil.com/register/',
      '/%2Fevil.com/..%2Fregister',
    ]) {
      const { status, headers } = await raw(`${url.replace(/\/$/, '')}${address}`);
      expect(status, address).not.toBe(200);
      const location = headers.location ?? '';
      expect(location, address).not.toMatch(/^[/\\]{2}|^\/\\|^[a-z]+:/i);
      expect(new URL(location, url).origin, address).toBe(new URL(url).origin);
    }
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
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-reg='; object-src 'none'; " +
        "frame-ancestors 'self'",
    );
    expect(await policy('nowhere/')).toContain("'sha256-404='");
  });

  it("sends the site policy without the pages' hashes with every other file", async () => {
    expect(await policy('data.csv')).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'",
    );
  });

  it('lets any site frame a chart-only page, in either language, and only the site frame the others', async () => {
    expect(await policy('embed/register/trend/')).toMatch(/; frame-ancestors \*$/);
    expect(await policy('zh/embed/register/trend/')).toMatch(/; frame-ancestors \*$/);
    expect(await policy('register/')).toMatch(/; frame-ancestors 'self'$/);
    // A policy that is not a page's: frame-ancestors means nothing there and is left out.
    expect(await policy('data.csv')).not.toContain('frame-ancestors');
  });

  it("gives DuckDB's worker the site's strict policy, without 'unsafe-eval'", async () => {
    expect(await policy(WORKER)).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'",
    );
  });
});

describe('serve(root) and precompressed files', () => {
  const browser = { 'accept-encoding': 'gzip, deflate, br, zstd' };

  it('sends the .br file to a client that accepts brotli, with the headers of the original', async () => {
    const response = await raw(`${url}${SCRIPT}`, browser);
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(response.headers.vary).toBe('Accept-Encoding');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(Buffer.byteLength(SCRIPT_TEXT));
    expect(brotliDecompressSync(response.body).toString()).toBe(SCRIPT_TEXT);
  });

  it('sends gzip to a client that accepts gzip but not brotli', async () => {
    for (const header of ['gzip', 'gzip, br;q=0', 'deflate, gzip;q=0.5']) {
      const response = await raw(`${url}${SCRIPT}`, { 'accept-encoding': header });
      expect(response.headers['content-encoding'], header).toBe('gzip');
      expect(gunzipSync(response.body).toString(), header).toBe(SCRIPT_TEXT);
    }
  });

  it('falls back to the .gz file when no .br exists, and to the file itself when neither does', async () => {
    const style = await raw(`${url}${STYLE}`, browser);
    expect(style.headers['content-encoding']).toBe('gzip');
    expect(style.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(gunzipSync(style.body).toString()).toBe(STYLE_TEXT);
    const wasm = await raw(`${url}db.wasm`, browser);
    expect(wasm.headers['content-encoding']).toBeUndefined();
    expect(wasm.headers['content-type']).toBe('application/wasm');
    expect([...wasm.body]).toEqual([0, 97, 115, 109]);
  });

  it('sends the plain bytes to a client that sends no Accept-Encoding, or refuses both', async () => {
    const choices: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'identity' },
      { 'accept-encoding': 'br;q=0, gzip;q=0' },
    ];
    for (const headers of choices) {
      const response = await raw(`${url}${SCRIPT}`, headers);
      expect(response.headers['content-encoding'], JSON.stringify(headers)).toBeUndefined();
      expect(response.body.toString(), JSON.stringify(headers)).toBe(SCRIPT_TEXT);
      expect(Number(response.headers['content-length'])).toBe(Buffer.byteLength(SCRIPT_TEXT));
      expect(response.headers.vary).toBe('Accept-Encoding');
    }
  });

  it('compresses pages too, with no-cache for HTML and a year, immutable, for hashed files', async () => {
    const page = await raw(url, browser);
    expect(page.headers['content-encoding']).toBe('br');
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect(brotliDecompressSync(page.body).toString()).toBe(HOME);
    const script = await raw(`${url}${SCRIPT}`, browser);
    expect(script.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it('answers HEAD with the headers and length of what GET would send, and no body', async () => {
    const get = await raw(`${url}${SCRIPT}`, browser);
    const head = await raw(`${url}${SCRIPT}`, browser, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.headers['content-length']).toBe(get.headers['content-length']);
    expect(head.body.length).toBe(0);
  });
});

describe('serve(root) and long links', () => {
  it('serves a dashboard link of 20 KB (node alone refuses more than 16 KB of request headers)', async () => {
    const search = 'x'.repeat(20_000);
    const response = await raw(`${url}register/?search=${search}`);
    expect(response.status).toBe(200);
    expect(response.body.toString()).toContain('<h1>register</h1>');
  });

  it('answers a link far too long with a page that says so and what to do, never a bare 431', async () => {
    const response = await raw(`${url}register/?search=${'x'.repeat(1_000_000)}`);
    expect([414, 431]).toContain(response.status);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe("default-src 'none'");
    const page = response.body.toString();
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(page).toMatch(/<title>[^<]*too long[^<]*<\/title>/i);
    expect(page).toContain('链接太长');
    expect(page).toContain('href="/"');
    // The server still answers the next request.
    expect((await raw(url)).status).toBe(200);
  });
});

describe('chooseEncoding(header, available)', () => {
  it("takes the server's first choice that the client accepts with q > 0", () => {
    expect(chooseEncoding('gzip, br', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('*', ['br', 'gzip'])).toBe('br');
    expect(chooseEncoding('*;q=0, gzip', ['br', 'gzip'])).toBe('gzip');
    expect(chooseEncoding('BR;Q=1', ['br'])).toBe('br');
    expect(chooseEncoding('br', ['gzip'])).toBe('identity');
    expect(chooseEncoding(undefined, ['br', 'gzip'])).toBe('identity');
    expect(chooseEncoding('', ['br', 'gzip'])).toBe('identity');
  });
});

describe('serve(root, { base })', () => {
  let based: Server;
  let site: string;
  beforeAll(async () => {
    ({ server: based, url: site } = await serve(root, { port: 0, base: '/sdg/' }));
  });
  afterAll(() => stopServer(based));
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

  it("links a link's too-long page to the site's home under the base", async () => {
    const response = await raw(`${site}register/?search=${'x'.repeat(1_000_000)}`);
    expect([414, 431]).toContain(response.status);
    expect(response.body.toString()).toContain('href="/sdg/"');
  });

  it('serves nothing of the site outside the base', async () => {
    for (const address of ['/', '/register/', '/db.wasm', '/sdgx/', '/404.html']) {
      const response = await fetch(`${origin()}${address}`);
      expect(response.status, address).toBe(404);
      expect(await response.text(), address).not.toContain('<h1>');
    }
  });
});
