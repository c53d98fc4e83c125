import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  LABEL_SIZE,
  LABEL_WEIGHT,
  networkLayout,
  nodeRadius,
  type NetworkNode,
} from '$lib/charts/network/network';
import { expectClearLabels } from './clear-labels';
import { docName } from '../../../src/routes/sources/detail';
import { citationGraph } from '../../../src/routes/sources/network';
import { queries as sources } from '../../../src/routes/sources/queries';
import { dataDb } from '../../data-db';

const nodes: NetworkNode[] = [
  { id: 'seed', group: 'report', highlight: true, cited: 0 },
  { id: 'a', group: 'resolution', highlight: false, cited: 1 },
  { id: 'b', group: 'resolution', highlight: false, cited: 1 },
  { id: 'c', group: 'other', highlight: false, cited: 1 },
];
const links = [
  { source: 'seed', target: 'a' },
  { source: 'seed', target: 'b' },
  { source: 'seed', target: 'c' },
  { source: 'seed', target: 'not-a-node' },
];

describe('networkLayout(nodes, links, dims)', () => {
  it('gives the same picture on every run', () => {
    const size = { width: 500, height: 300 };
    expect(networkLayout(nodes, links, size)).toEqual(networkLayout(nodes, links, size));
  });

  it('keeps every node whole inside the frame', () => {
    const layout = networkLayout(nodes, links, { width: 320, height: 200 });
    for (const node of layout.nodes) {
      expect(node.x - node.r).toBeGreaterThanOrEqual(0);
      expect(node.x + node.r).toBeLessThanOrEqual(320);
      expect(node.y - node.r).toBeGreaterThanOrEqual(0);
      expect(node.y + node.r).toBeLessThanOrEqual(200);
    }
  });

  it('draws links between known nodes only, from node centre to node centre', () => {
    const layout = networkLayout(nodes, links, { width: 500, height: 300 });
    expect(layout.links).toHaveLength(3);
    const seed = layout.nodes.find((node) => node.id === 'seed')!;
    expect(layout.links.every((link) => link.x1 === seed.x && link.y1 === seed.y)).toBe(true);
  });

  it('makes often-cited documents larger, and a seed no larger for being a seed', () => {
    expect(nodeRadius({ ...nodes[1], cited: 9 })).toBeGreaterThan(nodeRadius(nodes[1]));
    expect(nodeRadius(nodes[0])).toBeLessThan(nodeRadius(nodes[1]));
    expect(nodeRadius({ ...nodes[0], cited: 1 })).toBe(nodeRadius(nodes[1]));
  });

  it('places labels inside the frame, clear of other circles and of each other; fewer when crowded', () => {
    const many: NetworkNode[] = Array.from({ length: 40 }, (_, index) => ({
      id: `S/PRST/20${String(index).padStart(2, '0')}/1`,
      group: 'report',
      highlight: index < 2,
      cited: index % 4,
    }));
    const spokes = many.slice(1).map((node) => ({ source: many[0].id, target: node.id }));
    const names = Object.fromEntries(many.map((node) => [node.id, node.id]));
    const counts = [];
    for (const size of [
      { width: 880, height: 480 },
      { width: 300, height: 400 },
    ]) {
      const layout = networkLayout(many, spokes, size, names);
      expectClearLabels(
        layout.labels,
        layout.nodes.map((node) => ({ id: node.id, x: node.x, y: node.y, r: node.r })),
        {
          room: { left: 0, top: 0, right: size.width, bottom: size.height },
          fontSize: LABEL_SIZE,
          fontWeight: LABEL_WEIGHT,
        },
      );
      counts.push(layout.labels.length);
    }
    expect(counts[0]).toBeGreaterThan(counts[1]);
    expect(counts[1]).toBeGreaterThan(0);
  });
});

