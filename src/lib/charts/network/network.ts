import {
  forceCollide,
  forceLink,
  forceManyBody,
  forceSimulation,
  forceX,
  forceY,
  type SimulationLinkDatum,
  type SimulationNodeDatum,
} from 'd3-force';

export type NetworkNode = { id: string; group: string; highlight: boolean; degree: number };
export type NetworkLink = { source: string; target: string };

export type PlacedNode = NetworkNode & { x: number; y: number; r: number };
export type PlacedLink = {
  key: string;
  source: string;
  target: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
};

export type NetworkLayout = {
  width: number;
  height: number;
  nodes: PlacedNode[];
  links: PlacedLink[];
};

type SimNode = SimulationNodeDatum & NetworkNode & { r: number };

/** Radius grows with the square root of the links, so area tracks how often a document is cited. */
export function nodeRadius(node: NetworkNode): number {
  return (node.highlight ? 9 : 3.5) + Math.sqrt(node.degree) * 1.6;
}

/**
 * A force-directed layout of documents and citations, run to rest before drawing so the
 * picture is the same on every load (d3-force starts from a fixed spiral and seeds its own
 * randomness). Nodes are kept inside the frame. Pure.
 */
export function networkLayout(
  nodes: NetworkNode[],
  links: NetworkLink[],
  { width, height }: { width: number; height: number },
): NetworkLayout {
  const simNodes: SimNode[] = nodes.map((node) => ({ ...node, r: nodeRadius(node) }));
  const byId = new Map(simNodes.map((node) => [node.id, node]));
  const simLinks: SimulationLinkDatum<SimNode>[] = links
    .filter((link) => byId.has(link.source) && byId.has(link.target))
    .map((link) => ({ source: link.source, target: link.target }));
  const scale = Math.min(width, height) / 600;

  const simulation = forceSimulation(simNodes)
    .force(
      'link',
      forceLink<SimNode, SimulationLinkDatum<SimNode>>(simLinks)
        .id((node) => node.id)
        .distance(46 * scale),
    )
    .force('charge', forceManyBody<SimNode>().strength(-140 * scale))
    .force(
      'collide',
      forceCollide<SimNode>((node) => node.r + 1.5),
    )
    // A weaker pull sideways than up and down spreads the graph over a wide frame.
    .force('x', forceX(width / 2).strength((0.04 * height) / width))
    .force('y', forceY(height / 2).strength(0.06))
    .stop();
  simulation.tick(300);

  const placed = simNodes.map((node): PlacedNode => ({
    id: node.id,
    group: node.group,
    highlight: node.highlight,
    degree: node.degree,
    r: node.r,
    x: clamp(node.x ?? width / 2, node.r + 2, width - node.r - 2),
    y: clamp(node.y ?? height / 2, node.r + 2, height - node.r - 2),
  }));
  const at = new Map(placed.map((node) => [node.id, node]));
  return {
    width,
    height,
    nodes: placed,
    links: links.flatMap((link, index) => {
      const from = at.get(link.source);
      const to = at.get(link.target);
      return from && to
        ? [
            {
              key: `${index}`,
              source: from.id,
              target: to.id,
              x1: from.x,
              y1: from.y,
              x2: to.x,
              y2: to.y,
            },
          ]
        : [];
    }),
  };
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(high, Math.max(low, value));
}
