import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { parseCsv } from '$lib/datapackage/csv';
import { sitePages } from '$lib/pages';
import { filterRows, emptySelection } from '../../src/routes/missions/facets';
import { queries as missionQueries } from '../../src/routes/missions/queries';
import { queries as registerQueries } from '../../src/routes/register/queries';
import { closeSuite, openSuite, sharedTabs, tabTo, waitForLiveViews, type Site } from './harness';

const SHOTS = path.resolve('test-results');
const PAGES = sitePages.filter((page) => page.charts).map((page) => page.path.slice(1));
/**
 * A place in a document: a paragraph, page, annex, operative paragraph, table or heading; or
 * the file of a published dataset (the SDG Global Database's 16.4.2 series).
 */
const PLACE =
  /para\.|p\. \d|Annex|op\. \d|footnote|heading|preamble|table|row|text|chapter|asset|item|page|\.csv\b/;

let browser: Browser;
let site: Site;
let db: NodeDatabase;
let tabs: ReturnType<typeof sharedTabs>;

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  ({ browser, site, db } = await openSuite());
  tabs = sharedTabs(browser, site);
});

afterAll(() => closeSuite({ browser, site }));

/** The address in this file's tab for the width, reached by a link once a page is open. */
async function open(address: string, width = 1280): Promise<Page> {
  const page = await tabs(address, { width, height: width > 500 ? 800 : 844 });
  await waitForLiveViews(page);
  return page;
}

const query = (page: Page) => new URL(page.url()).searchParams;

describe('every page', () => {
  for (const address of PAGES) {
    const name = address.replace('/', '') || 'overview';

    it(`${name}: draws its charts from DuckDB in the browser, each with a source note naming document and place`, async () => {
      const page = await open(address);
      const watch = tabs.watchOf(page);

      const charts = page.locator('svg[data-chart]');
      const count = await charts.count();
      expect(count).toBeGreaterThan(0);
      for (let index = 0; index < count; index++) {
        const chart = charts.nth(index);
        expect(await chart.getAttribute('aria-label')).toBeTruthy();
        // Every chart sits in a panel whose source note names a document and a place in it.
        const note = await chart
          .locator('xpath=ancestor::article[1]')
          .locator('[data-testid="source-note"]')
          .first()
          .textContent();
        expect(note, `chart ${index} of ${name}`).toMatch(/Sources?:/);
        expect(note, `chart ${index} of ${name}`).toMatch(PLACE);
      }
      // No value leaks into the text as a programming word.
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).not.toMatch(/\bnull\b|\bundefined\b|\bNaN\b|\[object Object\]/);
      // A printed page says where it was printed from: its path as built (the build's own host,
      // "sveltekit-prerender", is no address), its whole address once it runs.
      const built = readFileSync(path.join('build', address, 'index.html'), 'utf8');
      expect(built).toContain(`Printed from /${address}<`);
      expect(built).not.toContain('sveltekit-prerender');
      expect(await page.locator('.print-only').first().textContent()).toBe(
        `Printed from ${page.url()}`,
      );
      await page.screenshot({ path: path.join(SHOTS, `${name}-1280.png`), fullPage: true });
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests).toEqual([]);
    });

    it(`${name}: fits a phone screen without horizontal scrolling`, async () => {
      const page = await open(address, 390);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - window.innerWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SHOTS, `${name}-390.png`), fullPage: true });
    });
  }
});

