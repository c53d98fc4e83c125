import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

export default ts.config(
  {
    ignores: [
      'build/',
      'build-base/',
      '.svelte-kit/',
      'node_modules/',
      'test-results/',
      'bench-results/',
      'src/lib/paraglide/',
    ],
  },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    // One module owns the database: everything else asks src/lib/db for rows.
    files: ['src/**/*.{ts,js,svelte}'],
    ignores: ['src/lib/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@duckdb/duckdb-wasm', '@duckdb/duckdb-wasm/*'],
              message: 'Only src/lib/db may import duckdb-wasm.',
            },
          ],
        },
      ],
    },
  },
);
