import { describe, expect, it } from 'vitest';
import { networkLayout, nodeRadius, type NetworkNode } from '$lib/charts/network/network';

const nodes: NetworkNode[] = [
  { id: 'seed', group: 'report', highlight: true, degree: 3 },
  { id: 'a', group: 'resolution', highlight: false, degree: 1 },
  { id: 'b', group: 'resolution', highlight: false, degree: 1 },
  { id: 'c', group: 'other', highlight: false, degree: 1 },
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

  it('makes seeds and often-cited documents larger', () => {
    expect(nodeRadius(nodes[0])).toBeGreaterThan(nodeRadius(nodes[1]));
    expect(nodeRadius({ ...nodes[1], degree: 9 })).toBeGreaterThan(nodeRadius(nodes[1]));
  });
});