describe('the missions page', () => {
  const current = () =>
    filterRows(
      db.query(missionQueries.missions.sql, missionQueries.missions.params),
      { ...emptySelection(), mandate: ['current'] },
      '',
    );

  it('filters by embargo mandate: list, counts, map and URL change together, and a reload restores them', async () => {
    const all = db.query(missionQueries.missions.sql, missionQueries.missions.params);
    const page = await open('missions/');
    const rows = page.locator('#missions-panel-table tbody tr');
    expect(await rows.count()).toBe(all.length);

    await page.getByRole('checkbox', { name: /^Current/ }).check();
    await expect.poll(() => rows.count()).toBe(8);
    expect(query(page).getAll('mandate')).toEqual(['current']);
    expect(await page.getByTestId('missions-shown').textContent()).toContain(`8 of ${all.length}`);
    // Facet counts follow: the kinds among the 8 current missions.
    const kinds = (kind: string) => current().filter((row) => row.kind === kind).length;
    expect(
      await page
        .locator('[data-facet="kind"] label', { hasText: 'Peacekeeping' })
        .locator('.count')
        .textContent(),
    ).toBe(String(kinds('peacekeeping')));

    // The map highlights the host of each mission shown.
    await page.getByRole('tab', { name: 'Map' }).click();
    // The address follows the tab a moment later (the router's replaceState).
    await expect.poll(() => query(page).get('missions')).toBe('map');
    const hosts = new Set(
      current()
        .map((row) => row.host_m49)
        .filter(Boolean),
    );
    const filled = page.locator('#missions-panel-map path.country.filled');
    expect(await filled.count()).toBe(hosts.size);
    const filledIds = await filled.evaluateAll((paths) =>
      paths.map((each) => each.getAttribute('data-m49')),
    );
    expect(new Set(filledIds)).toEqual(hosts);

    await page.reload();
    await waitForLiveViews(page);
    expect(await page.getByRole('checkbox', { name: /^Current/ }).isChecked()).toBe(true);
    expect(await page.locator('#missions-panel-map path.country.filled').count()).toBe(hosts.size);
    expect(await page.locator('#missions-panel-map').isVisible()).toBe(true);
  });

  it('steps back and forward through filters and selections', async () => {
    const page = await open('missions/');
    const rows = page.locator('#missions-panel-table tbody tr');
    const total = await rows.count();
    await page.getByRole('checkbox', { name: /^Ended/ }).check();
    await expect.poll(() => rows.count()).toBe(2);
    await page.getByRole('link', { name: 'UNOCI' }).click();
    await page
      .getByTestId('mission-detail')
      .getByText(/2283 \(2016\)/)
      .first()
      .waitFor();
    expect(query(page).get('mission')).toBe('UNOCI');

    await page.goBack();
    await expect.poll(() => query(page).get('mission')).toBeNull();
    expect(await rows.count()).toBe(2);
    await page.goBack();
    await expect.poll(() => rows.count()).toBe(total);
    await page.goForward();
    await expect.poll(() => rows.count()).toBe(2);
  });

  it('finds missions by a typed search, kept in the URL', async () => {
    const page = await open('missions/');
    await page.getByRole('searchbox', { name: 'Search missions' }).fill('darfur');
    await expect.poll(() => query(page).get('q')).toBe('darfur');
    const rows = page.locator('#missions-panel-table tbody tr');
    await expect.poll(() => rows.count()).toBe(1);
    expect(await rows.first().textContent()).toContain('UNAMID');
  });
});

describe('downloads', () => {
  async function download(page: Page, panel: string, kind: string): Promise<Buffer> {
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator(`#${panel} [data-download="${kind}"]`).click(),
    ]);
    expect(file.suggestedFilename()).toBe(`${panel}.${kind}`);
    return readFileSync((await file.path())!);
  }

  it('give the chart’s rows as CSV, its sources as JSON, and the chart as SVG and PNG', async () => {
    const expected = db.query(registerQueries.groups.sql, registerQueries.groups.params);
    const page = await open('register/');

    const csv = parseCsv((await download(page, 'reporting', 'csv')).toString('utf8'));
    expect(csv.header).toContain('reporting_rate');
    expect(csv.records.map((record) => record.values[csv.header.indexOf('group_name')])).toEqual(
      expected.map((row) => row.group_name),
    );
    const rate = csv.header.indexOf('reporting_rate');
    csv.records.forEach((record, index) =>
      expect(Number(record.values[rate])).toBeCloseTo(Number(expected[index].reporting_rate), 10),
    );

    const meta = JSON.parse((await download(page, 'reporting', 'json')).toString('utf8'));
    expect(meta.rows).toBe(expected.length);
    expect(meta.sources.map((source: { title: string }) => source.title)).toContain(
      'UN Disarmament Yearbook 2011, Part II, p. 81',
    );
    expect(meta.computed_by.sql).toContain('FROM register_reporting');

    const svg = (await download(page, 'reporting', 'svg')).toString('utf8');
    expect(svg.startsWith('<svg')).toBe(true);
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        ok: doc.querySelector('parsererror') === null,
        bars: doc.querySelectorAll('g.bar, g[data-key]').length,
        text: doc.documentElement.textContent,
      };
    }, svg);
    expect(parsed.ok).toBe(true);
    // The data hold every year; the chart draws the year shown, the latest by default.
    const latest = Math.max(...expected.map((row) => Number(row.report_year)));
    expect(parsed.bars).toBe(expected.filter((row) => Number(row.report_year) === latest).length);
    expect(parsed.text).toContain('Africa');
    expect(parsed.text).toContain('UN Disarmament Yearbook 2011');

    const png = await download(page, 'reporting', 'png');
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    const svgWidth = Number(/<svg[^>]* width="(\d+(\.\d+)?)"/.exec(svg)?.[1]);
    expect(png.readUInt32BE(16)).toBe(Math.round(svgWidth * 2));
  });
});