// Issue 13: S/2017/1025 was the largest circle and "cited 0 times": size counted links both
// ways. The expected counts are read from data/citations.csv here, by papaparse, one per row
// naming the document as cited_doc (the "cited N times" of its label), not by the layout code.
describe('networkLayout(citationGraph(documents, citations), dims)', () => {
  const read = (file: string) =>
    Papa.parse<Record<string, string>>(readFileSync(path.resolve('data', file), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    }).data;
  const citationRows = read('citations.csv');
  const timesCited = new Map<string, number>();
  for (const row of citationRows) {
    timesCited.set(row.cited_doc, (timesCited.get(row.cited_doc) ?? 0) + 1);
  }
  const graph = citationGraph(
    read('documents.csv'),
    citationRows.map((row) => ({ ...row, citing_doc: row.source_doc })),
  );

  for (const size of [
    { width: 880, height: 484 },
    { width: 358, height: 483 },
  ]) {
    it(`orders circles by times cited at ${size.width} px (S/2017/1025, cited 0 times, is among the smallest)`, () => {
      const layout = networkLayout(graph.nodes, graph.links, size);
      const cited = (id: string) => timesCited.get(id) ?? 0;
      expect(layout.nodes.length).toBeGreaterThan(50);
      for (const a of layout.nodes) {
        for (const b of layout.nodes) {
          if (cited(a.id) > cited(b.id)) expect(a.r, `${a.id} vs ${b.id}`).toBeGreaterThan(b.r);
          if (cited(a.id) === cited(b.id)) expect(a.r, `${a.id} vs ${b.id}`).toBe(b.r);
        }
      }
      const smallest = Math.min(...layout.nodes.map((node) => node.r));
      expect(layout.nodes.find((node) => node.id === 'S/2017/1025')?.r).toBe(smallest);
      const most = [...timesCited].sort((a, b) => b[1] - a[1])[0][0];
      const largest = Math.max(...layout.nodes.map((node) => node.r));
      expect(layout.nodes.find((node) => node.id === most)?.r).toBe(largest);
    });
  }
});

// Issue 22: at 1280 px, in every language, "S/2017/1025" was drawn over "A/72/42" (by 0.4 px,
// its white halo over the "2"): the labels are bold, and were placed by their regular widths.
// Here each label's drawn box is measured from the fonts, not by the layout's estimate: widths
// are the sum of Chromium's advances for DejaVu Sans Bold (canvas measureText at 1000 px,
// weight 600, the page's font stack on the Debian 12 test machine, Chromium 156; on these
// labels the sum is within 0.25 px of getComputedTextLength, or wider where Chromium kerns), a
// Chinese character one em (Noto Sans CJK SC Bold), the Arabic labels measured whole
// (getComputedTextLength, shaped); heights are the box Chromium draws at 11 px (getBBox): 10 px
// above the baseline, 3 below.
const GLYPHS = [
  ...' (),-./0123456789ABCDEFGHIKLMNOPRSTUVWXabcdefghilmnopqrstuvwyzàáèéíñóôАВГДИКМНОПРУабвгдежзийклмнопрстуфхцчшщъыьюя’…',
];
const BOLD_ADVANCES = [
  348, 457, 457, 380, 415, 380, 365, 696, 696, 696, 696, 696, 696, 696, 696, 696, 696, 774, 762,
  734, 830, 683, 683, 821, 837, 372, 775, 637, 995, 837, 850, 733, 770, 720, 682, 812, 774, 1103,
  771, 675, 716, 593, 716, 678, 435, 716, 712, 343, 343, 1042, 712, 687, 716, 716, 493, 595, 478,
  712, 652, 924, 652, 582, 675, 675, 678, 678, 343, 712, 687, 687, 774, 762, 637, 891, 837, 817,
  995, 837, 850, 837, 733, 771, 675, 698, 633, 522, 808, 678, 995, 581, 701, 701, 679, 732, 817,
  691, 687, 691, 716, 593, 580, 652, 992, 645, 741, 687, 1062, 1105, 751, 904, 632, 972, 642, 380,
  1000,
];
const ARABIC_DRAWN: Record<string, number> = {
  'اتفاقية الأمم المتحدة لمكافحة الجريمة المنظمة عبر الوطنية': 321.9,
  'المبادئ التوجيهية التقنية الدولية بشأن الذخيرة': 250.1,
  'المعايير الدولية لمراقبة الأسلحة الصغيرة': 217.9,
  'الموقع الشبكي لسجل الأمم المتحدة': 194.3,
  'الموقع الشبكي لنظام PoA-ISS': 169.2,
  'بروتوكول مكافحة صنع الأسلحة النارية وأجزائها ومكوناتها والذخيرة والاتجار بها بصورة غير مشروعة': 533.4,
  'تقرير عن التنمية في العالم لعام 2005': 208.2,
  'قرار مؤتمر الأطراف 5/4 (الجريمة المنظمة)': 235.8,
  'معاهدة تجارة الأسلحة': 116.2,
  'مقرر الجمعية العامة 60/519': 154.0,
  'ميثاق الأمم المتحدة': 105.4,
  'نتائج مؤتمر القمة العالمي لعام 2005': 199.9,
};

