// The UI text is edited in typed catalogues (src/lib/i18n/messages.ts for English; zh.ts, ar.ts,
// fr.ts, ru.ts and es.ts for the other UN languages: the `Messages` type makes a missing or misspelt key a type error) and compiled by
// Paraglide JS from messages/{locale}.json, which this module writes from them, one object per
// area (the key's first part). `node scripts/messages.js` writes the JSON and compiles it into
// src/lib/paraglide/ (what `npm run check` needs before svelte-check; it only warns about an
// incomplete translation); the build, the dev server and the tests do the same through the Vite
// plugins of `paraglideMessages()`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile, paraglideVitePlugin } from '@inlang/paraglide-js';
import ts from 'typescript';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Each locale's catalogue: the file and the name of the object literal it holds. */
export const catalogues = {
  en: { file: 'src/lib/i18n/messages.ts', name: 'en' },
  zh: { file: 'src/lib/i18n/zh.ts', name: 'zh' },
  ar: { file: 'src/lib/i18n/ar.ts', name: 'ar' },
  fr: { file: 'src/lib/i18n/fr.ts', name: 'fr' },
  ru: { file: 'src/lib/i18n/ru.ts', name: 'ru' },
  es: { file: 'src/lib/i18n/es.ts', name: 'es' },
};
export const baseLocale = 'en';

/**
 * The entries of the object literal assigned to `name` in a TypeScript file, read from its
 * syntax tree (the file is not run: messages.ts imports the compiled Paraglide runtime). Every value
 * must be a plain string literal. A file that does not exist has no entries.
 * @param {string} file
 * @param {string} name
 * @returns {Record<string, string>}
 */
export function readCatalogue(file, name) {
  const absolute = path.resolve(root, file);
  if (!fs.existsSync(absolute)) return {};
  const text = fs.readFileSync(absolute, 'utf8');
  const source = ts.createSourceFile(absolute, text, ts.ScriptTarget.Latest, true);
  /** @type {ts.Expression | undefined} */
  let literal;
  /** @param {ts.Node} node */
  const visit = (node) => {
    if (
      ts.isVariableDeclaration(node) &&
      ts.isIdentifier(node.name) &&
      node.name.text === name &&
      node.initializer
    ) {
      literal = node.initializer;
    } else if (!literal) ts.forEachChild(node, visit);
  };
  visit(source);
  while (
    literal &&
    (ts.isAsExpression(literal) ||
      ts.isSatisfiesExpression(literal) ||
      ts.isParenthesizedExpression(literal))
  ) {
    literal = literal.expression;
  }
  if (!literal || !ts.isObjectLiteralExpression(literal)) {
    throw new Error(`${file}: no object literal named ${name}`);
  }
  /** @type {Record<string, string>} */
  const entries = {};
  for (const property of literal.properties) {
    const where = `${file}:${source.getLineAndCharacterOfPosition(property.getStart()).line + 1}`;
    if (
      !ts.isPropertyAssignment(property) ||
      !(ts.isStringLiteral(property.name) || ts.isIdentifier(property.name)) ||
      !ts.isStringLiteralLike(property.initializer)
    ) {
      throw new Error(`${where}: each message must be 'key': 'a plain string'`);
    }
    entries[property.name.text] = property.initializer.text;
  }
  return entries;
}

/** The `{name}` placeholders of a message (a plural's count `{name, plural, …}` too), sorted. @param {string} text */
export function placeholders(text) {
  return [
    ...new Set([...text.matchAll(/\{(\w+)(?:\}|\s*,\s*plural\s*,)/g)].map((match) => match[1])),
  ].sort();
}

/**
 * What is wrong with a translation against the base catalogue: keys without a non-empty
 * message, keys the base does not have, and messages whose placeholders differ.
 * @param {Record<string, string>} base
 * @param {Record<string, string>} translation
 */
export function translationProblems(base, translation) {
  const missing = Object.keys(base).filter((key) => !translation[key]?.trim());
  const unknown = Object.keys(translation).filter((key) => !(key in base));
  const placeholderMismatch = Object.keys(base).filter(
    (key) =>
      translation[key]?.trim() &&
      placeholders(base[key]).join() !== placeholders(translation[key]).join(),
  );
  return { missing, unknown, placeholderMismatch };
}

/**
 * A catalogue as inlang message-format JSON: one object per area, so `nav.overview` is
 * `{"nav": {"overview": …}}` (the plugin joins nested keys with dots again). Braces that are
 * not placeholders and backslashes are escaped.
 * @param {Record<string, string>} entries
 */
export function toMessageFormat(entries) {
  /** @type {Record<string, string | Record<string, string>>} */
  const json = { $schema: 'https://inlang.com/schema/inlang-message-format' };
  for (const [key, text] of Object.entries(entries)) {
    const escaped = text.replace(/\\/g, '\\\\').replace(/\{(?!\w+\})|(?<!\{\w+)\}/g, '\\$&');
    const dot = key.indexOf('.');
    if (dot < 0) {
      if (key in json) throw new Error(`message ${key} has the name of an area`);
      json[key] = escaped;
      continue;
    }
    const area = key.slice(0, dot);
    const group = (json[area] ??= {});
    if (typeof group === 'string') throw new Error(`message ${area} has the name of an area`);
    group[key.slice(dot + 1)] = escaped;
  }
  return json;
}

