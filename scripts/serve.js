#!/usr/bin/env node
// Serves the built site (build/) the way a static host does: folder/index.html for a
// folder, a redirect to add the trailing slash, 404.html for anything else, and the right
// content types (application/wasm matters: browsers compile wasm while it streams only then).
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
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
 * Starts a static file server for `root`. Resolves to the server and its URL once listening.
 * @param {string} root
 * @param {{ port?: number, host?: string }} [options]
 * @returns {Promise<{ server: import('node:http').Server, url: string }>}
 */
export function serve(root, { port = 4173, host = '127.0.0.1' } = {}) {
  const base = path.resolve(root);
  const server = createServer(async (request, response) => {
    /** @param {number} status @param {string} file @param {import('node:fs').Stats} info */
    const send = async (status, file, info) => {
      const type = TYPES[path.extname(file)] ?? 'application/octet-stream';
      const immutable = file.includes(`${path.sep}immutable${path.sep}`);
      response.writeHead(status, {
        'content-type': type,
        'content-length': info.size,
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(file).pipe(response);
    };
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    } catch {
      response.writeHead(400).end('Bad request');
      return;
    }
    const file = path.join(base, pathname);
    if (file !== base && !file.startsWith(base + path.sep)) {
      response.writeHead(403).end('Forbidden');
      return;
    }
    const direct = await fileAt(file);
    if (direct) return send(200, file, direct);
    const index = path.join(file, 'index.html');
    const indexInfo = await fileAt(index);
    if (indexInfo && pathname.endsWith('/')) return send(200, index, indexInfo);
    if (indexInfo) {
      response.writeHead(301, { location: `${pathname}/` }).end();
      return;
    }
    const notFound = path.join(base, '404.html');
    const notFoundInfo = await fileAt(notFound);
    if (notFoundInfo) return send(404, notFound, notFoundInfo);
    response.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const actualPort = typeof address === 'object' && address ? address.port : port;
      resolve({
        server,
        url: `http://${host === '127.0.0.1' ? 'localhost' : host}:${actualPort}/`,
      });
    });
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const root = process.argv[2] ?? 'build';
  const port = Number(process.env.PORT ?? 4173);
  if (!(await fileAt(path.join(root, 'index.html')))) {
    console.error(`No built site in ${root}/: run "npm run build" first.`);
    process.exit(1);
  }
  const { url } = await serve(root, { port, host: process.env.HOST ?? '127.0.0.1' });
  console.log(`SDG 16.4 dashboard: ${url}  (Ctrl+C to stop)`);
}
