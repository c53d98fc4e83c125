import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, PLAYWRIGHT_DISABLED_FEATURES } from '../../scripts/ensure-chromium.js';

let browser: Browser;

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(() => browser?.close());

/** The features playwright-core turns off, as its own source lists them. */
function playwrightsOwn(): string[] {
  const require = createRequire(import.meta.url);
  const bundle = readFileSync(
    path.join(path.dirname(require.resolve('playwright-core/package.json')), 'lib/coreBundle.js'),
    'utf8',
  );
  const list = /disabledFeatures = \[([\s\S]*?)\]/.exec(bundle)?.[1] ?? '';
  return [...list.matchAll(/^\s*"(\w+)",?\s*$/gm)].map((match) => match[1]);
}

describe('the Chromium the tests and the bench launch', () => {
  it("keeps every feature Playwright turns off turned off (Chromium reads only the last --disable-features, and ours replaces Playwright's)", () => {
    const own = playwrightsOwn();
    expect(own.length).toBeGreaterThan(10);
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(own);
  });

  it('loads no omnibox popup for a new context: a headless browser shows none, and its renderer cost 1.3-1.6 s of CPU a context', async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto('about:blank');
      // Chromium 156 loads the popups a moment after the context opens.
      await page.waitForTimeout(1500);
      const cdp = await browser.newBrowserCDPSession();
      const { targetInfos } = await cdp.send('Target.getTargets');
      await cdp.detach();
      expect(targetInfos.filter((target) => target.type === 'browser_ui')).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
