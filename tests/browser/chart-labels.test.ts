import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '$lib/i18n/messages';
import { zh } from '$lib/i18n/zh';
import { closeSuite, openSuite, sharedTabs, waitForLiveViews, type Suite } from './harness';

// Issue 13's chart corrections as a reader sees them, at a desktop and a phone width, in both
// languages: bar labels in full and inside the chart (measured by Chromium's own fonts), the
// headline cards traced to their passages, the missions detail and table, the embargo table.
let suite: Suite;
let tabs: ReturnType<typeof sharedTabs>;
beforeAll(async () => {
  suite = await openSuite();
  tabs = sharedTabs(suite.browser, suite.site);
});
afterAll(() => closeSuite(suite));

const widths = { desktop: 1280, phone: 390 } as const;
const seeds = readdirSync('seeds')
  .filter((file) => file.endsWith('.txt'))
  .map((file) => readFileSync(path.join('seeds', file), 'utf8').replace(/\s+/g, ''));

type Label = { box: number; lines: { text: string; left: number; right: number }[]; text: string };

/** `url` in this file's tab for its language and width, reached by a link once a page is open. */
async function open(url: string, width: number): Promise<Page> {
  const page = await tabs(url.slice(suite.site.url.length), { width, height: 900 });
  await waitForLiveViews(page);
  return page;
}

describe('bar labels on /centres/', () => {
  for (const locale of ['en', 'zh'] as const) {
    for (const [device, width] of Object.entries(widths)) {
      it(`regression: read in full and stay inside the chart (${locale}, ${device})`, async () => {
        // The countries the bars name, from data/ (Trinidad and Tobago: "Trinidad and Toba…" before).
        const countries = suite.db
          .query(
            `SELECT DISTINCT c.name_en, c.name_zh FROM regional_centre_activities AS a
             JOIN countries AS c ON c.iso3 = a.country_iso3 WHERE a.value IS NOT NULL`,
          )
          .map((row) => String(locale === 'zh' ? row.name_zh : row.name_en));
        expect(countries.length).toBeGreaterThan(0);
        const page = await open(`${suite.site.url}${locale === 'zh' ? 'zh/' : ''}centres/`, width);
        const labels = await page.$$eval<Label[], SVGTextElement>(
          '#activities svg text.label',
          (texts) =>
            texts.map((text) => {
              const svg = text.closest('svg')!;
              const box = svg.viewBox.baseVal.width;
              // Lines are tspans; a label in one piece (as before the fix) is its text element.
              const pieces: SVGTextContentElement[] = [...text.querySelectorAll('tspan')];
              const lines = (pieces.length > 0 ? pieces : [text]).map((tspan) => {
                const x = Number(tspan.getAttribute('x') ?? text.getAttribute('x'));
                const length = tspan.getComputedTextLength();
                const anchor = text.getAttribute('text-anchor');
                return {
                  text: tspan.textContent ?? '',
                  left: anchor === 'end' ? x - length : x,
                  right: anchor === 'end' ? x : x + length,
                };
              });
              return { box, lines, text: lines.map((line) => line.text).join(' ') };
            }),
        );
        expect(labels.length).toBeGreaterThan(5);
        const all = labels.map((label) => label.text.replace(/\s+/g, '')).join('|');
        for (const country of countries) expect(all).toContain(country.replace(/\s+/g, ''));
        for (const label of labels) {
          expect(label.text).not.toContain('…');
          for (const line of label.lines) {
            expect(line.left, line.text).toBeGreaterThanOrEqual(0);
            expect(line.right, line.text).toBeLessThanOrEqual(label.box);
          }
        }
      });
    }
  }
});

