import type { Metadata } from 'next';
import { getMap, getPlaceEvents, PLACE_EVENTS_MAX } from '@/lib/data/map';
import { getSectorLanes } from '@/lib/data/sectors';
import { publicActorNames } from '@/lib/data/network';
import { placeKeySchema, readViewQuery } from '@/lib/schemas/view-query';
import { queryValues } from '@/lib/schemas/event-filter';
import { hrefWith } from '@/lib/url';
import { pageRead } from '@/lib/page-read';
import { ViewFilterForm } from '@/components/network/filter-form';
import { FilterProblems } from '@/components/filter-problems';
import { WorldMap } from '@/components/map/world-map';
import { EventLinks, PlaceList } from '@/components/map/place-list';

export const dynamic = 'force-dynamic';
export const metadata: Metadata = { title: 'Map', alternates: { canonical: '/map' } };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MapPage({ searchParams }: Props) {
  const params = await searchParams;
  const { filter, own: place, problems } = readViewQuery(params, 'place', placeKeySchema);
  const here = hrefWith('/map', queryValues(params));
  const [data, sectors, actors, placeEvents] = await pageRead(here, () =>
    Promise.all([getMap(filter), getSectorLanes(), publicActorNames(filter.actor), place ? getPlaceEvents(filter, place) : null]),
  );
  const selected = place ? data.places.find((p) => p.key === place) : undefined;

  return (
    <div className="space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Map of the events</h1>
        <p className="max-w-3xl text-slate-700 dark:text-slate-300">
          Where the public events took place, for the places the sources name. Filter by date, type or sector, as on the timeline.
        </p>
      </header>
      <FilterProblems problems={problems} />
      <ViewFilterForm path="/map" filter={filter} sectors={sectors} actors={actors} />

      <WorldMap data={data} filter={filter} selected={selected?.key} />

      {place ? (
        <section id="place-events" aria-labelledby="place-events-heading" className="space-y-2" tabIndex={-1}>
          <h2 id="place-events-heading" className="text-lg font-semibold">
            {selected ? `Events in ${selected.name} (${selected.count})` : 'Events at this place'}
          </h2>
          {placeEvents?.length ? (
            <>
              <EventLinks events={placeEvents} testId="place-events" />
              {selected && selected.count > placeEvents.length ? (
                <p className="text-sm">The newest {PLACE_EVENTS_MAX} are listed; narrow the filters to see the others.</p>
              ) : null}
            </>
          ) : (
            <p data-testid="place-events-empty">No public event under these filters took place here.</p>
          )}
        </section>
      ) : null}

      <section aria-labelledby="places-heading" className="space-y-2">
        <h2 id="places-heading" className="text-lg font-semibold">
          Places and their events
        </h2>
        {data.places.length ? (
          <PlaceList data={data} filter={filter} />
        ) : (
          <p data-testid="map-empty">No event of these filters has a known place.</p>
        )}
      </section>
    </div>
  );
}