/** A network label's width as drawn, bold, at 11 px (see above). */
function drawnWidth(text: string): number {
  if (/\p{Script=Arabic}/u.test(text)) {
    expect(ARABIC_DRAWN[text], `a measured width for "${text}"`).toBeDefined();
    return ARABIC_DRAWN[text];
  }
  let em = 0;
  for (const char of text) {
    if (/[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u.test(char)) em += 1;
    else {
      expect(GLYPHS, `an advance for "${char}" of "${text}"`).toContain(char);
      em += BOLD_ADVANCES[GLYPHS.indexOf(char)] / 1000;
    }
  }
  return em * 11;
}

describe('the citation network on /sources/, its labels as Chromium draws them', () => {
  // The page's own graph: its SQL over data/, rows in the order the page gets them (the
  // layout's starting spiral follows the order of the nodes).
  let graph: ReturnType<typeof citationGraph>;
  beforeAll(async () => {
    const db = await dataDb();
    graph = citationGraph(db.query(sources.documents.sql), db.query(sources.citations.sql));
  });
  // The frames the page draws at 1280 and 390 px (the SVG's viewBox there), and its labels
  // (src/routes/sources/+page.svelte: the document's short name, less a trailing "(2013)").
  for (const size of [
    { width: 918, height: 505 },
    { width: 316, height: 427 },
  ]) {
    for (const locale of ['en', 'zh', 'ar', 'fr', 'ru', 'es']) {
      it(`regression: no label over another at ${size.width} px (${locale})`, () => {
        const names = Object.fromEntries(
          graph.nodes.map((node) => [
            node.id,
            docName(node.id, locale).text.replace(/ \(\d{4}\)$/, ''),
          ]),
        );
        const layout = networkLayout(graph.nodes, graph.links, size, names);
        expect(layout.labels.length).toBeGreaterThan(size.width > 600 ? 40 : 10);
        const boxes = layout.labels.map((label) => {
          const width = drawnWidth(label.text);
          const left =
            label.anchor === 'start'
              ? label.x
              : label.anchor === 'end'
                ? label.x - width
                : label.x - width / 2;
          return {
            text: label.text,
            left,
            right: left + width,
            top: label.y - 10,
            bottom: label.y + 3,
          };
        });
        for (const a of boxes) {
          expect(a.left, a.text).toBeGreaterThanOrEqual(0);
          expect(a.right, a.text).toBeLessThanOrEqual(size.width);
          for (const b of boxes) {
            if (a === b) continue;
            const apart =
              a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;
            expect(
              apart,
              `"${a.text}" [${a.left.toFixed(1)}, ${a.right.toFixed(1)}] and "${b.text}" [${b.left.toFixed(1)}, ${b.right.toFixed(1)}]`,
            ).toBe(true);
          }
        }
      });
    }
  }
});
