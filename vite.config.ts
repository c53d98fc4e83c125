import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';
import { paraglideMessages } from './scripts/messages.js';
import svelteConfig from './svelte.config.js';
import { duckdbWorkerWithoutEval } from './scripts/duckdb-worker-without-eval.js';
import { builtInDatabase } from './src/lib/db/builtin.server.ts';
import { translationModules } from './src/lib/i18n/translations.server.ts';

export default defineConfig({
  plugins: [
    builtInDatabase(),
    duckdbWorkerWithoutEval(),
    translationModules(),
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
          // The unit files share their modules: no file changes a module's state for another
          // (the one that stubs globals restores them after each test), and importing the app's
          // modules afresh for each of 100 files took 65-190 s of the run (42 s shared, load 8).
          isolate: false,
          // Before the browser tests when `npm test` runs both in one process: the base-path
          // browser test builds the site again, rewriting src/lib/paraglide for its base.
          sequence: { groupOrder: 0 },
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
          // The files share their modules, as the unit files do: each file starts its own site
          // and opens contexts of its own in the worker's one Chromium (harness.ts), closing
          // both when it ends, and none changes a module's state for another; importing
          // Playwright, DuckDB and the app's modules afresh took 3-5 s of CPU a file.
          isolate: false,
          sequence: { groupOrder: 1 },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
