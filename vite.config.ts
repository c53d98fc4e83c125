import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { paraglideMessages } from './scripts/messages.js';
import svelteConfig from './svelte.config.js';
import { duckdbWorkerWithoutEval } from './scripts/duckdb-worker-without-eval.js';
import { builtInDatabase } from './src/lib/db/builtin.server.ts';

export default defineConfig({
  plugins: [
    builtInDatabase(),
    duckdbWorkerWithoutEval(),
    ...paraglideMessages(svelteConfig.kit?.paths?.base ?? ''),
    sveltekit(),
  ],
  build: {
    // Datasets stay separate files, fetched from the site itself, never inlined as data: URLs.
    assetsInlineLimit: (file) => (file.endsWith('.csv') ? false : undefined),
  },
  server: { fs: { allow: ['data'] } },
  test: {
    // Two files at a time: a browser test spends most of its time waiting on Chromium and
    // DuckDB, so on these 2-core machines two files overlap well (measured in issue 24).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // A limit that stops a hung test, not a speed check: on a loaded 2-core machine a
          // load of 1,000 columns on a real DuckDB took 5.7 s against vitest's 5 s default.
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