// Issue 22: bold labels were placed by their regular widths. At 1280 px, in every language, the
// citation network drew "S/2017/1025" 0.4 px into "A/72/42" (its white halo over the "2"), and
// a selected event's bold label ran up to 9.7 px under the next mark of its row. Boxes are
// Chromium's (getBoundingClientRect of each text, in the page's fonts).
type Box = { text: string; left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0;
const describeBox = (box: Box) => `"${box.text}" [${box.left.toFixed(1)}, ${box.right.toFixed(1)}]`;
const boldLocales = [
  ['en', 'desktop'],
  ['zh', 'desktop'],
  ['ar', 'desktop'],
  ['ru', 'desktop'],
  ['en', 'phone'],
  ['zh', 'phone'],
] as const;

describe('bold labels on /sources/ and the overview', () => {
  for (const [locale, device] of boldLocales) {
    const prefix = locale === 'en' ? '' : `${locale}/`;
    it(`regression: no network label over another (${locale}, ${device})`, async () => {
      const page = await open(`${suite.site.url}${prefix}sources/`, widths[device]);
      const { frame, labels } = await page.$eval(
        '#network-panel-chart svg:has(text.node-label)',
        (svg) => {
          const box = (element: Element, text = '') => {
            const { left, right, top, bottom } = element.getBoundingClientRect();
            return { text, left, right, top, bottom };
          };
          return {
            frame: box(svg),
            labels: [...svg.querySelectorAll('text.node-label')].map((text) =>
              box(text, text.textContent ?? ''),
            ),
          };
        },
      );
      expect(labels.length).toBeGreaterThan(5);
      for (const [index, label] of labels.entries()) {
        expect(label.left, label.text).toBeGreaterThanOrEqual(frame.left);
        expect(label.right, label.text).toBeLessThanOrEqual(frame.right);
        for (const other of labels.slice(index + 1)) {
          expect(overlap(label, other), `${describeBox(label)} and ${describeBox(other)}`).toBe(
            false,
          );
        }
      }
    });

    it(`regression: a selected event's bold label is clear of its row (${locale}, ${device})`, async () => {
      const page = await open(`${suite.site.url}${prefix}`, widths[device]);
      // Each labelled event selected in turn, as a click does.
      const found = await page.$eval('#timeline-panel-chart svg:has(g.event)', async (svg) => {
        const box = (element: Element, text = '') => {
          const { left, right, top, bottom } = element.getBoundingClientRect();
          return { text, left, right, top, bottom };
        };
        const frame = () =>
          new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
        const results: { selected: Box; others: Box[]; frame: Box }[] = [];
        for (const event of [...svg.querySelectorAll<SVGGElement>('g.event')]) {
          event.dispatchEvent(new MouseEvent('click', { bubbles: true }));
          await frame();
          const label = svg.querySelector('text.event-label.selected');
          if (!label) continue;
          results.push({
            selected: box(label, label.textContent ?? ''),
            frame: box(svg),
            others: [
              ...[...svg.querySelectorAll('text.event-label:not(.selected)')].map((text) =>
                box(text, text.textContent ?? ''),
              ),
              ...[...svg.querySelectorAll('g.event:not(.selected) .mark')].map((mark) =>
                box(mark, `mark ${mark.closest<SVGGElement>('g.event')!.dataset.key}`),
              ),
            ],
          });
        }
        document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
        return results;
      });
      expect(found.length).toBeGreaterThan(5);
      for (const { selected, others, frame } of found) {
        expect(selected.left, selected.text).toBeGreaterThanOrEqual(frame.left);
        expect(selected.right, selected.text).toBeLessThanOrEqual(frame.right);
        for (const other of others) {
          expect(
            overlap(selected, other),
            `${describeBox(selected)} over ${describeBox(other)}`,
          ).toBe(false);
        }
      }
    });
  }
});

describe('headline cards on the overview', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`link each figure to its source document and show its passage (${locale})`, async () => {
      const page = await open(`${suite.site.url}${locale === 'zh' ? 'zh/' : ''}`, 390);
      const cards = await page.$$eval('#figures li.figure', (items) =>
        items.map((item) => ({
          id: item.getAttribute('data-figure'),
          href: item.querySelector<HTMLAnchorElement>('a.passage-link')?.href ?? null,
          passage: item.querySelector('details.passage p')?.textContent ?? null,
        })),
      );
      expect(cards.length).toBe(8);
      for (const card of cards) {
        const [figure] = suite.db.query(
          'SELECT source_doc, source_quote_zh FROM key_figures WHERE figure_id = ?',
          [card.id],
        );
        expect(card.href, String(card.id)).not.toBeNull();
        const url = new URL(card.href!);
        expect(url.pathname).toBe(locale === 'zh' ? '/zh/sources/' : '/sources/');
        expect(url.searchParams.get('doc')).toBe(figure.source_doc);
        if (figure.source_quote_zh) {
          const quote = card.passage!.replace(/^“|”$/g, '');
          expect(quote).toBe(figure.source_quote_zh);
          // The passage is the seed's own text.
          expect(seeds.some((seed) => seed.includes(quote.replace(/\s+/g, '')))).toBe(true);
        }
      }
      // The link leads to the document, selected on the sources page.
      await page.locator('#figures a.passage-link').first().click();
      await page.waitForURL(/\/sources\//);
      await waitForLiveViews(page);
      const [first] = suite.db.query(
        "SELECT source_doc FROM key_figures WHERE figure_id = 'small_arms_trade_value_2014'",
      );
      await expect
        .poll(() => page.locator('[data-testid="document-detail"] h3').textContent())
        .toContain(String(first.source_doc));
    });
  }
});

