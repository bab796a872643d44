import Link from 'next/link';
import type { Network } from '@/lib/data/network';
import type { EventFilter } from '@/lib/schemas/event-filter';
import { timelineHref } from '@/lib/filter-url';
import { pageHref } from '@/lib/network/page-href';

/**
 * The graph's pairs as a table: the text alternative, and the whole view
 * without JavaScript. The count links to the events the pair shared (here);
 * the timeline's actor filter is "either actor", so its link says so.
 */
export function PairTable({ network, filter }: { network: Network; filter: EventFilter }) {
  const byId = new Map(network.nodes.map((n) => [n.id, n]));
  const rows = network.edges
    .map((e) => {
      const [a, b] = [byId.get(e.a)!, byId.get(e.b)!].sort((x, y) => x.name.localeCompare(y.name));
      return { a, b, weight: e.weight };
    })
    .sort((x, y) => y.weight - x.weight || x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name));
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[20rem] text-left text-sm" data-testid="pair-table">
        <caption className="mb-2 text-left text-slate-700 dark:text-slate-300">
          Each pair of actors who took part in the same events, with how many they shared.
        </caption>
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-1 pr-3">
              Actor A
            </th>
            <th scope="col" className="py-1 pr-3">
              Actor B
            </th>
            <th scope="col" className="py-1 pr-3 text-right">
              Shared events
            </th>
            <th scope="col" className="py-1">
              Timeline
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ a, b, weight }) => (
            <tr key={`${a.slug}|${b.slug}`} className="border-b border-slate-200 dark:border-slate-800" data-pair={`${a.slug}|${b.slug}`}>
              <td className="py-1 pr-3">
                <Link className="underline" href={`/actors/${a.slug}`}>
                  {a.name}
                </Link>
              </td>
              <td className="py-1 pr-3">
                <Link className="underline" href={`/actors/${b.slug}`}>
                  {b.name}
                </Link>
              </td>
              <td className="py-1 pr-3 text-right tabular-nums">
                <Link
                  className="underline"
                  href={`${pageHref('/network', filter, { pair: [a.slug, b.slug].sort().join(',') })}#shared`}
                  aria-label={`${weight} events shared by ${a.name} and ${b.name}`}
                  data-weight={weight}
                >
                  {weight}
                </Link>
              </td>
              <td className="py-1">
                <Link
                  className="underline"
                  prefetch={false}
                  href={timelineHref({ ...filter, actor: [a.slug, b.slug] }, {})}
                  aria-label={`Timeline of the events of ${a.name} or ${b.name}`}
                >
                  either actor
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
