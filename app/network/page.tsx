import type { Metadata } from 'next';
import Link from 'next/link';
import { getNetwork, getSharedEvents, publicActorNames } from '@/lib/data/network';
import { getSectorLanes } from '@/lib/data/sectors';
import { pairSchema, readViewQuery } from '@/lib/schemas/view-query';
import { hrefWith } from '@/lib/url';
import { queryValues } from '@/lib/schemas/event-filter';
import { pageRead } from '@/lib/page-read';
import { plural } from '@/lib/plural';
import { ViewFilterForm } from '@/components/network/filter-form';
import { FilterProblems } from '@/components/filter-problems';
import { NetworkGraph } from '@/components/network/network-graph';
import { PairTable } from '@/components/network/pair-table';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Who met whom', alternates: { canonical: '/network' } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function NetworkPage({ searchParams }: Props) {
  const params = await searchParams;
  const { filter, own: pair, problems } = readViewQuery(params, 'pair', pairSchema);
  const here = hrefWith('/network', queryValues(params));
  const [network, sectors, actors, shared, pairNames] = await pageRead(here, () =>
    Promise.all([
      getNetwork(filter),
      getSectorLanes(),
      publicActorNames(filter.actor),
      pair ? getSharedEvents(filter, pair) : null,
      publicActorNames(pair),
    ]),
  );
  const nameOf = (slug: string) => pairNames.find((a) => a.slug === slug)?.name;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Who met whom</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Actors linked by the public events they took part in together (a mention is not a meeting). Filter by date, type or sector, as on
          the timeline; an actor&apos;s profile links to its own neighbourhood.
        </p>
      </header>
      <FilterProblems problems={problems} />
      <ViewFilterForm path="/network" filter={filter} sectors={sectors} actors={actors} />

      {network.nodes.length === 0 ? (
        <p data-testid="network-empty">No two actors shared an event among the events these filters match.</p>
      ) : (
        <>
          {network.totalActors > network.nodes.length ? (
            <p className="text-sm text-slate-700 dark:text-slate-300" data-testid="network-bound">
              Showing the {network.nodes.length} best-connected of {plural(network.totalActors, 'linked actor')} and the{' '}
              {plural(network.edges.length, 'pair')} among them (of {network.totalPairs.toLocaleString('en-US')}). Narrow the filters to see
              the others.
            </p>
          ) : null}
          <NetworkGraph network={network} focus={filter.actor ?? []} />
        </>
      )}

      {pair ? (
        <section id="shared" aria-labelledby="shared-heading" className="space-y-2">
          <h2 id="shared-heading" className="text-lg font-semibold">
            {nameOf(pair[0]) && nameOf(pair[1])
              ? `Events shared by ${nameOf(pair[0])} and ${nameOf(pair[1])}`
              : 'Events shared by the pair'}
          </h2>
          {shared?.length ? (
            <ol className="space-y-1" data-testid="shared-events">
              {shared.map((e) => (
                <li key={e.slug}>
                  <span className="text-sm text-slate-600 dark:text-slate-400">{e.date}</span> ·{' '}
                  <Link className="underline" href={`/events/${e.slug}`}>
                    {e.title}
                  </Link>
                </li>
              ))}
            </ol>
          ) : (
            <p data-testid="shared-events-empty">No public event under these filters has both of these actors taking part.</p>
          )}
        </section>
      ) : null}

      {network.edges.length > 0 ? (
        <section aria-labelledby="pairs-heading" className="space-y-2">
          <h2 id="pairs-heading" className="text-lg font-semibold">
            Pairs of actors
          </h2>
          <PairTable network={network} filter={filter} />
        </section>
      ) : null}
    </div>
  );
}
