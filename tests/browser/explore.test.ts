import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { closeSuite, openSuite, waitForLiveViews, type Site } from './harness';

// Issue 13: the Register page over the years, and a tooltip on every mark.
let browser: Browser;
let site: Site;
let db: NodeDatabase;
// The years with figures by group, counted from data/register_reporting.csv itself.
let years: number[];
let groupsIn: (year: number) => { group_id: string; states_reporting: number }[];

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
  years = db
    .query(
      "SELECT DISTINCT report_year FROM register_reporting WHERE group_id <> 'ALL' AND measure = 'group_members' ORDER BY 1",
    )
    .map((row) => Number(row.report_year));
  groupsIn = (year) =>
    db.query(
      "SELECT group_id, value AS states_reporting FROM register_reporting WHERE report_year = ? AND group_id <> 'ALL' AND measure = 'states_reporting'",
      [year],
    ) as { group_id: string; states_reporting: number }[];
});

afterAll(() => closeSuite({ browser, site }));

const bars = '#reporting-panel-chart svg[data-chart] g.bar';

async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await browser.newPage({ viewport });
  await page.goto(`${site.url}${path}`);
  await waitForLiveViews(page);
  return page;
}

describe('the Register page over the years', () => {
  it('has a year selector that changes the chart, the map, the table and the URL, and a reload restores it', async () => {
    expect(years.length).toBeGreaterThan(1);
    const [first, latest] = [years[0], years.at(-1)!];
    const page = await open('register/');
    const slider = page.getByRole('slider', { name: 'Year of reports' });
    expect(await slider.getAttribute('aria-valuetext')).toBe(String(latest));
    expect(await page.locator('#reporting-title').textContent()).toContain(String(latest));

    // Keyboard: Home goes to the oldest year with figures.
    await slider.focus();
    await page.keyboard.press('Home');
    await expect.poll(() => new URL(page.url()).searchParams.get('year')).toBe(String(first));
    await expect
      .poll(() => page.locator('#reporting-title').textContent())
      .toContain(String(first));
    const africa = groupsIn(first).find((row) => row.group_id === 'AFR')!;
    await expect
      .poll(() => page.locator(`${bars}[data-key="AFR"]`).getAttribute('aria-label'))
      .toContain(`${africa.states_reporting} of`);
    // The map's countries carry the year's share in their names.
    const mapLabel = await page
      .locator('#reporting-panel-map svg[data-chart]')
      .getAttribute('aria-label');
    expect(mapLabel).toContain(String(first));

    // The table lists every year, the chosen one first.
    await page.getByRole('tab', { name: 'Table' }).first().click();
    const rows = page.locator('#reporting-panel-table table tbody tr');
    const total = years.reduce((sum, year) => sum + groupsIn(year).length, 0);
    await expect.poll(() => rows.count()).toBe(total);
    expect(await rows.first().locator('td, th').first().textContent()).toBe(String(first));

    await page.reload();
    await waitForLiveViews(page);
    expect(await page.getByRole('slider').getAttribute('aria-valuetext')).toBe(String(first));
    expect(await page.locator('#reporting-title').textContent()).toContain(String(first));
    expect(await rows.first().locator('td, th').first().textContent()).toBe(String(first));
    await page.close();
  });

  it('draws one line per selected group, with as many points as sourced years; a legend entry toggles its line', async () => {
    const page = await open('register/');
    const chart = '#trend-panel-chart svg[data-chart]';
    const groups = groupsIn(years.at(-1)!).map((row) => row.group_id);
    for (const group of groups) {
      const sourced = years.filter((year) => groupsIn(year).some((row) => row.group_id === group));
      expect(await page.locator(`${chart} circle[data-series="${group}"]`).count(), group).toBe(
        sourced.length,
      );
    }
    expect(await page.locator(`${chart} g.line`).count()).toBe(groups.length);

    await page.locator('#trend button[data-series="AFR"]').click();
    await expect.poll(() => page.locator(`${chart} g.line`).count()).toBe(groups.length - 1);
    expect(await page.locator(`${chart} [data-series="AFR"]`).count()).toBe(0);
    const inUrl = new URL(page.url()).searchParams.getAll('groups');
    expect(inUrl.sort()).toEqual(groups.filter((group) => group !== 'AFR').sort());
    await page.reload();
    await waitForLiveViews(page);
    expect(await page.locator(`${chart} g.line`).count()).toBe(groups.length - 1);
    expect(
      await page.locator('#trend button[data-series="AFR"]').getAttribute('aria-pressed'),
    ).toBe('false');
    await page.close();
  });

  // Issue 13: "the line chart's legend swatches look like checkboxes" (a filled and an empty
  // square). A key to a line is a sample of the line: a stroke with a point on it, coloured as
  // the chart draws them; a hidden line's entry is told apart by more than a box.
  for (const scheme of ['light', 'dark'] as const) {
    it(`draws legend swatches as samples of the lines, in their colours (${scheme})`, async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        colorScheme: scheme,
      });
      const page = await context.newPage();
      await page.goto(`${site.url}register/`);
      await waitForLiveViews(page);
      const paint = (selector: string, property: 'stroke' | 'fill') =>
        page
          .locator(selector)
          .first()
          .evaluate((element, name) => getComputedStyle(element).getPropertyValue(name), property);

      // Participation: final counts are a solid line through filled points, the others a
      // dashed line into open rings; the key shows both, in the chart's own colours.
      const chart = '#participation-panel-chart svg[data-chart]';
      const key = '#participation .series-legend';
      expect(await page.locator(`${key} .swatch`).count()).toBe(2);
      expect(await page.locator(`${key} span.swatch, ${key} input`).count()).toBe(0);
      const lineColour = await paint(`${chart} line.segment:not(.dashed)`, 'stroke');
      expect(lineColour).toMatch(/^rgb/);
      expect(await paint(`${key} [data-series="final"] .swatch line`, 'stroke')).toBe(lineColour);
      expect(await paint(`${key} [data-series="final"] .swatch circle`, 'fill')).toBe(
        await paint(`${chart} circle.mark:not(.partial)`, 'fill'),
      );
      const partial = page.locator(`${key} [data-series="partial"] .swatch line`);
      expect(await partial.getAttribute('stroke-dasharray')).toBeTruthy();
      expect(await paint(`${key} [data-series="partial"] .swatch circle`, 'fill')).toBe(
        await paint(`${chart} circle.mark.partial`, 'fill'),
      );
      expect(await paint(`${key} [data-series="partial"] .swatch circle`, 'stroke')).toBe(
        lineColour,
      );

      // Trend: each toggle's sample is its group's line colour; hidden, it turns grey and the
      // name is struck through, the state in aria-pressed.
      const trend = '#trend-panel-chart svg[data-chart]';
      const africa = '#trend button[data-series="AFR"]';
      const colour = await paint(`${trend} g.line[data-series="AFR"] line`, 'stroke');
      expect(await paint(`${africa} .swatch line`, 'stroke')).toBe(colour);
      expect(await paint(`${africa} .swatch circle`, 'fill')).toBe(colour);
      await page.locator(africa).click();
      await expect.poll(() => page.locator(africa).getAttribute('aria-pressed')).toBe('false');
      expect(await paint(`${africa} .swatch line`, 'stroke')).not.toBe(colour);
      expect(await paint(`${africa} .swatch circle`, 'stroke')).not.toBe(colour);
      expect(
        await page
          .locator(africa)
          .evaluate((element) => getComputedStyle(element).textDecorationLine),
      ).toBe('line-through');
      await context.close();
    });
  }
});

