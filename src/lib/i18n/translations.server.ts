import { readFileSync } from 'node:fs';
import path from 'node:path';
// Relative import: this plugin runs before SvelteKit's aliases exist.
import { readTranslations, textsIn } from './translations.ts';

const prefix = 'virtual:translations/';

/**
 * A Vite plugin that serves data/translations.csv one language at a time: `import
 * ('virtual:translations/zh')` is a module whose default export is the Chinese texts, key →
 * text. A page loads its own language's module only (about a fifth of the file, already
 * parsed), where importing the whole CSV gave every page 660 kB of all six languages to parse.
 */
export function translationModules(file = 'data/translations.csv') {
  const source = path.resolve(file);
  return {
    name: 'translation-modules',
    resolveId(id: string) {
      return id.startsWith(prefix) ? `\0${id}` : undefined;
    },
    load(this: { addWatchFile(file: string): void }, id: string) {
      if (!id.startsWith(`\0${prefix}`)) return undefined;
      this.addWatchFile(source);
      const locale = id.slice(prefix.length + 1);
      const texts = textsIn(readTranslations(readFileSync(source, 'utf8')), locale);
      // JSON.parse of one string is quicker to parse and run than an object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(texts))});`;
    },
  };
}
