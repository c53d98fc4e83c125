import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import type { Row } from '$lib/db/rows';
import { readTranslations } from '$lib/i18n/data-text';
import recommendationsSql from '$lib/sql/recommendations.sql?raw';
import registerAllYearsSql from '$lib/sql/register_reporting_by_group_years.sql?raw';
import { closeSuite, openSuite, sharedTabs, waitForLiveViews, type Site } from './harness';

// The page's SQL for every year, cut to one report year (a bound parameter), in its order.
const registerByGroupSql = `SELECT * FROM (${registerAllYearsSql}) WHERE report_year = ? ORDER BY reporting_rate DESC, group_name`;

// Data names in the page's language: the names come from data/ through a real DuckDB in node.
let browser: Browser;
let site: Site;
let db: NodeDatabase;
let caf: Row;
let groups: Row[];
let tabs: ReturnType<typeof sharedTabs>;

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
  tabs = sharedTabs(browser, site);
  [caf] = db.query("SELECT m49, name_en, name_zh FROM countries WHERE iso3 = 'CAF'");
  groups = db.query(registerByGroupSql, [2011]).map((row) => ({
    ...row,
    ...db.query('SELECT name_zh FROM regional_groups WHERE group_id = ?', [
      String(row.group_id),
    ])[0],
  }));
});

afterAll(() => closeSuite({ browser, site }));

/** The address in this file's tab for its language; `errors` are the tab's since it opened. */
async function open(address: string): Promise<{ page: Page; errors: string[] }> {
  const page = await tabs(address);
  await waitForLiveViews(page);
  return { page, errors: tabs.watchOf(page).errors };
}

const hostCells = (page: Page) =>
  page.locator('#missions-panel-table table tbody tr td:nth-child(2)').allTextContents();

