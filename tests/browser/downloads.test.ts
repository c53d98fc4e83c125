import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDatabase } from '$lib/db/node.server';
import { closeSuite, openSuite, sharedTabs, type Site } from './harness';

// Every download button of every panel, on every page, in every tab and both languages, is
// read back with a parser that is not ours: the browser's DOMParser and image decoder for
// SVG and PNG, Papa Parse for CSV, fflate for the zip.
const LOCALES = ['en', 'zh'] as const;
const PAGES = ['', 'register/', 'missions/', 'trade/', 'centres/', 'sources/'];
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

let browser: Browser;
let site: Site;
let db: NodeDatabase;

let tabs: ReturnType<typeof sharedTabs>;

beforeAll(async () => {
  ({ browser, site, db } = await openSuite());
  tabs = sharedTabs(browser, site);
});

afterAll(() => closeSuite({ browser, site }));

/** The address in this file's tab for its language, reached by a link once a page is open. */
const open = (path: string): Promise<Page> => tabs(path);

async function download(page: Page, panel: string, kind: string) {
  const alert = page.locator(`#${panel} .downloads [role="alert"]`);
  const [file] = await Promise.all([
    Promise.race([
      page.waitForEvent('download'),
      alert.waitFor().then(async () => {
        throw new Error(`#${panel} ${kind}: ${await alert.textContent()}`);
      }),
    ]),
    page.locator(`#${panel} [data-download="${kind}"]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync((await file.path())!) };
}

const parseCsv = (bytes: Buffer) =>
  Papa.parse<string[]>(bytes.toString('utf8'), { skipEmptyLines: true }).data;

/** What the panel's table shows: its headers and each cell's text. */
async function shownTable(page: Page, panel: string) {
  return page.locator(`#${panel}-panel-table table`).evaluate((table) => ({
    headers: [...table.querySelectorAll('thead th')].map((th) => th.textContent!.trim()),
    cells: [...table.querySelectorAll('tbody tr')].map((tr) =>
      [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim()),
    ),
  }));
}

/** A saved SVG as the browser reads it: whether it parses, its size and its first line. */
async function readSvg(page: Page, text: string) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      ok: doc.querySelector('parsererror') === null && root.localName === 'svg',
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      charts: [...root.querySelectorAll('svg[data-chart]')].map((chart) =>
        Number(chart.getAttribute('width')),
      ),
      firstLine: root.querySelector('text')?.textContent ?? '',
      // The lines around the charts (title, notes, sources), without the charts' own text.
      lines: [...root.children]
        .filter((node) => node.localName === 'text')
        .map((node) => node.textContent ?? ''),
      hidden: [...root.querySelectorAll('[style*="visibility:hidden"]')].length,
      marks: root.querySelectorAll('svg[data-chart] *').length,
    };
  }, text);
}

/** A saved PNG decoded by the browser: its size in pixels. */
async function decodePng(page: Page, bytes: Buffer) {
  return page.evaluate(async (base64) => {
    const data = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    return { width: bitmap.width, height: bitmap.height };
  }, bytes.toString('base64'));
}

