import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { closeSuite, openSuite, sharedTabs, tabTo, waitForLiveViews, type Site } from './harness';

let browser: Browser;
let site: Site;
let db: NodeDatabase;
// A tab per language and size, as the browser's default and in each colour scheme.
let tabs: Record<'default' | 'light' | 'dark', ReturnType<typeof sharedTabs>>;

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
  tabs = {
    default: sharedTabs(browser, site),
    light: sharedTabs(browser, site, { colorScheme: 'light' }),
    dark: sharedTabs(browser, site, { colorScheme: 'dark' }),
  };
});
afterAll(() => closeSuite({ browser, site }));

type Lab = { l: number; a: number; b: number };

/** CIELAB (D65) of a computed colour such as `rgb(158, 202, 225)` (sRGB, IEC 61966-2-1). */
function labOf(css: string): Lab {
  const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
    const value = Number(part) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  });
  const x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = (0.0193339 * r + 0.119192 * g + 0.9503041 * b) / 1.08883;
  const f = (t: number) => (t > (6 / 29) ** 3 ? Math.cbrt(t) : t / (3 * (6 / 29) ** 2) + 4 / 29);
  return { l: 116 * f(y) - 16, a: 500 * (f(x) - f(y)), b: 200 * (f(y) - f(z)) };
}

/**
 * CIEDE2000 colour difference (Sharma, Wu and Dalal 2005), written out here so the test does
 * not lean on the code it checks.
 */
