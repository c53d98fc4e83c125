#!/usr/bin/env node
// Serves the built site (build/) the way a static host does: folder/index.html for a
// folder, a redirect to add the trailing slash, 404.html (status 404) for anything else, and
// the right content types (application/wasm matters: browsers compile wasm while it streams
// only then). With a base (BASE_PATH=/sdg) the site lives under /sdg/, as GitHub Pages serves
// /<repo>/, and nothing outside it is served.
//
// Each page's Content-Security-Policy (the <meta> tag Kit writes) is also sent as a header,
// and the same policy without the pages' script hashes goes with every other file: a worker
// script never sees its page's <meta> tag and runs under the policy of its own response. A
// page's header adds `frame-ancestors`, which a <meta> tag cannot hold (see frameAncestors).
// DuckDB's worker gets the same strict policy: the build rewrites the two places where it
// would build functions from strings (scripts/duckdb-worker-without-eval.js).
//
// Files the build precompressed (file.br, file.gz beside file) are sent in place of the file
// to a client that accepts them, with the original's Content-Type and Vary: Accept-Encoding.
//
// The whole view is in a page's address, so links can be long: requests are read up to 128 KB
// of line and headers (node's own limit is 16 KB), and a longer one gets a short page saying
// the link is too long and what to do, not node's bare 431.
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** @type {Record<string, string>} */
const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
};

const META_CSP = /<meta http-equiv="content-security-policy" content="([^"]*)"/i;

/** The policy an HTML file declares in its <meta> tag, or undefined. */
async function policyOf(/** @type {string} */ file) {
  try {
    const match = META_CSP.exec(await readFile(file, 'utf8'));
    return match ? match[1].replaceAll('&#39;', "'").replaceAll('&quot;', '"') : undefined;
  } catch {
    return undefined;
  }
}

/** A page's policy without its inline-script hashes: the policy for the site's other files. */
export function withoutHashes(/** @type {string} */ policy) {
  return policy.replace(/ 'sha(256|384|512)-[^']*'/g, '');
}

/**
 * The `frame-ancestors` of a page, which a <meta> policy cannot carry: the chart-only pages
 * (`embed/…`, and `zh/embed/…` and the like in each language) are made to be framed by any
 * site, every other page only by the site itself, so another site cannot frame the dashboard's
 * controls under its own (clickjacking).
 * @param {string} page the page's file, relative to the site's root (`zh/embed/register/trend/index.html`)
 */
export function frameAncestors(page) {
  return /^([a-z]{2}\/)?embed\//.test(page.split(path.sep).join('/')) ? '*' : "'self'";
}

/** `base` as Kit's paths.base has it: '' or '/sdg' (a leading slash, no trailing one). */
export function normaliseBase(/** @type {string | undefined} */ base) {
  const trimmed = (base ?? '').replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}` : '';
}

/**
 * The encoding to send among those the build wrote (`available`, in the server's order of
 * preference), given a request's Accept-Encoding: the first one the client accepts with q > 0,
 * or 'identity'. No header means identity (RFC 9110 allows anything, but a client that sends
 * none, like curl, expects the plain bytes).
 * @param {string | undefined} header
 * @param {string[]} available
 */
export function chooseEncoding(header, available) {
  if (!header) return 'identity';
  /** @type {Map<string, number>} */
  const accepted = new Map();
  for (const part of header.split(',')) {
    const [name, ...parameters] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = parameters.map((each) => /^\s*q=([\d.]+)\s*$/.exec(each)).find(Boolean);
    accepted.set(name.trim(), q ? Number(q[1]) : 1);
  }
  for (const encoding of available) {
    const q = accepted.get(encoding) ?? accepted.get('*') ?? 0;
    if (q > 0) return encoding;
  }
  return 'identity';
}

/** Encodings the build may have written beside a file, best first, with their file suffixes. */
const ENCODINGS = /** @type {const} */ ([
  ['br', '.br'],
  ['gzip', '.gz'],
]);

/**
 * The most a request's line and headers may take, in bytes. Node refuses more than 16 KB, and
 * a dashboard link holding a long search or many selections can be longer than that.
 */
export const MAX_HEADER_SIZE = 128 * 1024;

/**
 * The page sent for a request larger than `MAX_HEADER_SIZE`, in both of the site's languages
 * (a request that long is not read far enough to know which one it asked for).
 * @param {string} home the site's root, such as '/' or '/sdg/'
 */
export function tooLongPage(home) {
  const size = `${MAX_HEADER_SIZE / 1024} KB`;
  return `<!doctype html>
