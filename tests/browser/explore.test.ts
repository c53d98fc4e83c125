import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { closeSuite, openSuite, sharedTabs, waitForLiveViews, type Site } from './harness';

// Issue 13: the Register page over the years, and a tooltip on every mark.
let browser: Browser;
let site: Site;
let db: NodeDatabase;
// The years with figures by group, counted from data/register_reporting.csv itself.
let years: number[];
let groupsIn: (year: number) => { group_id: string; states_reporting: number }[];
let tabs: ReturnType<typeof sharedTabs>;

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
  tabs = sharedTabs(browser, site);
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

/** The address in this file's tab for its language and size, reached by a link once open. */
async function open(path: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await tabs(path, viewport);
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
    {
      name: 'a bar',
      page: 'register/',
      panel: 'reporting',
      selector: `${bars}[data-key="AFR"]`,
      tab: null,
    },
    {
      name: 'a point over the years',
      page: 'register/',
      panel: 'trend',
      selector: '#trend-panel-chart circle[data-series="AFR"]',
      tab: null,
    },
    {
      name: 'a point of participation',
      page: 'register/',
      panel: 'participation',
      selector: '#participation-panel-chart circle.mark',
      tab: null,
    },
    {
      name: 'a map country',
      page: 'register/',
      panel: 'reporting',
      selector: '#reporting-panel-map path[data-m49="566"]',
      tab: 'Map',
    },
    {
      name: 'a timeline event',
      page: '',
      panel: 'timeline',
      selector: '#timeline-panel-chart g.event[data-key="sc-7036-2013-09-26"]',
      tab: null,
    },
    {
      name: 'a network node',
      page: 'sources/',
      panel: 'network',
      selector: '#network-panel-chart g.node[data-key="S/PRST/2010/6"]',
      tab: null,
    },
  ];
  const tooltip = (page: Page, panel: string) => page.locator(`#${panel} [role="tooltip"]`);
  // One tab with a touch screen for every mark, each page reached by a link once open.
  let touchTabs: ReturnType<typeof sharedTabs>;
  beforeAll(() => {
    touchTabs = sharedTabs(browser, site, { hasTouch: true });
  });

  for (const mark of marks) {
    it(`${mark.name}: hover, tap and focus show its value and source; Escape hides it`, async () => {
      const page = await touchTabs(mark.page);
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
    });
  }

  it('keeps the tooltips of the highest and the lowest mark of a chart inside that chart', async () => {
    const charts: [string, [string, string][]][] = [
      ['', [['timeline', '#timeline-panel-chart g.event']]],
      ['sources/', [['network', '#network-panel-chart g.node']]],
      [
        'register/',
        [
          ['trend', '#trend-panel-chart circle.mark'],
          ['participation', '#participation-panel-chart circle.mark'],
        ],
      ],
    ];
    for (const [path, panels] of charts) {
      const page = await open(path);
      for (const [panel, selector] of panels) {
        const marks = page.locator(selector);
        const tops = await marks.evaluateAll((all) =>
          all.map((mark) => mark.getBoundingClientRect().top),
        );
        const order = tops.map((top, index) => ({ top, index })).sort((a, b) => a.top - b.top);
        for (const [end, { index }] of [order[0], order[order.length - 1]].entries()) {
          // A dot is pointed at its outer edge: two sources' counts a unit apart (2001: 124 and
          // 125) draw overlapping dots, and the edge away from the other is this one's alone.
          const mark = marks.nth(index);
          if ((await mark.evaluate((element) => element.localName)) === 'circle') {
            const size = (await mark.boundingBox())!;
            await mark.hover({
              position: { x: size.width / 2, y: end === 0 ? 1 : size.height - 1 },
            });
          } else {
            await mark.hover();
          }
          await tooltip(page, panel).waitFor();
          const box = await tooltip(page, panel).boundingBox();
          const frame = await page.locator(`#${panel}-panel-chart .chart-frame`).boundingBox();
          const where = `${panel}: the tooltip of mark ${index}`;
          expect(box!.y, where).toBeGreaterThanOrEqual(frame!.y - 0.5);
          expect(box!.y + box!.height, where).toBeLessThanOrEqual(frame!.y + frame!.height + 0.5);
          await page.keyboard.press('Escape');
          await page.mouse.move(0, 0);
        }
      }
    }
  });

  it('is in Chinese on /zh/', async () => {
    const page = await open('zh/register/');
    await page.locator(`${bars}[data-key="AFR"]`).hover();
    await tooltip(page, 'reporting').waitFor();
    const text = await tooltip(page, 'reporting').textContent();
    expect(text).toContain('来源');
    expect(text).toContain('年收到的报告');
  });
});

