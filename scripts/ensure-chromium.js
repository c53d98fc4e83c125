#!/usr/bin/env node
// Finds the Chromium the browser tests drive. On a Debian machine where we are root and it
// is missing, installs Debian's package (Playwright's own browser download is not used: it
// needs hosts these machines cannot reach). CHROMIUM_PATH overrides the search.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The Chromium executable to use, or undefined when there is none. */
export function findChromium() {
  const candidates = process.env.CHROMIUM_PATH ? [process.env.CHROMIUM_PATH] : CANDIDATES;
  return candidates.find((candidate) => existsSync(candidate));
}

/**
 * The features Playwright (playwright-core 1.64) turns off when it launches Chromium. Chromium
 * reads only the last `--disable-features` it is given, so ours repeats them.
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/**
 * The omnibox's two WebUI popups (chrome://omnibox-popup.top-chrome/), which Chromium 156
 * loads in a renderer of their own for every new context although a headless browser shows no
 * omnibox: 1.3-1.6 s of CPU a context, a fifth of a test's page load (measured in issue 24).
 */
const HEADLESS_UNSEEN_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

const ARGS = [
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...HEADLESS_UNSEEN_FEATURES].join(',')}`,
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function executable() {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found: run `node scripts/ensure-chromium.js`.');
  return executablePath;
}

/**
 * Launches Chromium headless, without the background traffic a closed network refuses.
 * `jsFlags` go to V8.
 * @param {{ jsFlags?: string[] }} [engine]
 */
export function launchChromium({ jsFlags = [] } = {}) {
  return chromium.launch({ executablePath: executable(), args: withJsFlags(jsFlags) });
}

/** @param {string[]} jsFlags */
function withJsFlags(jsFlags) {
  return jsFlags.length > 0 ? [...ARGS, `--js-flags=${jsFlags.join(' ')}`] : ARGS;
}

/**
 * Chromium as `launchChromium` starts it, with a profile kept in `userDataDir` (its HTTP cache
 * and code cache on disk), as a person's browser keeps them between visits. `jsFlags` go to V8.
 * @param {string} userDataDir
 * @param {import('playwright-core').BrowserContextOptions} [options]
 * @param {{ jsFlags?: string[] }} [engine]
 */
export function launchChromiumProfile(userDataDir, options = {}, { jsFlags = [] } = {}) {
  return chromium.launchPersistentContext(userDataDir, {
    ...options,
    executablePath: executable(),
    args: withJsFlags(jsFlags),
  });
}

function install() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot || !existsSync('/usr/bin/apt-get')) return false;
  console.log('Chromium is missing: installing Debian’s chromium package (apt-get)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  return true;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  let chromium = findChromium();
  if (!chromium && !process.env.CHROMIUM_PATH && install()) chromium = findChromium();
  if (!chromium) {
    console.error(
      'The browser tests need Chromium and none was found.\n' +
        '  Debian/Ubuntu: sudo apt-get install chromium\n' +
        '  Elsewhere: set CHROMIUM_PATH to a Chromium or Chrome executable.',
    );
    process.exit(1);
  }
  console.log(`Browser tests will use ${chromium}`);
}
