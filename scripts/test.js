#!/usr/bin/env node
// `npm test`: every test. The unit tests run while the site is built (the build uses about one
// core, the unit files two, and neither waits on the other), then the browser tests run on the
// built site. The build's output is held back and printed after the unit tests' own, so each
// reads whole. Exits non-zero if any step fails.
import { spawn } from 'node:child_process';

/**
 * Runs an npm script; resolves with its exit code and, when `quiet`, its output.
 * @param {string} script
 * @param {{ quiet?: boolean, env?: Record<string, string> }} [options]
 * @returns {Promise<{ code: number, output: Buffer }>}
 */
function run(script, { quiet = false, env = {} } = {}) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', '--silent', script], {
      stdio: quiet ? ['ignore', 'pipe', 'pipe'] : 'inherit',
      env: { ...process.env, ...env },
    });
    /** @type {Buffer[]} */
    const output = [];
    if (quiet) {
      child.stdout?.on('data', (chunk) => output.push(chunk));
      child.stderr?.on('data', (chunk) => output.push(chunk));
    }
    child.on('close', (code) => resolve({ code: code ?? 1, output: Buffer.concat(output) }));
  });
}

for (const step of ['test:chromium', 'messages']) {
  const { code } = await run(step);
  if (code !== 0) process.exit(code);
}
// The messages are compiled: the unit tests' Vite must not compile them again under the build.
// Only the unit tests are told so: the browser tests' own build (basepath) compiles for its base.
const [unit, build] = await Promise.all([
  run('test:unit', { env: { MESSAGES_COMPILED: '1' } }),
  run('build', { quiet: true }),
]);
console.log('\n== npm run build (ran beside the unit tests)');
process.stdout.write(build.output);
if (build.code !== 0) {
  console.error(`npm run build failed (exit ${build.code}).`);
  process.exit(build.code);
}
const browser = await run('test:browser');
process.exit(unit.code || browser.code);