/**
 * Writes messages/{locale}.json from the catalogues (only files whose text changes) and returns
 * what is wrong with the translations: a missing message, an unknown key or other placeholders.
 * Paraglide would show the English message in place of a missing one, which must not happen
 * unnoticed: the caller stops the build or warns.
 * @returns {string[]}
 */
export function writeMessages() {
  const base = readCatalogue(catalogues[baseLocale].file, catalogues[baseLocale].name);
  /** @type {string[]} */
  const report = [];
  for (const [locale, { file, name }] of Object.entries(catalogues)) {
    const entries = locale === baseLocale ? base : readCatalogue(file, name);
    if (locale !== baseLocale) {
      const { missing, unknown, placeholderMismatch } = translationProblems(base, entries);
      const problems = [
        missing.length && `${missing.length} missing (${missing.slice(0, 8).join(', ')}…)`,
        unknown.length && `unknown keys ${unknown.join(', ')}`,
        placeholderMismatch.length && `other placeholders in ${placeholderMismatch.join(', ')}`,
      ].filter(Boolean);
      if (problems.length) report.push(`${file}: ${problems.join('; ')}`);
    }
    const text = `${JSON.stringify(toMessageFormat(entries), null, 2)}\n`;
    const target = path.resolve(root, 'messages', `${locale}.json`);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    if (!fs.existsSync(target) || fs.readFileSync(target, 'utf8') !== text) {
      fs.writeFileSync(target, text);
    }
  }
  return report;
}

const allowMissing = 'Set I18N_ALLOW_MISSING=1 to build with English in their place.';

/**
 * Paraglide's options. English has no prefix, each other language is under /<locale>/ (/zh/,
 * /fr/…), all under the site's
 * base path (BASE_PATH, as in svelte.config.js); trailing slashes as Kit writes them.
 * @param {string} base '' or '/repo'
 * @returns {import('@inlang/paraglide-js').CompilerOptions}
 */
export function paraglideOptions(base) {
  const origin = ':protocol://:domain(.*)::port?';
  return {
    project: './project.inlang',
    outdir: './src/lib/paraglide',
    strategy: ['url', 'baseLocale'],
    trailingSlash: 'always',
    urlPatterns: [
      {
        pattern: `${origin}${base}/:path(.*)?`,
        localized: [
          ...Object.keys(catalogues)
            .filter((locale) => locale !== baseLocale)
            .map(
              (locale) =>
                /** @type {[string, string]} */ ([locale, `${origin}${base}/${locale}/:path(.*)?`]),
            ),
          ['en', `${origin}${base}/:path(.*)?`],
        ],
      },
    ],
  };
}

/**
 * Vitest reads the config afresh for the root and each project (three times in one process, each
 * a new copy of this module), and a build a test starts inherits the environment: the messages
 * are compiled once per process tree and base, as the environment records (each compile was
 * 4-5 s, run in turn before any test).
 */
const compiledFor = 'SDG_MESSAGES_COMPILED_FOR_BASE';

/**
 * The Vite plugins: one writes the JSON from the catalogues (again when one changes in the dev
 * server), then Paraglide's compiles it. A build stops on an incomplete translation unless
 * I18N_ALLOW_MISSING is set; the dev server and the tests warn (tests/unit/i18n fails on it).
 * @param {string} base
 * @returns {import('vite').Plugin[]}
 */
export function paraglideMessages(base) {
  /** @type {string[]} */
  let report = [];
  /** @type {import('vite').Plugin} */
  const write = {
    name: 'paraglide-messages',
    config() {
      report = writeMessages();
      // Under vitest one compile is enough, in a process of its own: the compiler leaves
      // file handles open that would hold the test process until its close timeout.
      if (process.env.VITEST && process.env[compiledFor] !== base) {
        process.env[compiledFor] = base;
        execFileSync(process.execPath, [fileURLToPath(import.meta.url)], {
          env: { ...process.env, BASE_PATH: base },
          stdio: 'ignore',
        });
      }
    },
    buildStart() {
      if (!report.length) return;
      const message = `${report.join('\n')}\n${allowMissing}`;
      if (this.environment?.config.command === 'build' && !process.env.I18N_ALLOW_MISSING) {
        this.error(message);
      }
      this.warn(message);
    },
    configureServer(server) {
      const files = Object.values(catalogues).map(({ file }) => path.resolve(root, file));
      server.watcher.add(files);
      server.watcher.on('change', (file) => {
        if (!files.includes(path.resolve(file))) return;
        for (const problem of writeMessages()) server.config.logger.warn(problem);
      });
    },
  };
  if (process.env.VITEST) return [write];
  return [
    write,
    /** @type {import('vite').Plugin} */ (paraglideVitePlugin(paraglideOptions(base))),
  ];
}

const trimmed = (process.env.BASE_PATH ?? '').replace(/^\/+|\/+$/g, '');
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  for (const problem of writeMessages()) console.warn(problem);
  await compile(paraglideOptions(trimmed ? `/${trimmed}` : ''));
  // The output is written; the compiler leaves a file handle closing that would keep node
  // waiting about 30 s more.
  process.exit(0);
}