describe('the missions detail', () => {
  for (const locale of ['en', 'zh'] as const) {
    it(`regression: says the paragraph once and names each task in words (${locale})`, async () => {
      const page = await open(
        `${suite.site.url}${locale === 'zh' ? 'zh/' : ''}missions/?mission=MINUSCA`,
        1280,
      );
      const detail = page.locator('[data-testid="mission-detail"]');
      const cells = await detail
        .locator('tbody tr')
        .evaluateAll((rows) =>
          rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent!.trim())),
        );
      const catalogue: Record<string, string> = locale === 'zh' ? zh : en;
      const tasks = suite.db.query(
        "SELECT aspect, resolution, resolution_para FROM mission_tasks WHERE mission_id = 'MINUSCA'",
      );
      expect(cells).toHaveLength(tasks.length);
      expect(cells.map((row) => row[0]).sort()).toEqual(
        tasks.map((task) => catalogue[`aspect.${task.aspect}`]).sort(),
      );
      const text = cells.flat().join(' ');
      expect(text).not.toMatch(/para\. para\./);
      expect(text).not.toContain('wam support');
      expect(text).toContain(
        locale === 'zh'
          ? '第2301(2016)号决议，第34(c)(五)段'
          : 'S/RES/2301 (2016), para. 34 (c) (v)',
      );
    });
  }
});

describe('the missions table on a phone', () => {
  it('says it scrolls, can be scrolled by keyboard, and keeps English words whole', async () => {
    const page = await open(`${suite.site.url}missions/`, 390);
    const table = page.locator('#missions .table-scroll');
    await expect.poll(() => table.getAttribute('data-overflowing')).toBe('true');
    expect(await page.locator('#missions .scroll-hint').isVisible()).toBe(true);
    expect(await table.getAttribute('role')).toBe('region');
    expect(await table.getAttribute('tabindex')).toBe('0');
    // A one-word cell ("Peacekeeping") drawn on one line: one box per text node.
    const broken = await table.evaluate((box) =>
      [...box.querySelectorAll('td')]
        .filter((td) => /^[A-Za-z]+$/.test(td.textContent!.trim()))
        .filter((td) => {
          const range = document.createRange();
          range.selectNodeContents(td);
          return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size > 1;
        })
        .map((td) => td.textContent!.trim()),
    );
    expect(broken).toEqual([]);
  });
});

describe('the embargo table on /sources/', () => {
  it("regression: Haiti's 2022 embargo lists no MINUSTAH (closed in 2017), as DuckDB-WASM computes it", async () => {
    const page = await open(`${suite.site.url}sources/`, 1280);
    const row = page.locator('#embargoes tbody tr', { hasText: 'S/RES/2653 (2022)' });
    const cells = await row.locator('td').allTextContents();
    const liberia = await page
      .locator('#embargoes tbody tr', { hasText: 'S/RES/788 (1992)' })
      .locator('td')
      .allTextContents();
    expect(cells.at(-1)!.trim()).toBe('');
    expect(liberia.at(-1)!.trim()).toBe('UNMIL');
  });
});
