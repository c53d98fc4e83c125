#!/usr/bin/env node
// `npm test`: every test, one step after the other: the unit tests, then the site's build, then
// the browser tests on the built site. (Running the unit tests beside the build was tried: both
// write .svelte-kit/generated/ through SvelteKit's Vite plugin, and a build that read a file the
// other was writing served a broken workbench.) Exits non-zero if any step fails.
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

const unit = await run('test:unit');
for (const step of ['test:chromium', 'build', 'test:browser']) {
  const code = await run(step);
  if (code !== 0) process.exit(code);
}
process.exit(unit);