describe('every download of every panel', () => {
  for (const locale of LOCALES) {
    for (const path of PAGES) {
      const url = `${locale === 'zh' ? 'zh/' : ''}${path}`;
      it(`/${url}: each panel's downloads, in each of its tabs, are valid files`, async () => {
        const page = await open(url);
        const panels = await page
          .locator('article[data-panel]')
          .evaluateAll((each) => each.map((panel) => panel.id));
        expect(panels.length).toBeGreaterThan(0);
        let checked = 0;
        for (const panel of panels) {
          const title = (await page.locator(`#${panel}-title`).textContent())!.trim();
          const tabs = await page
            .locator(`#${panel} [role="tab"]`)
            .evaluateAll((each) => each.map((tab) => tab.id));
          const hasChart = (await page.locator(`#${panel}-panel-chart`).count()) > 0;
          for (const tab of tabs.length > 0 ? tabs : [null]) {
            if (tab) {
              await page.locator(`#${tab}`).click();
              await page.locator(`#${tab}[aria-selected="true"]`).waitFor();
              // The tab is in the URL once its navigation is done (the first tab is the default).
              const key = tab === tabs[0] ? null : tab.slice(`${panel}-tab-`.length);
              await expect.poll(() => new URL(page.url()).searchParams.get(panel)).toBe(key);
            }
            const where = `${url} #${panel} ${tab ?? ''}`;
            const table = await shownTable(page, panel);
            const kinds = await page
              .locator(`#${panel} [data-download]`)
              .evaluateAll((each) => each.map((button) => button.getAttribute('data-download')!));
            expect(kinds, where).toEqual(expect.arrayContaining(['table', 'csv', 'json', 'zip']));
            for (const kind of kinds) {
              const file = await download(page, panel, kind);
              const context = `${where} ${kind}`;
              checked++;
              if (kind === 'table') {
                expect(file.name).toBe(`${panel}-table.csv`);
                const [header, ...records] = parseCsv(file.bytes);
                // Labelled in the page's language, as the table's headers read.
                const columns = table.headers.map((label) => header.indexOf(label));
                expect(columns, context).not.toContain(-1);
                expect(records.length, context).toBe(table.cells.length);
                records.forEach((record, row) =>
                  expect(
                    columns.map((column) => record[column].trim()),
                    context,
                  ).toEqual(table.cells[row]),
                );
              } else if (kind === 'csv') {
                expect(file.name).toBe(`${panel}.csv`);
                const [header, ...records] = parseCsv(file.bytes);
                for (const name of header) expect(name, context).toMatch(/^[a-z0-9_]+$/);
                expect(records.length, context).toBe(table.cells.length);
              } else if (kind === 'json') {
                expect(file.name).toBe(`${panel}.json`);
                const meta = JSON.parse(file.bytes.toString('utf8'));
                expect(meta.language, context).toBe(locale === 'zh' ? 'zh-Hans' : 'en');
                expect(meta.title, context).toBe(title);
                expect(meta.rows, context).toBe(table.cells.length);
                expect(meta.computed_by.sql, context).toMatch(/SELECT/i);
              } else if (kind === 'zip') {
                expect(file.name).toBe(`${panel}.zip`);
                const files = unzipSync(new Uint8Array(file.bytes));
                expect(Object.keys(files).sort(), context).toEqual(
                  ['README.md', 'datapackage.json', `${panel}-table.csv`, `${panel}.csv`].sort(),
                );
                const datapackage = JSON.parse(strFromU8(files['datapackage.json']));
                expect(datapackage.profile).toBe('tabular-data-package');
                for (const resource of datapackage.resources) {
                  expect(Object.keys(files), context).toContain(resource.path);
                  const [header] = parseCsv(Buffer.from(files[resource.path]));
                  expect(
                    resource.schema.fields.map((field: { name: string }) => field.name),
                    context,
                  ).toEqual(header);
                }
                const readme = strFromU8(files['README.md']);
                expect(readme.startsWith(`# ${title}\n`), context).toBe(true);
                expect(readme, context).toContain('ODbL');
                expect(readme, context).toContain('```sql');
              } else if (kind === 'svg' || kind === 'png') {
                // The picture buttons name what they save: the chart, or the map.
                const label = await page
                  .locator(`#${panel} [data-download="${kind}"]`)
                  .textContent();
                const saved = tab?.endsWith('-map') || (!hasChart && !tab?.endsWith('-chart'));
                const word = { en: saved ? 'Map' : 'Chart', zh: saved ? '地图' : '图表' }[locale];
                expect(label, context).toContain(word);
                if (kind === 'svg') {
                  expect(file.name).toBe(`${panel}.svg`);
                  const svg = await readSvg(page, file.bytes.toString('utf8'));
                  expect(svg.ok, context).toBe(true);
                  expect(svg.width, context).toBeGreaterThan(300);
                  expect(svg.charts.length, context).toBeGreaterThan(0);
                  for (const width of svg.charts) expect(width, context).toBeGreaterThan(280);
                  expect(svg.firstLine.length, context).toBeGreaterThan(0);
                  expect(title.startsWith(svg.firstLine), context).toBe(true);
                  // Each of the panel's notes, as the page shows it under the chart (wrapped
                  // into lines: compared without the spaces and breaks).
                  const bare = (text: string) => text.replace(/\s+/gu, '');
                  const notes = await page.locator(`#${panel} p.chart-note`).allTextContents();
                  for (const note of notes) {
                    expect(bare(svg.lines.join('')), context).toContain(bare(note));
                  }
                  expect(svg.hidden, context).toBe(0);
                } else {
                  expect(file.name).toBe(`${panel}.png`);
                  expect([...file.bytes.subarray(0, 8)], context).toEqual(PNG_SIGNATURE);
                  const png = await decodePng(page, file.bytes);
                  expect(png.width, context).toBeGreaterThan(600);
                  expect(png.height, context).toBeGreaterThan(300);
                }
              }
              expect(await page.locator(`#${panel} .downloads [role="alert"]`).count()).toBe(0);
            }
          }
        }
        expect(checked).toBeGreaterThan(panels.length * 4);
      }, 180_000);
    }
  }
});

