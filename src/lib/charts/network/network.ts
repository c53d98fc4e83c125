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
import { clamp, placeLabels, type PlacedLabel } from '../core/labels';
import type { TipContent } from '../core/tooltip.svelte';

/**
 * A document: `cited` is how many times the others cite it (its incoming citations), which
 * its circle's size shows; `tip` what its tooltip says.
 */
export type NetworkNode = {
  id: string;
  group: string;
  highlight: boolean;
  cited: number;
  tip?: TipContent;
};
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
  labels: PlacedLabel[];
};

type SimNode = SimulationNodeDatum & NetworkNode & { r: number };

const MARGIN = 4;
/** Room above the graph for the label drawn over a highlighted node. */
const LABEL_ROOM = 18;

/** Label text size, in CSS pixels (the chart's own). */
export const LABEL_SIZE = 11;
/** Label weight, bold: the layout measures labels in it (the selected one, drawn 800, too). */
export const LABEL_WEIGHT = 600;

/**
 * A circle's area grows with the times the document is cited, from a floor that keeps a
 * document nobody cites visible; seeds are ringed, not enlarged, so size means one thing.
 */
export function nodeRadius(node: NetworkNode): number {
  return Math.sqrt(16 + 16 * node.cited);
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
  labels: Record<string, string> = {},
): NetworkLayout {
  // d3-force's own start is a spiral around (0, 0); starting the spiral at the frame's centre
  // lets the weak centring forces settle the graph in the middle instead of a corner.
  const simNodes: SimNode[] = nodes.map((node, index) => {
    const radius = 10 * Math.sqrt(0.5 + index);
    const angle = index * Math.PI * (3 - Math.sqrt(5));
    return {
      ...node,
      r: nodeRadius(node),
      x: width / 2 + radius * Math.cos(angle),
      y: height / 2 + radius * Math.sin(angle),
    };
  });
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

  // Fit the settled graph into the frame (room above for the seeds' labels) rather than
  // clamping: clamping piles the nodes of a graph larger than the frame along its edges.
  const left = Math.min(...simNodes.map((node) => (node.x ?? 0) - node.r));
  const right = Math.max(...simNodes.map((node) => (node.x ?? 0) + node.r));
  const top = Math.min(...simNodes.map((node) => (node.y ?? 0) - node.r));
  const bottom = Math.max(...simNodes.map((node) => (node.y ?? 0) + node.r));
  const fit = Math.min(
    (width - 2 * MARGIN) / Math.max(1, right - left),
    (height - MARGIN - LABEL_ROOM) / Math.max(1, bottom - top),
  );
  const offsetX = (width - (right - left) * fit) / 2;
  const offsetY = LABEL_ROOM + (height - MARGIN - LABEL_ROOM - (bottom - top) * fit) / 2;
  const placed = simNodes.map((node): PlacedNode => ({
    id: node.id,
    group: node.group,
    highlight: node.highlight,
    cited: node.cited,
    tip: node.tip,
    r: node.r,
    x: clamp(offsetX + ((node.x ?? 0) - left) * fit, node.r, width - node.r),
    y: clamp(offsetY + ((node.y ?? 0) - top) * fit, node.r, height - node.r),
  }));
  const at = new Map(placed.map((node) => [node.id, node]));
  return {
    width,
    height,
    nodes: placed,
    labels: nodeLabels(placed, labels, { width, height }),
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

/**
 * Labels where they fit, seeds first, then the most cited (see core/labels): a crowded graph
 * (a phone) gets fewer labels; every node keeps its name and tooltip.
 */
function nodeLabels(
  nodes: PlacedNode[],
  labels: Record<string, string>,
  frame: { width: number; height: number },
): PlacedLabel[] {
  const order = nodes
    .filter((node) => labels[node.id])
    .sort(
      (a, b) =>
        Number(b.highlight) - Number(a.highlight) || b.cited - a.cited || a.id.localeCompare(b.id),
    );
  return placeLabels(
    order.map((node) => ({ ...node, text: labels[node.id] })),
    nodes,
    {
      room: { left: 1, top: 1, right: frame.width - 1, bottom: frame.height - 1 },
      fontSize: LABEL_SIZE,
      fontWeight: LABEL_WEIGHT,
    },
  );
}
