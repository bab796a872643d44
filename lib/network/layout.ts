/**
 * The network's positions, computed on the server so the SVG is the first
 * paint. ForceAtlas2 is deterministic given its starting positions, so the
 * nodes start on a circle in a fixed order (by slug): the same graph always
 * gets the same picture, and a cached page matches a fresh one.
 */
import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export type LayoutInput = { nodes: { id: string; slug: string }[]; edges: { a: string; b: string; weight: number }[] };
export type Point = { x: number; y: number };

/** Positions in [margin, width - margin] × [margin, height - margin], by node id. */
export function layoutNetwork(input: LayoutInput, size: { width: number; height: number; margin: number }): Map<string, Point> {
  const graph = new Graph({ type: 'undirected' });
  const ordered = [...input.nodes].sort((a, b) => a.slug.localeCompare(b.slug));
  ordered.forEach((n, i) => {
    const angle = (2 * Math.PI * i) / Math.max(ordered.length, 1);
    graph.addNode(n.id, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });
  for (const e of input.edges) if (graph.hasNode(e.a) && graph.hasNode(e.b)) graph.addEdge(e.a, e.b, { weight: e.weight });
  if (graph.order > 1) {
    forceAtlas2.assign(graph, {
      iterations: 300,
      getEdgeWeight: 'weight',
      // Strong gravity keeps actors of separate components on one screen instead of drifting apart.
      settings: { ...forceAtlas2.inferSettings(graph), strongGravityMode: true, gravity: 0.5, adjustSizes: false },
    });
  }
  const points = graph.mapNodes((id, attrs) => ({ id, x: attrs.x as number, y: attrs.y as number }));
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const w = size.width - 2 * size.margin;
  const h = size.height - 2 * size.margin;
  // One scale for both axes keeps the layout's proportions; a single node (or a line) sits in the middle.
  const scale = Math.min(maxX > minX ? w / (maxX - minX) : Infinity, maxY > minY ? h / (maxY - minY) : Infinity);
  const k = Number.isFinite(scale) ? scale : 0;
  const offX = size.margin + (w - (maxX - minX) * k) / 2;
  const offY = size.margin + (h - (maxY - minY) * k) / 2;
  return new Map(points.map((p) => [p.id, { x: round(offX + (p.x - minX) * k), y: round(offY + (p.y - minY) * k) }]));
}

const round = (v: number) => Math.round(v * 10) / 10;
