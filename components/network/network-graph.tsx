import type { Network } from '@/lib/data/network';
import { NETWORK_SIZE } from '@/lib/data/network';
import { plural } from '@/lib/plural';
import { NetworkHighlight } from './network-highlight';

// Dimming and lighting are CSS on attributes the highlighter sets, so the server's SVG needs no client state.
const css = `
.network-graph { --net-person: #1d4ed8; --net-org: #b45309; --net-edge: #94a3b8; --net-lit: #1e3a8a; --net-text: #0f172a; --net-halo: #ffffff; --net-focus: #c026d3; }
@media (prefers-color-scheme: dark) {
  .network-graph { --net-person: #60a5fa; --net-org: #fbbf24; --net-edge: #64748b; --net-lit: #bfdbfe; --net-text: #f1f5f9; --net-halo: #020617; --net-focus: #f0abfc; }
}
.network-graph .net-edge { stroke: var(--net-edge); stroke-linecap: round; opacity: .75; }
.network-graph .net-label { fill: var(--net-text); stroke: var(--net-halo); stroke-width: 3px; paint-order: stroke; font-size: 13px; }
.network-graph .net-person { fill: var(--net-person); }
.network-graph .net-organisation { fill: var(--net-org); }
.network-graph .net-mark { stroke: var(--net-halo); stroke-width: 1.5px; }
.network-graph .net-focused .net-mark { stroke: var(--net-focus); stroke-width: 4px; }
.network-graph a:focus { outline: none; }
.network-graph a:focus-visible .net-mark { stroke: var(--net-focus); stroke-width: 5px; }
.network-graph a:focus-visible .net-label { text-decoration: underline; }
.network-graph[data-active] .net-node:not([data-lit]) { opacity: .2; }
.network-graph[data-active] .net-edge:not([data-lit]) { opacity: .08; }
.network-graph[data-active] .net-edge[data-lit] { stroke: var(--net-lit); opacity: 1; }
`;

const radius = (weight: number) => Math.min(6 + 2 * Math.sqrt(weight), 22);
/** Width by shared events: 1 px for one, growing slowly so a heavy pair doesn't hide its neighbours. */
export const edgeWidth = (weight: number) => Math.round((1 + 2 * Math.log2(weight)) * 10) / 10;

/**
 * The graph as server-drawn SVG: edges (decorative; the table below lists
 * them), then one link per actor to its profile, named with its kind and
 * connections. People are circles, organisations squares (legend below).
 */
export function NetworkGraph({ network, focus }: { network: Network; focus: readonly string[] }) {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const neighbours = new Map<string, string[]>();
  for (const e of network.edges) {
    neighbours.set(e.a, [...(neighbours.get(e.a) ?? []), e.b]);
    neighbours.set(e.b, [...(neighbours.get(e.b) ?? []), e.a]);
  }
  const { width, height } = NETWORK_SIZE;
  return (
    <figure className="space-y-2">
      <style>{css}</style>
      {/* Wide enough for the labels; on a phone the figure scrolls sideways, the page does not. */}
      <div className="overflow-x-auto rounded border border-slate-200 dark:border-slate-800">
        <NetworkHighlight>
          <svg
            viewBox={`0 0 ${width} ${height}`}
            className="block h-auto w-full min-w-[760px]"
            role="group"
            aria-labelledby="network-caption"
            data-testid="network-svg"
          >
            <g aria-hidden="true">
              {network.edges.map((e) => {
                const a = byId.get(e.a)!;
                const b = byId.get(e.b)!;
                return (
                  <line
                    key={`${e.a}-${e.b}`}
                    className="net-edge"
                    data-edge=""
                    data-a={e.a}
                    data-b={e.b}
                    data-weight={e.weight}
                    x1={a.x}
                    y1={a.y}
                    x2={b.x}
                    y2={b.y}
                    strokeWidth={edgeWidth(e.weight)}
                  />
                );
              })}
            </g>
            {network.nodes.map((n) => {
              const r = radius(n.weight);
              const mine = neighbours.get(n.id) ?? [];
              const leftHalf = n.x < width * 0.7;
              return (
                <a
                  key={n.id}
                  href={`/actors/${n.slug}`}
                  className={`net-node${focus.includes(n.slug) ? ' net-focused' : ''}`}
                  data-node={n.id}
                  data-slug={n.slug}
                  data-neighbours={mine.join(' ')}
                  aria-label={`${n.name} (${n.kind}): ${plural(n.degree, 'actor')} met in ${plural(n.weight, 'shared event')}`}
                >
                  {n.kind === 'person' ? (
                    <circle className="net-mark net-person" cx={n.x} cy={n.y} r={r} />
                  ) : (
                    <rect className="net-mark net-organisation" x={n.x - r} y={n.y - r} width={2 * r} height={2 * r} rx={2} />
                  )}
                  <text
                    className="net-label"
                    x={leftHalf ? n.x + r + 4 : n.x - r - 4}
                    y={n.y + 4}
                    textAnchor={leftHalf ? 'start' : 'end'}
                    aria-hidden="true"
                  >
                    {n.name}
                  </text>
                </a>
              );
            })}
          </svg>
        </NetworkHighlight>
      </div>
      <figcaption id="network-caption" className="space-y-1 text-sm text-slate-700 dark:text-slate-300">
        <span className="block">
          Who met whom: {plural(network.nodes.length, 'actor')} linked by {plural(network.edges.length, 'pair')} of shared events. A
          line&apos;s width grows with the number of events the two shared; hover or focus an actor to light its neighbours.
        </span>
        <span className="flex flex-wrap items-center gap-4" aria-label="Legend">
          <span className="flex items-center gap-1">
            <svg width="14" height="14" aria-hidden="true" className="network-graph">
              <circle className="net-person" cx="7" cy="7" r="6" />
            </svg>
            Person
          </span>
          <span className="flex items-center gap-1">
            <svg width="14" height="14" aria-hidden="true" className="network-graph">
              <rect className="net-organisation" x="1" y="1" width="12" height="12" rx="2" />
            </svg>
            Organisation
          </span>
          {focus.length ? (
            <span className="flex items-center gap-1">
              <svg width="14" height="14" aria-hidden="true" className="network-graph">
                <circle className="net-person net-mark" cx="7" cy="7" r="5" style={{ stroke: 'var(--net-focus)', strokeWidth: 3 }} />
              </svg>
              Actor you filtered by
            </span>
          ) : null}
        </span>
      </figcaption>
    </figure>
  );
}