describe('the timeline and the citation network', () => {
  it('a timeline event is highlighted and its tooltip gives its date and source as events.csv has them', async () => {
    const [event] = db.query(
      "SELECT name_en, source_doc, source_ref FROM events WHERE event_id = 'poa-conference-2001'",
    );
    const page = await open('');
    const mark = page.locator('#timeline g.event[data-key="poa-conference-2001"]');
    await mark.hover();
    const tip = page.locator('#timeline [role="tooltip"]');
    await tip.waitFor();
    const text = await tip.textContent();
    expect(text).toContain(String(event.name_en));
    expect(text).toContain('9 July 2001');
    expect(text).toContain('20 July 2001');
    expect(text).toContain(`${event.source_doc}, ${event.source_ref}`);
    expect(await mark.getAttribute('class')).toMatch(/\bactive\b/);
  });

  it('a network node tooltip says how often citations.csv cites it', async () => {
    const [{ times }] = db.query(
      "SELECT count(*)::INTEGER AS times FROM citations WHERE cited_doc = 'A/CONF.192/15'",
    );
    const page = await open('sources/');
    const node = page.locator('#network g.node[data-key="A/CONF.192/15"]');
    await node.hover();
    const tip = page.locator('#network [role="tooltip"]');
    await tip.waitFor();
    expect(await tip.textContent()).toContain(`Cited ${times} times`);
    expect(await node.getAttribute('class')).toMatch(/\bactive\b/);
  });

  it('shows one Sources block once an event or a document is selected', async () => {
    const page = await open('?event=poa-conference-2001');
    await expect
      .poll(() => page.getByTestId('event-detail').textContent())
      .toContain('Programme of Action adopted');
    expect(await page.locator('#timeline [data-testid="source-note"]').count()).toBe(1);
    await open('sources/?doc=S%2FRES%2F2117%20(2013)');
    await expect
      .poll(() => page.getByTestId('document-detail').textContent())
      .toContain('Cited by');
    expect(await page.locator('#network [data-testid="source-note"]').count()).toBe(1);
  });

  it('labels some events and documents where there is room, fewer on a phone', async () => {
    const counts: number[] = [];
    for (const viewport of [
      { width: 1280, height: 800 },
      { width: 390, height: 844 },
    ]) {
      const page = await open('', viewport);
      const labels = page.locator('#timeline-panel-chart text.event-label');
      counts.push(await labels.count());
      const sources = await open('sources/', viewport);
      counts.push(await sources.locator('#network-panel-chart text.node-label').count());
    }
    const [timelineWide, networkWide, timelinePhone, networkPhone] = counts;
    expect(timelineWide).toBeGreaterThan(5);
    expect(networkWide).toBeGreaterThan(5);
    expect(timelinePhone).toBeGreaterThan(0);
    expect(networkPhone).toBeGreaterThan(0);
    expect(timelinePhone).toBeLessThan(timelineWide);
    expect(networkPhone).toBeLessThanOrEqual(networkWide);
  });

  it('has its tooltips in Chinese on /zh/', async () => {
    const page = await open('zh/');
    await page.locator('#timeline g.event[data-key="poa-conference-2001"]').hover();
    const tip = page.locator('#timeline [role="tooltip"]');
    await tip.waitFor();
    expect(await tip.textContent()).toContain('来源');
    expect(await tip.textContent()).toContain('2001年7月9日');
    await open('zh/sources/');
    await page.locator('#network g.node[data-key="A/CONF.192/15"]').hover();
    const nodeTip = page.locator('#network [role="tooltip"]');
    await nodeTip.waitFor();
    expect(await nodeTip.textContent()).toMatch(/被引用\d+次/);
  });
});