function deltaE2000(p: Lab, q: Lab): number {
  const rad = Math.PI / 180;
  const c1 = Math.hypot(p.a, p.b);
  const c2 = Math.hypot(q.a, q.b);
  const cMean7 = ((c1 + c2) / 2) ** 7;
  const g = 0.5 * (1 - Math.sqrt(cMean7 / (cMean7 + 25 ** 7)));
  const [a1, a2] = [(1 + g) * p.a, (1 + g) * q.a];
  const [c1p, c2p] = [Math.hypot(a1, p.b), Math.hypot(a2, q.b)];
  const hue = (a: number, b: number) =>
    a === 0 && b === 0 ? 0 : (Math.atan2(b, a) / rad + 360) % 360;
  const [h1, h2] = [hue(a1, p.b), hue(a2, q.b)];
  let dh = c1p * c2p === 0 ? 0 : h2 - h1;
  if (dh > 180) dh -= 360;
  if (dh < -180) dh += 360;
  const dL = q.l - p.l;
  const dC = c2p - c1p;
  const dH = 2 * Math.sqrt(c1p * c2p) * Math.sin((dh / 2) * rad);
  const lMean = (p.l + q.l) / 2;
  const cpMean = (c1p + c2p) / 2;
  let hMean = h1 + h2;
  if (c1p * c2p !== 0) {
    hMean = Math.abs(h1 - h2) > 180 ? (h1 + h2 + (h1 + h2 < 360 ? 360 : -360)) / 2 : (h1 + h2) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos((hMean - 30) * rad) +
    0.24 * Math.cos(2 * hMean * rad) +
    0.32 * Math.cos((3 * hMean + 6) * rad) -
    0.2 * Math.cos((4 * hMean - 63) * rad);
  const sL = 1 + (0.015 * (lMean - 50) ** 2) / Math.sqrt(20 + (lMean - 50) ** 2);
  const sC = 1 + 0.045 * cpMean;
  const sH = 1 + 0.015 * cpMean * t;
  const rT =
    -2 *
    Math.sqrt(cpMean ** 7 / (cpMean ** 7 + 25 ** 7)) *
    Math.sin(60 * Math.exp(-(((hMean - 275) / 25) ** 2)) * rad);
  return Math.sqrt((dL / sL) ** 2 + (dC / sC) ** 2 + (dH / sH) ** 2 + rT * (dC / sC) * (dH / sH));
}

const fillOf = (page: Page, selector: string) =>
  page
    .locator(selector)
    .first()
    .evaluate((element) => getComputedStyle(element).fill);

/** The hosts a mission names (data/missions.csv), as the missions table must list them. */
const missionsOf = (iso3: string) =>
  db
    .query(`SELECT mission_id FROM missions WHERE host_iso3 = ? ORDER BY mission_id`, [iso3])
    .map((row) => String(row.mission_id));
const m49Of = (iso3: string) =>
  String(db.query(`SELECT m49 FROM countries WHERE iso3 = ?`, [iso3])[0].m49);

/** The address in a tab of this file, reached by a link once a page is open, views re-computed. */
async function open(address: string, scheme: keyof typeof tabs = 'default', width = 1280) {
  const page = await tabs[scheme](address, { width, height: 900 });
  await waitForLiveViews(page);
  return page;
}

const openMissionsMap = (query = '') => open(`missions/?missions=map${query}`);
const shownCount = async (page: Page) =>
  Number(await page.locator('[data-testid="missions-shown"]').getAttribute('data-count'));
const hostsInUrl = (page: Page) => new URL(page.url()).searchParams.getAll('host').sort();

describe('choosing countries on the maps', () => {
  it('deltaE2000 matches the published test pairs (Sharma et al. 2005, pairs 1 and 17)', () => {
    const lab = (l: number, a: number, b: number) => ({ l, a, b });
    expect(deltaE2000(lab(50, 2.6772, -79.7751), lab(50, 0, -82.7485))).toBeCloseTo(2.0425, 3);
    expect(deltaE2000(lab(50, 2.5, 0), lab(73, 25, -18))).toBeCloseTo(27.1492, 3);
    // White is L* 100, a* = b* = 0.
    expect(labOf('rgb(255, 255, 255)').l).toBeCloseTo(100, 2);
    expect(Math.abs(labOf('rgb(255, 255, 255)').a)).toBeLessThan(0.01);
  });

  it('missions: a host clicked on the map filters the list, is in the URL and survives a reload', async () => {
    const page = await openMissionsMap();
    const total = await shownCount(page);
    const mali = `#missions-panel-map path.country[data-m49="${m49Of('MLI')}"]`;
    expect(await page.locator(mali).getAttribute('aria-pressed')).toBe('false');

    await page.locator(mali).click();
    await expect.poll(() => hostsInUrl(page)).toEqual(['MLI']);
    await expect.poll(() => shownCount(page)).toBe(missionsOf('MLI').length);
    expect(await page.locator(mali).getAttribute('aria-pressed')).toBe('true');

    await page.reload();
    await waitForLiveViews(page);
    expect(await shownCount(page)).toBe(missionsOf('MLI').length);
    expect(await page.locator(mali).getAttribute('aria-pressed')).toBe('true');
    // The table tab lists Mali's missions only, and the filter shows (and can be unticked).
    await page.getByRole('tab', { name: 'Table' }).first().click();
    const table = page.locator('#missions-panel-table tbody tr');
    await expect.poll(() => table.count()).toBe(missionsOf('MLI').length);
    for (const id of missionsOf('MLI'))
      expect(await table.allTextContents()).toContainEqual(expect.stringContaining(id));
    // Unticked, the host leaves the filter (and its list, which only shows hosts chosen).
    await page.locator('fieldset[data-facet="host"] input[value="MLI"]').click();
    await expect.poll(() => hostsInUrl(page)).toEqual([]);
    await expect.poll(() => shownCount(page)).toBe(total);
  });

  it('missions: Enter and Space on a focused host add it to the filter, again take it out', async () => {
    const page = await openMissionsMap();
    await tabTo(page, '#missions-panel-map path.country[tabindex="0"]');
    await page.keyboard.press('Home');
    const first = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.m49);
    await page.keyboard.press('Enter');
    const firstIso3 = String(
      db.query(`SELECT iso3 FROM countries WHERE m49 = ?`, [String(first)])[0].iso3,
    );
    await expect.poll(() => hostsInUrl(page)).toEqual([firstIso3]);
    await page.keyboard.press('ArrowRight');
    const second = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.m49);
    expect(second).not.toBe(first);
    await page.keyboard.press(' ');
    const secondIso3 = String(
      db.query(`SELECT iso3 FROM countries WHERE m49 = ?`, [String(second)])[0].iso3,
    );
    await expect.poll(() => hostsInUrl(page)).toEqual([firstIso3, secondIso3].sort());
    await expect
      .poll(() => shownCount(page))
      .toBe(missionsOf(firstIso3).length + missionsOf(secondIso3).length);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-pressed'))).toBe(
      'true',
    );

    await page.reload();
    await waitForLiveViews(page);
    expect(hostsInUrl(page)).toEqual([firstIso3, secondIso3].sort());
    const pressed = await page
      .locator('#missions-panel-map path.country[aria-pressed="true"]')
      .evaluateAll((paths) => paths.map((path) => (path as SVGElement).dataset.m49).sort());
    expect(pressed).toEqual([first, second].sort());
    await tabTo(page, '#missions-panel-map path.country[tabindex="0"]');
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.m49)).toBe(
      second,
    );
    await page.keyboard.press('Enter');
    await expect.poll(() => hostsInUrl(page)).toEqual([firstIso3]);
  });

  // The group of each country, from data/countries.csv.
  const groupOf = (m49: string) =>
    String(db.query(`SELECT group_id FROM countries WHERE m49 = ?`, [m49])[0].group_id);
  const groupsInUrl = (page: Page) => new URL(page.url()).searchParams.getAll('groups').sort();
  const trendSeries = (page: Page) =>
    page
      .locator('#trend svg[data-chart] circle.mark')
      .evaluateAll((marks) =>
        [...new Set(marks.map((mark) => (mark as SVGElement).dataset.series))].sort(),
      );
  const yearsOfGroup = (group: string) =>
    db.query(
      `SELECT DISTINCT report_year FROM register_reporting WHERE group_id = ? AND measure = 'states_reporting'`,
      [group],
    ).length;

  it('register: a country clicked draws its regional group over the years, in the URL and after a reload', async () => {
    const page = await open('register/?reporting=map');
    const brazil = `#reporting-panel-map path.country[data-m49="${m49Of('BRA')}"]`;
    expect(await page.locator(brazil).getAttribute('aria-pressed')).toBe('false');
    expect((await trendSeries(page)).length).toBeGreaterThan(1);

    await page.locator(brazil).click();
    await expect.poll(() => groupsInUrl(page)).toEqual([groupOf(m49Of('BRA'))]);
    await expect.poll(() => trendSeries(page)).toEqual(['GRULAC']);
    expect(await page.locator('#trend svg[data-chart] circle.mark').count()).toBe(
      yearsOfGroup('GRULAC'),
    );

    await page.reload();
    await waitForLiveViews(page);
    expect(await trendSeries(page)).toEqual(['GRULAC']);
    // Every GRULAC country on the map reads as pressed, and no other.
    const pressed = await page
      .locator('#reporting-panel-map path.country[aria-pressed="true"]')
      .evaluateAll((paths) => paths.map((path) => (path as SVGElement).dataset.m49));
    const grulac = db
      .query(`SELECT m49 FROM countries WHERE group_id = 'GRULAC' AND map_shape_110m`)
      .map((row) => String(row.m49));
    expect(pressed.sort()).toEqual(grulac.sort());
    // The year's bar of the chosen group is marked chosen, and only it.
    const chosenBars = await page
      .locator('#reporting-panel-chart g.bar[data-chosen="true"]')
      .evaluateAll((bars) => bars.map((bar) => (bar as SVGElement).dataset.key));
    expect(chosenBars).toEqual(['GRULAC']);

    // Pressing Brazil again takes GRULAC out: every group is drawn again.
    await page.locator(brazil).click();
    await expect.poll(() => groupsInUrl(page)).toEqual([]);
    await expect.poll(async () => (await trendSeries(page)).length).toBeGreaterThan(1);
  });

  it('register: Space and Enter on a focused country choose its group', async () => {
    const page = await open('register/?reporting=map');
    await tabTo(page, '#reporting-panel-map path.country[tabindex="0"]');
    await page.keyboard.press('End');
    const east = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.m49);
    await page.keyboard.press(' ');
    await expect.poll(() => groupsInUrl(page)).toEqual([groupOf(String(east))]);
    await expect.poll(() => trendSeries(page)).toEqual([groupOf(String(east))]);
    await page.keyboard.press('Home');
    const west = await page.evaluate(() => (document.activeElement as HTMLElement).dataset.m49);
    await page.keyboard.press('Enter');
    const both = [...new Set([groupOf(String(east)), groupOf(String(west))])].sort();
    await expect.poll(() => groupsInUrl(page)).toEqual(both.length === 1 ? [] : both);
    await page.reload();
    await waitForLiveViews(page);
    expect(groupsInUrl(page)).toEqual(both.length === 1 ? [] : both);
  });
});