describe('a tooltip on every mark, for mouse, touch and keyboard', () => {
  const marks = [
    { name: 'a bar', panel: 'reporting', selector: `${bars}[data-key="AFR"]`, tab: null },
    {
      name: 'a point over the years',
      panel: 'trend',
      selector: '#trend-panel-chart circle[data-series="AFR"]',
      tab: null,
    },
    {
      name: 'a point of participation',
      panel: 'participation',
      selector: '#participation-panel-chart circle.mark',
      tab: null,
    },
    {
      name: 'a map country',
      panel: 'reporting',
      selector: '#reporting-panel-map path[data-m49="566"]',
      tab: 'Map',
    },
  ];
  const tooltip = (page: Page, panel: string) => page.locator(`#${panel} [role="tooltip"]`);

  for (const mark of marks) {
    it(`${mark.name}: hover, tap and focus show its value and source; Escape hides it`, async () => {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        hasTouch: true,
      });
      const page = await context.newPage();
      await page.goto(`${site.url}register/`);
      await waitForLiveViews(page);
      if (mark.tab) {
        await page.locator(`#${mark.panel}`).getByRole('tab', { name: mark.tab }).click();
      }
      const target = page.locator(mark.selector).last();

      await target.hover();
      await tooltip(page, mark.panel).waitFor();
      expect(await tooltip(page, mark.panel).textContent()).toMatch(/Source: .{4,}/);
      expect(await tooltip(page, mark.panel).textContent()).toMatch(/\d/);
      await page.keyboard.press('Escape');
      await expect.poll(() => tooltip(page, mark.panel).count()).toBe(0);

      await page.mouse.move(0, 0);
      await target.tap();
      await tooltip(page, mark.panel).waitFor();
      expect(await tooltip(page, mark.panel).textContent()).toMatch(/Source: /);
      await page.keyboard.press('Escape');
      await expect.poll(() => tooltip(page, mark.panel).count()).toBe(0);

      // The tap focused the mark: leave it, then come back by keyboard focus.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await expect.poll(() => tooltip(page, mark.panel).count()).toBe(0);
      await target.focus();
      await tooltip(page, mark.panel).waitFor();
      expect(await tooltip(page, mark.panel).textContent()).toMatch(/Source: /);
      await context.close();
    });
  }

  it('is in Chinese on /zh/', async () => {
    const page = await open('zh/register/');
    await page.locator(`${bars}[data-key="AFR"]`).hover();
    await tooltip(page, 'reporting').waitFor();
    const text = await tooltip(page, 'reporting').textContent();
    expect(text).toContain('来源');
    expect(text).toContain('年收到的报告');
    await page.close();
  });
});
