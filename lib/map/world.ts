import 'server-only';
/**
 * The world map's base layer, drawn once per server process from the
 * world-atlas 110m land TopoJSON: no tile server, no network, and nothing of
 * the atlas reaches the browser but one simplified SVG path.
 */
import { geoGraticule, geoNaturalEarth1, geoPath, type GeoStream } from 'd3-geo';
import { feature } from 'topojson-client';
import land110m from 'world-atlas/land-110m.json';

export const MAP_SIZE = { width: 960, height: 500 } as const;

/** Natural Earth fitted to the map's box: known, fixed coordinates for markers and the base layer alike. */
const projection = geoNaturalEarth1().fitExtent(
  [
    [4, 4],
    [MAP_SIZE.width - 4, MAP_SIZE.height - 4],
  ],
  { type: 'Sphere' },
);

/**
 * A planar simplification: drops projected points closer than `tolerance`
 * pixels to the last kept one, and rings left with fewer than three points.
 * At this scale the 110m atlas has far more points than pixels can show.
 */
function simplify(out: GeoStream, tolerance: number): GeoStream {
  let ring: [number, number][] | null = null;
  let inPolygon = false;
  return {
    point(x, y) {
      if (!ring) return out.point(x, y);
      const last = ring.at(-1);
      if (!last || Math.hypot(x - last[0], y - last[1]) >= tolerance) ring.push([x, y]);
    },
    lineStart() {
      ring = [];
    },
    lineEnd() {
      const points = ring ?? [];
      ring = null;
      if (points.length < (inPolygon ? 3 : 2)) return;
      out.lineStart();
      for (const [x, y] of points) out.point(x, y);
      out.lineEnd();
    },
    polygonStart() {
      inPolygon = true;
      out.polygonStart();
    },
    polygonEnd() {
      inPolygon = false;
      out.polygonEnd();
    },
    sphere() {
      out.sphere?.();
    },
  };
}

let paths: { land: string; sphere: string; graticule: string } | null = null;

/** The land, the globe's outline and a 10° graticule as SVG path data (computed once). */
export function worldPaths() {
  if (paths) return paths;
  // By name: topojson-client looks the object up itself, and its types then need nothing from topojson-specification.
  const landShape = feature(land110m as unknown as Parameters<typeof feature>[0], 'land');
  // Whole pixels and a 2 px tolerance: about 26 kB of path for the land, against 55 kB of TopoJSON.
  const path = (tolerance: number) => geoPath({ stream: (out: GeoStream) => projection.stream(simplify(out, tolerance)) }).digits(0);
  paths = {
    land: path(2)(landShape) ?? '',
    sphere: geoPath(projection).digits(0)({ type: 'Sphere' }) ?? '',
    graticule: path(10)(geoGraticule().step([30, 30])()) ?? '',
  };
  return paths;
}

/** Where a longitude/latitude falls on the map, rounded to a tenth of a pixel. */
export function project(longitude: number, latitude: number): { x: number; y: number } {
  const [x, y] = projection([longitude, latitude]) ?? [0, 0];
  return { x: Math.round(x * 10) / 10, y: Math.round(y * 10) / 10 };
}
