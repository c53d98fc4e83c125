#!/usr/bin/env node
// `npm test`: every test. The site is built first (the browser tests open it), then one vitest
// process runs the unit tests and then the browser tests (vite.config.ts orders the projects):
// one start of vitest instead of two, each 30-60 s of CPU (the messages compiled, the built-in
// database written). The unit tests never run beside the build: both write
// .svelte-kit/generated/ through SvelteKit's Vite plugin, and a build that read a file the other
// was writing served a broken workbench. If the build fails, the unit tests still run alone.
// Exits non-zero if any step fails.
import { spawn } from 'node:child_process';

/**
 * Runs an npm script with its output shown; resolves with its exit code.
 * @param {string} script
 * @returns {Promise<number>}
 */
function run(script) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], { stdio: 'inherit' });
    child.on('close', (code) => resolve(code ?? 1));
  });
}

for (const step of ['test:chromium', 'build']) {
  const code = await run(step);
  if (code !== 0) {
    await run('test:unit');
    process.exit(code);
  }
}
process.exit(await run('test:all'));