describe('the focus ring on a map', () => {
  /** WCAG relative luminance of a CSS rgb() colour. */
  const luminance = (css: string) => {
    const [r, g, b] = (css.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const value = Number(part) / 255;
      return value <= 0.03928 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x);
    return (high + 0.05) / (low + 0.05);
  };

  for (const scheme of ['light', 'dark'] as const) {
    it(`${scheme}: the focused country is ringed in two tones, one of them 3:1 or more against every fill`, async () => {
      const page = await open('register/?reporting=map', scheme);
      await tabTo(page, '#reporting-panel-map path.country[tabindex="0"]');
      await page.keyboard.press('End');
      const focused = await page.evaluate(
        () => (document.activeElement as HTMLElement).dataset.m49,
      );
      const ring = page.locator('#reporting-panel-map .focus-ring');
      await expect.poll(() => ring.getAttribute('data-m49')).toBe(focused);
      const colours = await page.evaluate(() => {
        const stroke = (selector: string) =>
          getComputedStyle(document.querySelector(`#reporting-panel-map .focus-ring ${selector}`)!)
            .stroke;
        const fills = [
          ...document.querySelectorAll('#reporting-panel-map path.country.filled'),
        ].map((path) => getComputedStyle(path).fill);
        return { outer: stroke('.outer'), inner: stroke('.inner'), fills: [...new Set(fills)] };
      });
      expect(colours.fills.length).toBeGreaterThan(2);
      expect(contrast(colours.outer, colours.inner)).toBeGreaterThanOrEqual(3);
      for (const fill of colours.fills) {
        expect(
          Math.max(contrast(colours.outer, fill), contrast(colours.inner, fill)),
          fill,
        ).toBeGreaterThanOrEqual(3);
      }
    });
  }
});

