#!/usr/bin/env node
// eslint-disable-next-line @typescript-eslint/ban-ts-comment -- a measuring script run by hand; the code it sends into the page is not typed here
// @ts-nocheck -- half of this runs in a bare page, on globals its setup() puts on window.
// Measures the ways a kept upload could come back after a reload, in real Chromium with the
// project's DuckDB-WASM (eh bundle, as the site uses): raw read_csv of the kept CSV (today's
// restore, without its typing pass), an Arrow IPC copy inserted as it is, a Parquet copy
// decoded by parquet-wasm into Arrow and inserted, and a DuckDB database file in OPFS.
// Usage: node scripts/keep-candidates.js [rows=1000000] [rounds=3]
// Prints medians; it asserts nothing (timings on a shared machine are noisy).
import { createReadStream, createWriteStream, mkdtempSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './ensure-chromium.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const rows = Number(process.argv[2] ?? 1_000_000);
const rounds = Number(process.argv[3] ?? 3);
const dir = mkdtempSync(path.join(tmpdir(), 'keep-candidates-'));
const csvPath = path.join(dir, 'big.csv');

// The same rows as tests/files.ts writeBigCsv: about 45 bytes each.
async function writeCsv() {
  const out = createWriteStream(csvPath);
  out.write('id,code,year,value,label\n');
  for (let start = 0; start < rows; start += 10_000) {
    let lines = '';
    for (let id = start; id < Math.min(rows, start + 10_000); id++) {
      lines += `${id},${String((id % 900) + 4).padStart(3, '0')},${2000 + (id % 25)},${(id * 0.37).toFixed(2)},label ${id} sample\n`;
    }
    if (!out.write(lines)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

const page = `<!doctype html><meta charset="utf-8"><script type="importmap">${JSON.stringify({
  imports: {
    'apache-arrow': '/node_modules/apache-arrow/Arrow.dom.mjs',
    flatbuffers: '/node_modules/flatbuffers/mjs/flatbuffers.js',
    tslib: '/node_modules/tslib/tslib.es6.mjs',
  },
})}</script><body>bare</body>`;

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.wasm': 'application/wasm' };
const server = createServer((request, response) => {
  const url = new URL(request.url, 'http://localhost');
  if (url.pathname === '/') {
    response.writeHead(200, { 'content-type': 'text/html' });
    return response.end(page);
  }
  const file = url.pathname === '/big.csv' ? csvPath : path.join(root, url.pathname);
  if (!file.startsWith(root) && file !== csvPath) return response.writeHead(403).end();
  try {
    statSync(file);
  } catch {
    return response.writeHead(404).end();
  }
  response.writeHead(200, {
    'content-type': types[path.extname(file)] ?? 'application/octet-stream',
  });
  createReadStream(file).pipe(response);
});

/** Runs in the page: DuckDB-WASM as the site starts it. */
const setup = async () => {
  const duckdb = await import('/node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs');
  const dist = '/node_modules/@duckdb/duckdb-wasm/dist/';
  window.openDuck = async (options = {}) => {
    const worker = new Worker(`${dist}duckdb-browser-eh.worker.js`);
    const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
    await db.instantiate(`${dist}duckdb-eh.wasm`);
    await db.open({
      query: { castBigIntToDouble: false, castDecimalToDouble: false },
      ...options,
    });
    const conn = await db.connect();
    await conn.query(
      'SET autoload_known_extensions = false; SET autoinstall_known_extensions = false;',
    );
    return { db, conn, worker, duckdb };
  };
  window.folder = async () => {
    const rootDir = await navigator.storage.getDirectory();
    return rootDir.getDirectoryHandle('keep-candidates', { create: true });
  };
  window.memory = async (conn) =>
    Number(
      (await conn.query('SELECT sum(memory_usage_bytes)::DOUBLE AS m FROM duckdb_memory()'))
        .toArray()[0]
        .toJSON().m,
    );
  window.readCsvSql = (file) =>
    `CREATE TABLE t AS SELECT * FROM read_csv('${file}', auto_detect = false, header = true, delim = ',', quote = '"', escape = '"', columns = {'id': 'BIGINT', 'code': 'VARCHAR', 'year': 'BIGINT', 'value': 'DOUBLE', 'label': 'VARCHAR'})`;
};

/** Runs in the page: keeps the CSV in OPFS, then writes each candidate from the loaded table. */
const prepare = async () => {
  const folder = await window.folder();
  const csv = await (await fetch('/big.csv')).blob();
  const write = async (name, data) => {
    const writable = await (await folder.getFileHandle(name, { create: true })).createWritable();
    await writable.write(data);
    await writable.close();
  };
  await write('t.csv', csv);
  const { db, conn, worker } = await window.openDuck();
  await db.registerFileHandle(
    't.csv',
    await (await folder.getFileHandle('t.csv')).getFile(),
    2,
    true,
  );
  await conn.query(window.readCsvSql('t.csv'));
  const times = {};
  // Arrow IPC: DuckDB's own record batches, streamed to the file as they come.
  let started = performance.now();
  const writable = await (await folder.getFileHandle('t.arrow', { create: true })).createWritable();
  const parts = [];
  await conn.useUnsafe(async (bindings, id) => {
    let header = await bindings.startPendingQuery(id, 'SELECT * FROM t', true);
    while (header === null) header = await bindings.pollPendingQuery(id);
    const eos = new Uint8Array([255, 255, 255, 255, 0, 0, 0, 0]);
    let part = 0;
    const put = async (bytes) => {
      await writable.write(bytes);
      part += bytes.length;
    };
    await put(header);
    for (;;) {
      const batch = await bindings.fetchQueryResults(id);
      if (batch === null) continue;
      if (batch.length === 0) break;
      if (part > header.length && part + batch.length > 32 * 1024 * 1024) {
        await put(eos);
        parts.push(part);
        part = 0;
        await put(header);
      }
      await put(batch);
    }
    await put(eos);
    parts.push(part);
  });
  await writable.close();
  times.arrowWrite = performance.now() - started;
  // Parquet: the same Arrow, through parquet-wasm (ZSTD, as the export writes it).
  started = performance.now();
  const parquet = await import('/node_modules/parquet-wasm/esm/parquet_wasm.js');
  await parquet.default('/node_modules/parquet-wasm/esm/parquet_wasm_bg.wasm');
  const arrowFile = await (await folder.getFileHandle('t.arrow')).getFile();
  const pieces = [];
  let offset = 0;
  for (const length of parts) {
    const bytes = new Uint8Array(await arrowFile.slice(offset, offset + length).arrayBuffer());
    offset += length;
    const props = new parquet.WriterPropertiesBuilder()
      .setCompression(parquet.Compression.ZSTD)
      .build();
    pieces.push(parquet.writeParquet(parquet.Table.fromIPCStream(bytes), props));
  }
  await write('t.parquet.json', JSON.stringify(pieces.map((piece) => piece.length)));
  await write('t.parquet', new Blob(pieces));
  times.parquetWrite = performance.now() - started;
  // A DuckDB database file in OPFS, attached and written, then checkpointed.
  started = performance.now();
  let dbFile = 'ok';
  const rootDir0 = await navigator.storage.getDirectory();
  await rootDir0.removeEntry('keep.db').catch(() => {});
  await rootDir0.removeEntry('keep.db.wal').catch(() => {});
  try {
    await conn.query("ATTACH 'opfs://keep.db' AS kept");
    await conn.query('CREATE OR REPLACE TABLE kept.t AS FROM memory.t');
    await conn.query('CHECKPOINT kept');
    await conn.query('DETACH kept');
  } catch (error) {
    dbFile = `ATTACH: ${String(error.message ?? error).split('\n')[0]}`;
    // The other way duckdb-wasm offers: the database itself opened on the OPFS file.
    await rootDir0.removeEntry('keep.db').catch(() => {});
    await rootDir0.removeEntry('keep.db.wal').catch(() => {});
    try {
      const csvFile = await (await folder.getFileHandle('t.csv')).getFile();
      const other = await window.openDuck({
        path: 'opfs://keep.db',
        accessMode: 3,
        opfs: { fileHandling: 'auto' },
      });
      await other.db.registerFileHandle('t.csv', csvFile, 2, true);
      await other.conn.query(window.readCsvSql('t.csv'));
      await other.conn.query('CHECKPOINT');
      await other.db.terminate();
      other.worker.terminate();
      dbFile += '; open(path): written';
    } catch (error2) {
      dbFile += `; open(path): ${String(error2.message ?? error2).split('\n')[0]}`;
    }
  }
  times.dbFileWrite = performance.now() - started;
  await db.terminate();
  worker.terminate();
  const sizes = {};
  for await (const [name, handle] of folder.entries()) {
    if (handle.kind === 'file') sizes[name] = (await handle.getFile()).size;
  }
  const rootDir = await navigator.storage.getDirectory();
  for await (const [name, handle] of rootDir.entries()) {
    if (handle.kind === 'file') sizes[name] = (await handle.getFile()).size;
  }
  return { times, sizes, parts, dbFile };
};

/** Runs in the page (after a reload): brings the table back one way, in a fresh DuckDB. */
const restore = async ([how, parts]) => {
  const folder = await window.folder();
  const opening = performance.now();
  const opened =
    how === 'dbfile'
      ? await window
          .openDuck({ path: 'opfs://keep.db', accessMode: 3, opfs: { fileHandling: 'auto' } })
          .catch((error) => ({ error }))
      : await window.openDuck();
  if (opened.error) {
    return {
      how,
      ms: NaN,
      count: -1,
      memory: NaN,
      note: String(opened.error.message ?? opened.error).split('\n')[0],
    };
  }
  const { db, conn, worker } = opened;
  // For the database file, opening it is the restore: that time is DuckDB's start plus the file.
  const openMs = performance.now() - opening;
  const started = performance.now();
  let note = '';
  if (how === 'csv') {
    const file = await (await folder.getFileHandle('t.csv')).getFile();
    await db.registerFileHandle('t.csv', file, 2, true);
    await conn.query(window.readCsvSql('t.csv'));
  } else if (how === 'arrow') {
    const file = await (await folder.getFileHandle('t.arrow')).getFile();
    let offset = 0;
    for (const [index, length] of parts.entries()) {
      const bytes = new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
      offset += length;
      await conn.insertArrowFromIPCStream(bytes, { name: 't', create: index === 0 });
    }
  } else if (how === 'parquet') {
    const parquet = await import('/node_modules/parquet-wasm/esm/parquet_wasm.js');
    await parquet.default('/node_modules/parquet-wasm/esm/parquet_wasm_bg.wasm');
    const lengths = JSON.parse(
      await (await (await folder.getFileHandle('t.parquet.json')).getFile()).text(),
    );
    const file = await (await folder.getFileHandle('t.parquet')).getFile();
    let offset = 0;
    for (const [index, length] of lengths.entries()) {
      const bytes = new Uint8Array(await file.slice(offset, offset + length).arrayBuffer());
      offset += length;
      const ipc = parquet.readParquet(bytes).intoIPCStream();
      await conn.insertArrowFromIPCStream(ipc, { name: 't', create: index === 0 });
    }
  }
  const ms = performance.now() - started;
  let count = -1;
  let sum = '';
  let types = '';
  try {
    const result = (
      await conn.query('SELECT count(*)::DOUBLE AS n, sum(value)::VARCHAR AS s FROM t')
    )
      .toArray()[0]
      .toJSON();
    count = result.n;
    sum = result.s;
    types = (await conn.query('DESCRIBE t'))
      .toArray()
      .map((row) => row.toJSON().column_type)
      .join(',');
  } catch (error) {
    note ||= String(error.message ?? error).split('\n')[0];
  }
  const memory = await window.memory(conn).catch(() => NaN);
  await db.terminate();
  worker.terminate();
  return { how, ms, openMs, count, sum, types, memory, note };
};

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

await writeCsv();
await new Promise((done) => server.listen(0, 'localhost', done));
const url = `http://localhost:${server.address().port}/`;
const browser = await launchChromium();
try {
  const context = await browser.newContext();
  const tab = await context.newPage();
  tab.on('pageerror', (error) => console.error('page error:', error.message));
  await tab.goto(url);
  await tab.evaluate(setup);
  const prepared = await tab.evaluate(prepare);
  console.log(`rows ${rows}, CSV ${statSync(csvPath).size} bytes`);
  console.log('written:', JSON.stringify(prepared));
  const results = { csv: [], arrow: [], parquet: [], dbfile: [] };
  for (let round = 0; round < rounds; round++) {
    for (const how of Object.keys(results)) {
      await tab.reload();
      await tab.evaluate(setup);
      const result = await tab.evaluate(restore, [how, prepared.parts]);
      results[how].push(result);
      console.log(JSON.stringify(result));
    }
  }
  const csvMedian = median(results.csv.map((each) => each.ms));
  const baseOpen = median(
    Object.entries(results)
      .filter(([how]) => how !== 'dbfile')
      .flatMap(([, list]) => list.map((each) => each.openMs)),
  );
  for (const each of results.dbfile) each.ms = each.openMs - baseOpen;
  console.log(
    `\nDuckDB start without a file: ${baseOpen.toFixed(0)} ms (dbfile: its start minus that)`,
  );
  console.log('| way back | median ms | vs read_csv | rows | DuckDB memory MB | on disk MB |');
  console.log('|---|---|---|---|---|---|');
  const disk = { csv: 't.csv', arrow: 't.arrow', parquet: 't.parquet', dbfile: 'keep.db' };
  for (const [how, list] of Object.entries(results)) {
    const ms = median(list.map((each) => each.ms));
    const size = prepared.sizes[disk[how]];
    console.log(
      `| ${how} | ${ms.toFixed(0)} | ${(ms / csvMedian).toFixed(2)}x | ${list[0].count} | ${(median(list.map((each) => each.memory)) / 1e6).toFixed(1)} | ${size === undefined ? '-' : (size / 1e6).toFixed(1)} |${list[0].note ? ` ${list[0].note}` : ''}`,
    );
  }
} finally {
  await browser.close();
  server.close();
}