<html lang="en">
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>This link is too long · 链接太长</title>
<h1>This link is too long</h1>
<p>The address you opened, with the cookies your browser sends to this site, is longer than
this server reads (${size}). Open <a href="${home}">the dashboard's home page</a> and set the
view again, or shorten the link: the part after <code>?</code> holds the view (tabs, filters,
search).</p>
<h1 lang="zh">链接太长</h1>
<p lang="zh">您打开的地址（连同浏览器发送给本网站的 Cookie）超过了本服务器可读取的长度（${size}）。请打开<a href="${home}">仪表板首页</a>重新设置视图，或缩短链接：<code>?</code> 之后的部分记录视图（标签页、筛选条件、搜索）。</p>
</html>
`;
}

/** Connections whose broken request has been answered (the parser reports each later chunk too). */
const answered = new WeakSet();

/**
 * Answers a request the HTTP parser gave up on, as node would, except that a request too
 * large gets a page saying what to do instead of a bare 431. The parser goes on reading what
 * the client still sends, so the connection is closed once the client has sent it all and the
 * client can read the answer.
 * @param {Error & { code?: string }} error
 * @param {import('node:stream').Duplex} socket
 * @param {string} home
 */
function answerClientError(error, socket, home) {
  if (answered.has(socket)) return;
  answered.add(socket);
  // Writing while a response to an earlier request on this connection is under way would
  // corrupt it: node's own handler holds back in that case too.
  /** @type {{ headersSent?: boolean } | null | undefined} */
  const inFlight = /** @type {any} */ (socket)._httpMessage;
  if (error.code === 'ECONNRESET' || !socket.writable || inFlight?.headersSent) {
    socket.destroy();
    return;
  }
  if (error.code === 'HPE_HEADER_OVERFLOW') {
    const body = Buffer.from(tooLongPage(home));
    const head =
      'HTTP/1.1 431 Request Header Fields Too Large\r\n' +
      'Content-Type: text/html; charset=utf-8\r\n' +
      `Content-Length: ${body.length}\r\n` +
      'Cache-Control: no-store\r\n' +
      "Content-Security-Policy: default-src 'none'\r\n" +
      'Connection: close\r\n\r\n';
    socket.end(Buffer.concat([Buffer.from(head), body]));
    // A client that never stops sending is not waited for.
    setTimeout(() => socket.destroy(), 10_000).unref();
    return;
  }
  const status =
    error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? '408 Request Timeout'
      : error.code === 'HPE_CHUNK_EXTENSIONS_OVERFLOW'
        ? '413 Content Too Large'
        : '400 Bad Request';
  socket.write(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  socket.destroy();
}

/** @param {string} file */
async function fileAt(file) {
  try {
    const info = await stat(file);
    return info.isFile() ? info : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Starts a static file server for `root`, under `base` (e.g. '/sdg') when given. Resolves to
 * the server and the site's URL (ending in a slash) once listening.
 * @param {string} root
 * @param {{ port?: number, host?: string, base?: string }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serve(root, { port = 4173, host = '127.0.0.1', base = '' } = {}) {
  const top = path.resolve(root);
  const prefix = normaliseBase(base);
  /** @type {Promise<string | undefined>} */
  const sitePolicy = (async () => {
    for (const page of ['404.html', 'index.html']) {
      const policy = await policyOf(path.join(top, page));
      if (policy) return withoutHashes(policy);
    }
    return undefined;
  })();
  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  const handle = async (request, response) => {
    /** @param {number} status @param {string} file @param {import('node:fs').Stats} info */
    const send = async (status, file, info) => {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const immutable = file.includes(`${path.sep}immutable${path.sep}`);
      const site = await sitePolicy;
      const pagePolicy = file.endsWith('.html') ? await policyOf(file) : undefined;
      const policy = pagePolicy
        ? `${pagePolicy}; frame-ancestors ${frameAncestors(path.relative(top, file))}`
        : site;
      /** @type {[string, string, import('node:fs').Stats][]} */
      const variants = [];
      for (const [encoding, suffix] of ENCODINGS) {
        const variant = await fileAt(file + suffix);
        if (variant) variants.push([encoding, file + suffix, variant]);
      }
      const encoding = chooseEncoding(
        request.headers['accept-encoding'],
        variants.map(([name]) => name),
      );
      const chosen = variants.find(([name]) => name === encoding);
      const [body, size] = chosen ? [chosen[1], chosen[2].size] : [file, info.size];
      response.writeHead(status, {
        'content-type': type,
        'content-length': size,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
        ...(chosen ? { 'content-encoding': encoding } : {}),
        ...(variants.length > 0 ? { vary: 'Accept-Encoding' } : {}),
        ...(policy ? { 'content-security-policy': policy } : {}),
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(body).pipe(response);
    };
    const notFound = async () => {
      const page = path.join(top, '404.html');
      const info = await fileAt(page);
      if (info) return send(404, page, info);
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
    };
    const target = request.url ?? '/';
    // "//host/…" or "/\\host/…" would read as another site's address, in this parser and in the
    // page's own (Kit's base, and so every link and embed code, would point there): the path
    // is sent to its one-slash form instead.
    if (/^[/\\]{2}/.test(target)) {
      response.writeHead(301, { location: `/${target.replace(/^[/\\]+/, '')}` }).end();
      return;
    }
    let address;
    let pathname;
    try {
      address = new URL(`http://x${target.startsWith('/') ? '' : '/'}${target}`);
      pathname = decodeURIComponent(address.pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    // A control character (a line break, a NUL) is in no file's name here.
    if ([...pathname].some((char) => char < ' ' || char === '\u007f')) {
      response.writeHead(400).end('Bad request');
      return;
    }
    if (prefix && pathname === prefix) {
      response.writeHead(301, { location: `${prefix}/` }).end();
      return;
    }
    if (prefix && !pathname.startsWith(`${prefix}/`)) {
      // Outside the site: a host serving it under a sub-path has nothing of ours there.
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    const inSite = pathname.slice(prefix.length);
    const file = path.join(top, inSite);
    if (file !== top && !file.startsWith(top + path.sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    const direct = await fileAt(file);
    if (direct) return send(200, file, direct);
    const index = path.join(file, 'index.html');
    const indexInfo = await fileAt(index);
    if (indexInfo && pathname.endsWith('/')) return send(200, index, indexInfo);
    if (indexInfo) {
      // The path as it came (still percent-encoded, so the header holds only ASCII), with the
      // view state of its query kept.
      response.writeHead(301, { location: `${address.pathname}/${address.search}` }).end();
      return;
    }
    return notFound();
  };
  const server = createServer({ maxHeaderSize: MAX_HEADER_SIZE }, (request, response) => {
    // A request the handler did not foresee answers 500; it never stops the server.
    handle(request, response).catch(() => {
      if (response.headersSent) response.destroy();
      else response.writeHead(500, { 'content-type': 'text/plain' }).end('Server error');
    });
  });
  // A connection kept idle for a minute, not Node's 5 s: a client that sends its next request on
  // a connection the server is closing at that moment gets a reset (ECONNRESET), and a page, a
  // test or a reader often comes back about 5 s later.
  server.keepAliveTimeout = 65_000;
  server.on('clientError', (error, socket) => answerClientError(error, socket, `${prefix}/`));
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      const origin = `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}`;
      resolve({ server, url: `${origin}${prefix}/` });
    });
  });
}

/**
 * Stops a server `serve` started, closing the connections still open too (it keeps an idle one
 * for 65 s, and `server.close` waits for them). Resolves once it is stopped.
 * @param {import('node:http').Server} server
 * @returns {Promise<void>}
 */
export function stopServer(server) {
  return new Promise((done) => {
    server.close(() => done());
    server.closeAllConnections();
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = process.argv[2] ?? 'build';
  const port = Number(process.env.PORT ?? 4173);
  if (!(await fileAt(path.join(root, 'index.html')))) {
    console.error(`No built site in ${root}/: run "npm run build" first.`);
    process.exit(1);
  }
  const host = process.env.HOST ?? '127.0.0.1';
  const { url } = await serve(root, { port, host, base: process.env.BASE_PATH });
  console.log(`SDG 16.4 dashboard: ${url}  (Ctrl+C to stop)`);
}