describe('a chart saved from the table tab', () => {
  it('is the chart as its own tab saves it: same size, same marks', async () => {
    const page = await open('register/');
    const fromChart = await readSvg(
      page,
      (await download(page, 'reporting', 'svg')).bytes.toString('utf8'),
    );
    await page.locator('#reporting-tab-table').click();
    await page.locator('#reporting-panel-table:not([hidden])').waitFor();
    const fromTable = await readSvg(
      page,
      (await download(page, 'reporting', 'svg')).bytes.toString('utf8'),
    );
    expect(fromTable).toEqual(fromChart);
    const png = await decodePng(page, (await download(page, 'reporting', 'png')).bytes);
    expect(png).toEqual({ width: fromChart.width * 2, height: fromChart.height * 2 });
  });
});

/** Each text of a chart: what it says and where it starts and ends, in the chart's own units. */
function textExtents(chart: SVGSVGElement) {
  // From the page's pixels to the chart's units (its viewBox, wherever it is placed).
  const { a: scale, e: offset } = chart.getScreenCTM()!;
  return [...chart.querySelectorAll('text')]
    .filter((text) => text.getClientRects().length > 0 && text.textContent!.trim())
    .map((text) => {
      const { left, right } = text.getBoundingClientRect();
      return {
        text: text.textContent!.trim(),
        left: Math.round((left - offset) / scale),
        right: Math.round((right - offset) / scale),
      };
    });
}

