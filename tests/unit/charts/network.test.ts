import { readFileSync } from 'node:fs';
import path from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import {
  LABEL_SIZE,
  LABEL_WEIGHT,
  networkLayout,
  nodeRadius,
  type NetworkNode,
} from '$lib/charts/network/network';
import { expectClearLabels } from './clear-labels';
import { citationGraph } from '../../../src/routes/sources/network';

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
