import path from 'node:path';
import { openNodeDb, type NodeDatabase } from '$lib/db/node.server';

let opened: Promise<NodeDatabase> | undefined;

/**
 * DuckDB in node over data/, opened once for all the test files one vitest worker runs in turn
 * (they share modules: see vite.config.ts), for files that only read from it: an open costs
 * 1.5-3 s of CPU (the engine instantiated, the built-in database written), and 21 unit files
 * and every browser test file read the same data. A file that writes opens its own.
 */
export function dataDb(): Promise<NodeDatabase> {
  opened ??= openNodeDb(path.resolve('data'));
  opened.catch(() => (opened = undefined));
  return opened;
}
