import type { MapData } from '@/lib/data/map';
import type { EventFilter } from '@/lib/schemas/event-filter';
import { MAP_SIZE, project, worldPaths } from '@/lib/map/world';
import { pageHref } from '@/lib/network/page-href';
import { plural } from '@/lib/plural';

const css = `
.world-map { --map-sea: #f8fafc; --map-land: #e2e8f0; --map-line: #cbd5e1; --map-marker: #b91c1c; --map-ring: #ffffff; --map-focus: #7e22ce; }
@media (prefers-color-scheme: dark) {
  .world-map { --map-sea: #0f172a; --map-land: #334155; --map-line: #1e293b; --map-marker: #f87171; --map-ring: #020617; --map-focus: #e9d5ff; }
}
.world-map .map-sea { fill: var(--map-sea); stroke: var(--map-line); }
.world-map .map-land { fill: var(--map-land); }
.world-map .map-graticule { fill: none; stroke: var(--map-line); stroke-width: .5px; }
.world-map .map-marker { fill: var(--map-marker); fill-opacity: .75; stroke: var(--map-ring); stroke-width: 1.5px; }
.world-map a:hover .map-marker { fill-opacity: 1; }
.world-map a:focus { outline: none; }
.world-map a:focus-visible .map-marker, .world-map .map-selected .map-marker { stroke: var(--map-focus); stroke-width: 4px; fill-opacity: 1; }
`;

/** Area grows with the number of events (a square-root scale of the radius), from 3 px so one event stays visible. */
export const markerRadius = (count: number, max: number) => Math.max(3, Math.round(22 * Math.sqrt(count / Math.max(max, 1)) * 10) / 10);

/**
 * The map as server-drawn SVG: the simplified land, and one marker per place
 * linking to that place's events below (a plain link, so it works without
 * JavaScript and by keyboard). The place list after it is the text alternative.
 */
export function WorldMap({ data, filter, selected }: { data: MapData; filter: EventFilter; selected?: string }) {
  const world = worldPaths();
  const max = Math.max(0, ...data.places.map((p) => p.count));
  // Big markers first, so a small one next to a big one stays on top and clickable.
  const markers = [...data.places].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
  return (
    <figure className="space-y-2">
      <style>{css}</style>
      <div className="world-map overflow-hidden rounded border border-slate-200 dark:border-slate-800">
        <svg
          viewBox={`0 0 ${MAP_SIZE.width} ${MAP_SIZE.height}`}
          className="block h-auto w-full"
          role="group"
          aria-labelledby="map-caption"
          data-testid="map-svg"
        >
          <g aria-hidden="true">
            <path className="map-sea" d={world.sphere} />
            <path className="map-graticule" d={world.graticule} />
            <path className="map-land" d={world.land} />
          </g>
          {markers.map((p) => {
            const { x, y } = project(p.longitude, p.latitude);
            return (
              <a
                key={p.key}
                href={`${pageHref('/map', filter, { place: p.key })}#place-events`}
                className={selected === p.key ? 'map-selected' : undefined}
                data-marker={p.key}
                data-count={p.count}
                aria-label={`${p.name}: ${plural(p.count, 'event')}`}
                aria-current={selected === p.key ? 'true' : undefined}
              >
                {/* The tooltip names the place for a pointer; the link's aria-label names it for everyone else. */}
                <title>{`${p.name}: ${plural(p.count, 'event')}`}</title>
                <circle className="map-marker" cx={x} cy={y} r={markerRadius(p.count, max)} />
              </a>
            );
          })}
        </svg>
      </div>
      <figcaption id="map-caption" className="text-sm text-slate-700 dark:text-slate-300">
        Where the events took place: {plural(data.places.length, 'place')}, {plural(data.located, 'event')}. A marker&apos;s area grows with
        its number of events; select one to list them.
        {data.unlocated
          ? ` ${plural(data.unlocated, 'event')} of these filters ${data.unlocated === 1 ? 'has' : 'have'} no known place.`
          : ''}
      </figcaption>
    </figure>
  );
}