describe('a chart saved on an Arabic page', () => {
  it('draws each label where the page draws it (mirrored bars: names right of the bars, values beside them), its title and sources from the right', async () => {
    const page = await open('ar/register/');
    // Evaluated as source text: the page's CSP allows no eval of its own.
    const onPage = (await page.evaluate(
      `[...document.querySelectorAll('#reporting-panel-chart svg[data-chart]')].map(${textExtents})`,
    )) as ReturnType<typeof textExtents>[];
    expect(onPage.flat().length).toBeGreaterThan(10);
    const svg = (await download(page, 'reporting', 'svg')).bytes.toString('utf8');
    // "المصادر:" as the page's source note labels them.
    const label = (await page
      .locator('#reporting [data-testid="source-note"] p > strong')
      .textContent())!;
    // The file drawn on its own, outside the page and its styles, as an image viewer would.
    const viewer = await browser.newPage();
    try {
      await viewer.setContent('<!doctype html><body style="margin:0"></body>');
      await viewer.evaluate((text) => {
        const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
        document.body.append(document.importNode(doc.documentElement, true));
      }, svg);
      const charts = (await viewer.evaluate(
        `[...document.querySelectorAll('body > svg svg[data-chart]')].map(${textExtents})`,
      )) as ReturnType<typeof textExtents>[];
      // The title, subtitle and sources around the chart: how far each is from the right side.
      const lines = await viewer.evaluate(() => {
        const root = document.querySelector('body > svg')!;
        const width = Number(root.getAttribute('width'));
        return [...root.children]
          .filter((node) => node.localName === 'text')
          .map((line) => ({
            text: line.textContent ?? '',
            fromRight: Math.round(width - line.getBoundingClientRect().right),
          }));
      });
      expect(charts.length).toBe(onPage.length);
      charts.forEach((texts, chart) => {
        expect(texts.length).toBe(onPage[chart].length);
        texts.forEach((text, index) => {
          const shown = onPage[chart][index];
          const where = `${text.text}: ${text.left}-${text.right}, on the page ${shown.left}-${shown.right}`;
          expect(text.text).toBe(shown.text);
          expect(Math.abs(text.left - shown.left), where).toBeLessThanOrEqual(2);
          expect(Math.abs(text.right - shown.right), where).toBeLessThanOrEqual(2);
        });
      });
      // Arabic lines end at the right margin (12 units), as the page's title and notes do.
      expect(lines.length).toBeGreaterThan(1);
      for (const { text, fromRight } of lines) {
        expect(fromRight, text).toBeGreaterThanOrEqual(11);
        expect(fromRight, text).toBeLessThanOrEqual(13);
      }
      // The sources: each English run (here the document symbol "A/67/…") a left-to-right
      // isolate, as the page's note marks it with dir="ltr", and each line closing the
      // isolates it opens (a line is a text of its own: one left open was read as Arabic on the
      // next, its ")" drawn as "(").
      const first = lines.findIndex(({ text }) => text.startsWith(label));
      expect(first, lines.map(({ text }) => text).join(' | ')).toBeGreaterThan(0);
      const sources = lines.slice(first);
      const symbol = await page
        .locator('#reporting [data-testid="source-note"] [dir="ltr"]')
        .evaluateAll((runs) =>
          runs.map((run) => run.textContent!).find((run) => /^A\/67\//.test(run)),
        );
      expect(symbol).toBeTruthy();
      expect(sources.map(({ text }) => text).join(' ')).toContain(`\u2066${symbol}\u2069`);
      for (const { text } of sources) {
        expect(text.split('\u2066').length, text).toBe(text.split('\u2069').length);
      }
      // Its note (what the reports cover), as under the chart on the page, before the sources.
      const [note] = await page.locator('#reporting p.chart-note').allTextContents();
      const bare = (text: string) => text.replace(/\s+/gu, '');
      const before = lines.slice(0, lines.length - sources.length).map(({ text }) => text);
      expect(bare(before.join(''))).toContain(bare(note));
    } finally {
      await viewer.close();
    }
  });

  it('labels its sources as the page\'s note does: "المصدر:" for one, "المصادر:" for more', async () => {
    const page = await open('ar/trade/');
    const labels: string[] = [];
    // The trade panel cites one paragraph; the harm panel two of one document.
    for (const panel of ['trade', 'harm']) {
      const label = (await page
        .locator(`#${panel} [data-testid="source-note"] p > strong`)
        .textContent())!;
      labels.push(label);
      const svg = (await download(page, panel, 'svg')).bytes.toString('utf8');
      const lines = await page.evaluate(
        (text) =>
          [...new DOMParser().parseFromString(text, 'image/svg+xml').documentElement.children]
            .filter((node) => node.localName === 'text')
            .map((node) => node.textContent ?? ''),
        svg,
      );
      expect(
        lines.some((line) => line.startsWith(label)),
        `${panel}: ${lines.join(' | ')}`,
      ).toBe(true);
    }
    expect(labels.some((label) => /^المصدر\s*:/u.test(label))).toBe(true);
    expect(labels.some((label) => /^المصادر\s*:/u.test(label))).toBe(true);
  });
});

describe('a filtered download', () => {
  it('gives SQL with the filters bound that returns exactly the rows downloaded', async () => {
    const page = await open('missions/?mandate=current&region=AFR&q=united');
    const shown = Number(await page.getByTestId('missions-shown').getAttribute('data-count'));
    const [header, ...records] = parseCsv((await download(page, 'missions', 'csv')).bytes);
    const downloaded = records.map((record) => record[header.indexOf('mission_id')]);
    expect(downloaded.length).toBe(shown);
    const meta = JSON.parse((await download(page, 'missions', 'json')).bytes.toString('utf8'));
    const rows = db.query(meta.computed_by.sql, meta.computed_by.params);
    expect(rows.map((row) => row.mission_id)).toEqual(downloaded);
    // The filter narrowed the list: all 13 would not prove it was recorded.
    const total = db.query('SELECT count(*) AS n FROM missions')[0].n;
    expect(downloaded.length).toBeGreaterThan(0);
    expect(downloaded.length).toBeLessThan(Number(total));
  });
});

describe('a download in French', () => {
  it('regression: cites its sources with their places in French, in the README and under the saved chart, as the Cite box does ("S/2017/1025 (par. 6)", not "para. 6"; issue 22)', async () => {
    const page = await open('fr/trade/');
    const files = unzipSync(new Uint8Array((await download(page, 'trade', 'zip')).bytes));
    const readme = strFromU8(files['README.md']);
    const citation = readme.split('\n').find((line) => line.startsWith('Tableau de bord'));
    expect(citation).toMatch(/S\/2017\/1025 \(par\.\s6\)/u);
    expect(citation).not.toMatch(/para\./);
    // The day as the page writes dates (it was ISO, « téléchargé le 2026-12-06 »).
    const today = new Intl.DateTimeFormat('fr-FR', {
      day: 'numeric',
      month: 'long',
      year: 'numeric',
    })
      .format(new Date())
      .replace(/^1 /, '1er ');
    expect(citation).toContain(`téléchargé le ${today}`);
    // The README's list of sources and the package's, as the page's source note writes them.
    const listed = readme.slice(readme.indexOf('S/2017/1025'));
    expect(listed).not.toMatch(/para\./);
    const descriptor = JSON.parse(strFromU8(files['datapackage.json'])) as {
      resources: { sources?: { title: string }[] }[];
    };
    const titles = descriptor.resources.flatMap((resource) =>
      (resource.sources ?? []).map((source) => source.title),
    );
    expect(
      titles.some((title) => /^S\/2017\/1025, par\.\s6$/u.test(title)),
      titles.join(' | '),
    ).toBe(true);
    const svg = (await download(page, 'trade', 'svg')).bytes.toString('utf8');
    const words = await page.evaluate(
      (text) =>
        new DOMParser().parseFromString(text, 'image/svg+xml').documentElement.textContent ?? '',
      svg,
    );
    expect(words).toMatch(/S\/2017\/1025 \(par\.\s6\)/u);
    expect(words).not.toMatch(/para\./);
  });
});