describe('saved charts say what they show', () => {
  it('a panel of two measures saves both, each with its caption, so neither is mistaken for the other', async () => {
    const page = await open('trade/');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#harm [data-download="svg"]').click(),
    ]);
    const svg = readFileSync((await file.path())!, 'utf8');
    expect(svg).toContain('Share of all violent deaths caused by firearms');
    expect(svg).toContain('Share of direct conflict deaths that involved firearms');
    expect(svg.match(/data-chart/g)).toHaveLength(2);
  });

  it('a filtered map saves with the filter written under its title', async () => {
    const page = await open('missions/?mandate=current&missions=map');
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('#missions [data-download="svg"]').click(),
    ]);
    const svg = readFileSync((await file.path())!, 'utf8');
    expect(svg).toContain('8 of 13 missions · Embargo-support mandate: Current');
  });
});

describe('keyboard alone', () => {
  it('reaches and works a facet, the tabs and a mission link', async () => {
    const page = await open('missions/');
    await tabTo(page, 'input[type="checkbox"][value="current"]');
    await page.keyboard.press('Space');
    await expect.poll(() => query(page).getAll('mandate')).toEqual(['current']);

    await tabTo(page, '#missions-tab-table');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => query(page).get('missions')).toBe('map');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('missions-tab-map');
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => query(page).get('missions')).toBeNull();

    await tabTo(page, '#missions-panel-table a');
    await page.keyboard.press('Enter');
    await expect.poll(() => query(page).get('mission')).toBe('MINUSCA');
    await page.getByTestId('mission-detail').getByRole('heading').waitFor();
  });

  it('switches the Register chart between share and count with the arrow keys', async () => {
    const page = await open('register/');
    await tabTo(page, 'input[name="measure"]:checked');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => query(page).get('measure')).toBe('count');
    expect(
      await page.locator('#reporting-panel-chart svg[data-chart] text.value').first().textContent(),
    ).toBe('28 of 30');
  });

  it('walks the timeline and the citation network with the arrow keys', async () => {
    const page = await open('');
    await tabTo(page, '#timeline g.event[tabindex="0"]');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => query(page).get('event')).toBeTruthy();
    const detail = await page.getByTestId('event-detail').textContent();
    expect(detail).toMatch(PLACE);

    const sources = await open('sources/');
    await tabTo(sources, '#network g.node[tabindex="0"]');
    await sources.keyboard.press('Enter');
    await expect.poll(() => query(sources).get('doc')).toBe('S/RES/2117 (2013)');
    await sources.keyboard.press('ArrowRight');
    await expect.poll(() => query(sources).get('doc')).not.toBe('S/RES/2117 (2013)');
    expect(await sources.getByTestId('document-detail').textContent()).toContain('Cited by');
  });
});

describe('the sources page', () => {
  it('names the 2012 report by its working symbol, marked unconfirmed, never as "null"', async () => {
    const page = await open('sources/');
    const seeds = await page.locator('#seeds-panel-table tbody').textContent();
    expect(seeds).toContain('A/67/… (symbol not confirmed)');
    expect(seeds).not.toContain('null');
  });
});