describe('data names in the page language', () => {
  it('missions: the host country is the UN name in English at /missions/ and in Chinese at /zh/missions/', async () => {
    expect(caf.name_zh).toMatch(/\p{Script=Han}/u);
    const en = await open('missions/');
    expect(await hostCells(en.page)).toContain(caf.name_en);
    expect(await hostCells(en.page)).not.toContain(caf.name_zh);

    const zh = await open('zh/missions/');
    await expect.poll(() => hostCells(zh.page)).toContain(caf.name_zh);
    expect(await hostCells(zh.page)).not.toContain(caf.name_en);
    // The regional-group facet lists the groups by their Chinese names.
    const facet = await zh.page
      .locator('fieldset[data-facet="region"] label span:first-of-type')
      .allTextContents();
    const africa = groups.find((row) => row.group_id === 'AFR');
    expect(facet).toContain(africa?.name_zh);
    expect(facet).not.toContain(africa?.group_short_name);

    // The map names the host in Chinese too (a host is a button, named by its aria-label).
    const map = await open('zh/missions/?missions=map');
    await expect
      .poll(() =>
        map.page
          .locator(`#missions-panel-map path[data-m49="${caf.m49}"]`)
          .getAttribute('aria-label'),
      )
      .toContain(String(caf.name_zh));
    // Outlines with no mission carry their UN name in Chinese as well (M49 extract in
    // data/reference/), not world-atlas's English one.
    const [france] = db.query("SELECT m49, name_zh FROM countries WHERE iso3 = 'FRA'");
    expect(
      await map.page
        .locator(`#missions-panel-map path[data-m49="${france.m49}"] title`)
        .textContent(),
    ).toBe(france.name_zh);
    // The outlines outside the M49 list as UN texts name them (data/reference/README.md):
    // world-atlas's "Taiwan" is 中国台湾省, and no outline is named "N. Cyprus" or "Somaliland"
    // (their land is Cyprus's and Somalia's).
    expect(
      await map.page.locator('#missions-panel-map path[data-m49="158"] title').textContent(),
    ).toBe('中国台湾省');
    const titles = await map.page.locator('#missions-panel-map path title').allTextContents();
    expect(titles.filter((title) => /Taiwan|Cyprus|Somaliland|Kosovo/.test(title))).toEqual([]);
    expect(titles.some((title) => title.startsWith('科索沃（'))).toBe(true);
    expect([...en.errors, ...zh.errors, ...map.errors]).toEqual([]);
  });

  it('register: the regional groups are named in Chinese at /zh/register/ in the chart and its table', async () => {
    expect(groups).toHaveLength(5);
    const { page, errors } = await open('zh/register/');
    const chart = '#reporting-panel-chart svg[data-chart]';
    await expect
      .poll(() => page.locator(`${chart} text.label`).allTextContents())
      .toEqual(groups.map((row) => row.name_zh));

    await open(`zh/register/?reporting=table`);
    await expect
      .poll(() => page.locator('#reporting-panel-table table tbody tr td').allTextContents())
      .toEqual(expect.arrayContaining(groups.map((row) => row.name_zh)));
    // The source note cites the paragraph the Chinese way: A/67/… para. 20 is "第 20 段".
    expect(await page.locator('#reporting [data-testid="source-note"]').textContent()).toContain(
      '第20段',
    );
    expect(errors).toEqual([]);
  });
  it('centres: seat cities and regions in Chinese at /zh/centres/, in the table and the map, and in English at /centres/', async () => {
    const centres = db.query(
      'SELECT centre_id, seat_city_en, seat_city_zh, region_en, region_zh FROM regional_centres ORDER BY centre_id',
    );
    expect(centres).toHaveLength(3);
    const tableText = async (page: Page) =>
      (await page.locator('#centres-panel-table table tbody td').allTextContents()).join(' ');

    const en = await open('centres/?centres=table');
    const zh = await open('zh/centres/?centres=table');
    for (const centre of centres) {
      await expect.poll(() => tableText(zh.page)).toContain(String(centre.seat_city_zh));
      expect(await tableText(zh.page)).toContain(String(centre.region_zh));
      expect(await tableText(zh.page)).not.toContain(String(centre.seat_city_en));
      await expect.poll(() => tableText(en.page)).toContain(String(centre.seat_city_en));
      expect(await tableText(en.page)).not.toContain(String(centre.seat_city_zh));
    }
    // Activities without a figure read in the document's own Chinese words on /zh/.
    const unquantified = db.query(
      'SELECT label_en, source_quote_zh FROM regional_centre_activities WHERE value IS NULL',
    );
    expect(unquantified.length).toBeGreaterThan(0);
    const list = (page: Page) => page.locator('#activities ul.qualitative').textContent();
    for (const activity of unquantified) {
      // Each is a span of a longer sentence (the seed's own words), so it ends in an ellipsis.
      expect(await list(zh.page)).toContain(`${activity.source_quote_zh}……`);
      expect(await list(zh.page)).not.toContain(String(activity.label_en));
      expect(await list(en.page)).toContain(String(activity.label_en));
    }
    // The map's name for itself lists the seats in Chinese as well.
    await open(`zh/centres/`);
    const mapLabel = await zh.page
      .locator('#centres-panel-map svg[data-chart]')
      .getAttribute('aria-label');
    for (const centre of centres) expect(mapLabel).toContain(String(centre.seat_city_zh));
    expect([...en.errors, ...zh.errors]).toEqual([]);
  });

  it("sources: Annex I's addressees and actions in the seed's Chinese at /zh/sources/, in English at /sources/", async () => {
    const rows = db.query(recommendationsSql);
    expect(rows).toHaveLength(19);
    const chinese = rows.filter((row) => row.actions_zh !== null);
    expect(chinese.length).toBeGreaterThan(0);
    const cells = (page: Page, column: number) =>
      page
        .locator(`#recommendations-panel-table table tbody tr td:nth-child(${column})`)
        .allTextContents();
    const [addressees, actions] = [4, 5];

    // Where the seed gives no verbatim span, the text written for the site in translations.csv.
    const translations = readTranslations(readFileSync('data/translations.csv', 'utf8'));
    const written = (english: unknown) =>
      translations.get(`code/recommendations.actions_en/${String(english)}`)?.get('zh');
    const zh = await open('zh/sources/?recommendations=table');
    await expect.poll(() => cells(zh.page, actions)).toHaveLength(rows.length);
    expect(await cells(zh.page, actions)).toEqual(
      rows.map((row) => String(row.actions_zh ?? written(row.actions_en) ?? row.actions_en)),
    );
    expect(await cells(zh.page, addressees)).toEqual(
      rows.map((row) => String(row.addressees_zh ?? row.addressees_en)),
    );
    const zhText = (await cells(zh.page, actions)).join('\n');
    for (const row of chinese) expect(zhText).not.toContain(String(row.actions_en));
    // The Chinese cells are in the page's language: no `lang` of their own.
    const first = zh.page.locator('#recommendations-panel-table tbody tr').first();
    expect(await first.locator(`td:nth-child(${actions})`).getAttribute('lang')).toBeNull();

    const en = await open('sources/?recommendations=table');
    await expect.poll(() => cells(en.page, actions)).toHaveLength(rows.length);
    expect(await cells(en.page, actions)).toEqual(rows.map((row) => String(row.actions_en)));
    expect(await cells(en.page, addressees)).toEqual(rows.map((row) => String(row.addressees_en)));
    const enText = (await cells(en.page, actions)).join('\n');
    for (const row of chinese) expect(enText).not.toContain(String(row.actions_zh));
    expect([...en.errors, ...zh.errors]).toEqual([]);
  });

  it('overview: headline cards, figures table and timeline events carry the Chinese labels at /zh/ and the English ones at /', async () => {
    const figures = db.query('SELECT figure_id, label_en, label_zh FROM key_figures');
    const figure = new Map(figures.map((row) => [String(row.figure_id), row]));
    // Chinese pages: the name the seed prints, else the name written for this site.
    const events = db.query(
      'SELECT event_id, name_en, name_zh, label_zh, coalesce(label_zh, name_zh) AS zh FROM events',
    );
    const written = events.filter((row) => row.label_zh !== null);
    expect(written.length).toBeGreaterThan(0);
    const cards = (page: Page) =>
      page.locator('#figures-panel-chart li.figure').evaluateAll((items) =>
        items.map((item) => ({
          id: item.getAttribute('data-figure') ?? '',
          label: item.querySelector('.label')?.textContent?.trim() ?? '',
        })),
      );
    const eventNames = (page: Page) =>
      page
        .locator('#timeline-panel-chart g.event[data-key]')
        .evaluateAll((marks) =>
          marks.map(
            (mark) =>
              [mark.getAttribute('data-key') ?? '', mark.getAttribute('aria-label') ?? ''] as const,
          ),
        );
    const tip = (page: Page) => page.locator('#timeline [role="tooltip"] strong');

    for (const locale of ['zh', 'en'] as const) {
      const { page, errors } = await open(locale === 'zh' ? 'zh/' : '');
      const shown = await cards(page);
      expect(shown.length).toBeGreaterThan(0);
      for (const card of shown) {
        const row = figure.get(card.id);
        expect(card.label, card.id).toBe(locale === 'zh' ? row?.label_zh : row?.label_en);
      }
      if (locale === 'zh')
        for (const card of shown) expect(card.label).not.toBe(figure.get(card.id)?.label_en);

      const names = new Map(await eventNames(page));
      expect(names.size).toBe(events.length);
      for (const row of events) {
        const name = String(locale === 'zh' ? row.zh : row.name_en);
        expect(names.get(String(row.event_id)), String(row.event_id)).toMatch(
          // The date, then the event: "2013-09-26" is read "2013年9月26日：…" in Chinese.
          new RegExp(
            `${locale === 'zh' ? '：' : ': '}${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`,
          ),
        );
      }
      // A written label shows in the tooltip and titles the event's detail.
      const [first] = written;
      const expected = String(locale === 'zh' ? first.label_zh : first.name_en);
      await page.locator(`#timeline-panel-chart g.event[data-key="${first.event_id}"]`).hover();
      await expect.poll(() => tip(page).textContent()).toBe(expected);
      await open(`${locale === 'zh' ? 'zh/' : ''}?event=${first.event_id}`);
      expect(await page.locator('[data-testid="event-detail"] h3').textContent()).toBe(expected);

      await open(`${locale === 'zh' ? 'zh/' : ''}?figures=table`);
      const cells = await page
        .locator('#figures-panel-table table tbody tr td:first-child')
        .allTextContents();
      expect(cells).toEqual(
        shown.map((card) =>
          String(figure.get(card.id)?.[locale === 'zh' ? 'label_zh' : 'label_en']),
        ),
      );
      expect(errors).toEqual([]);
    }
  });
});