describe('the register map colours', () => {
  // A year and a group in the lowest class (at most 20 % reporting), from data/ directly.
  const lowest = () =>
    db.query(`
      SELECT s.report_year, s.group_id
      FROM register_reporting AS s
      JOIN register_reporting AS m
        ON m.report_year = s.report_year AND m.group_id = s.group_id AND m.measure = 'group_members'
      WHERE s.measure = 'states_reporting' AND s.group_id <> 'ALL' AND s.value / m.value <= 0.2
      ORDER BY s.report_year DESC
      LIMIT 1`)[0];

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`${colorScheme}: the lightest class and "no data" differ clearly (CIEDE2000 ≥ 10), and the legend shows "no data" apart`, async () => {
      const { report_year: year, group_id: group } = lowest();
      const member = String(
        db.query(`SELECT m49 FROM countries WHERE group_id = ? AND map_shape_110m LIMIT 1`, [
          String(group),
        ])[0].m49,
      );
      const page = await open(`register/?reporting=map&year=${year}`, colorScheme);
      const map = '#reporting-panel-map';
      const lightest = await fillOf(page, `${map} path.country[data-m49="${member}"]`);
      // A shape that is no Member State: drawn as a country without data.
      const members = db.query(`SELECT m49 FROM countries`).map((row) => String(row.m49));
      const noData = await page
        .locator(`${map} path.country`)
        .evaluateAll(
          (paths, known) =>
            paths
              .filter((path) => !known.includes((path as SVGElement).dataset.m49 ?? ''))
              .map((path) => getComputedStyle(path).fill)[0],
          members,
        );
      const difference = deltaE2000(labOf(lightest), labOf(noData));
      console.log(
        `${colorScheme}: lightest ${lightest}, no data ${noData}, ΔE00 ${difference.toFixed(1)}`,
      );
      expect(difference).toBeGreaterThanOrEqual(10);

      // The legend has a swatch in the no-data colour, apart from the five classes.
      const swatches = await page
        .locator(`${map} .legend .swatch`)
        .evaluateAll((spans) => spans.map((span) => getComputedStyle(span).backgroundColor));
      expect(swatches).toContain(noData);
      expect(swatches).toContain(lightest);
    });
  }
});

describe('the centres map', () => {
  // Every country a centre worked with, read from data/ (the activities' country column).
  const partners = () =>
    db
      .query(
        `SELECT DISTINCT c.m49, c.name_en FROM regional_centre_activities AS a
         JOIN countries AS c ON c.iso3 = a.country_iso3 ORDER BY c.m49`,
      )
      .map((row) => ({ m49: String(row.m49), name: String(row.name_en) }));

  for (const width of [1280, 390]) {
    it(`${width} px: every partner country has a visible mark that answers the pointer as that country, not a centre`, async () => {
      const page = await open('centres/', 'default', width);
      const map = '#centres-panel-map svg[data-chart]';
      await page.locator(map).scrollIntoViewIfNeeded();
      const list = partners();
      expect(list.map((each) => each.name)).toEqual(
        expect.arrayContaining(['Nepal', 'Trinidad and Tobago']),
      );
      for (const { m49, name } of list) {
        const hit = await page.locator(map).evaluate((svg, code) => {
          const marks = [
            ...svg.querySelectorAll<SVGGraphicsElement>(`[data-m49="${code}"]`),
          ].filter((mark) => !mark.closest('.marker'));
          const landFill = getComputedStyle(svg.querySelector('path.country:not(.filled)')!).fill;
          return marks.map((mark) => {
            const box = mark.getBoundingClientRect();
            const x = box.left + box.width / 2;
            const y = box.top + box.height / 2;
            const found = document.elementFromPoint(x, y);
            const owner = found?.closest('[data-m49]') as HTMLElement | null;
            return {
              size: Math.min(box.width, box.height),
              visible: getComputedStyle(mark).fill !== landFill,
              hits: owner?.dataset.m49 === code && owner.closest('.marker') === null,
              found: `${found?.tagName}.${found?.getAttribute('class')} ${owner?.dataset.m49}`,
            };
          });
        }, m49);
        const good = hit.filter((mark) => mark.size >= 6 && mark.visible && mark.hits);
        expect(good, `${name}: ${JSON.stringify(hit)}`).not.toEqual([]);
      }
    });
  }
});
