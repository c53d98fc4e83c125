import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSuite, openSuite, waitForPageReady, type Site } from './harness';

// A press of a download button gives the file, however fast the presses come and however
// early. Chromium drops, without a word, a download a page starts when ten have started in the
// last second; and a button in the prerendered HTML does nothing until its script has run.

let browser: Browser;
let site: Site;

beforeAll(async () => {
  ({ browser, site } = await openSuite({ data: false }));
});

afterAll(() => closeSuite({ browser, site }));

/** The names of the files the page hands to the browser, as they arrive. */
function downloads(page: Page): string[] {
  const names: string[] = [];
  page.on('download', (file) => names.push(file.suggestedFilename()));
  return names;
}

describe('download buttons pressed in a burst', () => {
  it('each press of every download of a panel gives its file, three rounds in one go', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(`${site.url}sources/`);
    await waitForPageReady(page);
    const names = downloads(page);
    const kinds = await page
      .locator('#embargoes [data-download]')
      .evaluateAll((each) => each.map((button) => button.getAttribute('data-download')!));
    expect(kinds).toEqual(['table', 'csv', 'json', 'zip', 'svg', 'png']);
    // Eighteen presses within one task: far more than ten in a second.
    await page.locator('#embargoes').evaluate((panel) => {
      const buttons = [...panel.querySelectorAll<HTMLButtonElement>('[data-download]')];
      for (let round = 0; round < 3; round++) for (const button of buttons) button.click();
    });
    const expected = ['table.csv', '.csv', '.json', '.zip', '.svg', '.png'].map((end) =>
      end === 'table.csv' ? 'embargoes-table.csv' : `embargoes${end}`,
    );
    await expect.poll(() => names.length, { timeout: 20_000 }).toBe(3 * expected.length);
    expect([...names].sort()).toEqual([...expected, ...expected, ...expected].sort());
    expect(await page.locator('#embargoes .downloads [role="alert"]').count()).toBe(0);
    await page.close();
  });
});

describe('download buttons before the page has loaded its scripts', () => {
  it('are disabled and say why, then the first press gives the file', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    // Scripts held back a moment, as on a slow connection: the HTML is there before them.
    let release = () => {};
    const held = new Promise<void>((done) => (release = done));
    await page.route('**/_app/immutable/**', async (route) => {
      await held;
      await route.continue();
    });
    const names = downloads(page);
    await page.goto(site.url, { waitUntil: 'commit' });
    const button = page.locator('#timeline [data-download="json"]');
    await button.waitFor({ state: 'attached' });
    expect(await button.isDisabled()).toBe(true);
    const reason = await button.getAttribute('aria-describedby');
    expect(await page.locator(`[id="${reason}"]`).textContent()).toMatch(/finished loading/);
    release();
    // A press as soon as the button takes one (Playwright waits until it is enabled).
    const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
    expect(file.suggestedFilename()).toBe('timeline.json');
    expect(names).toEqual(['timeline.json']);
    await page.close();
  });
});
