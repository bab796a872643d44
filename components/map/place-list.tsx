import Link from 'next/link';
import type { MapData, MapEvent } from '@/lib/data/map';
import type { EventFilter } from '@/lib/schemas/event-filter';
import { pageHref } from '@/lib/network/page-href';
import { plural } from '@/lib/plural';

export function EventLinks({ events, testId }: { events: MapEvent[]; testId?: string }) {
  return (
    <ol className="space-y-1" data-testid={testId}>
      {events.map((e) => (
        <li key={e.slug}>
          <span className="text-sm text-slate-600 dark:text-slate-400">{e.date}</span> ·{' '}
          <Link className="underline" href={`/events/${e.slug}`}>
            {e.title}
          </Link>
        </li>
      ))}
    </ol>
  );
}

/** The map's text alternative: every place with its count and newest events. */
export function PlaceList({ data, filter }: { data: MapData; filter: EventFilter }) {
  return (
    <ul className="space-y-4" data-testid="place-list">
      {data.places.map((p) => (
        <li key={p.key} data-place={p.key} data-count={p.count}>
          <h3 className="font-semibold">
            <Link className="underline" href={`${pageHref('/map', filter, { place: p.key })}#place-events`}>
              {p.name}
            </Link>{' '}
            <span className="font-normal text-slate-600 dark:text-slate-400">
              {p.country ? `${p.country} · ` : ''}
              {plural(p.count, 'event')}
            </span>
          </h3>
          <EventLinks events={p.events} />
          {p.count > p.events.length ? (
            <p className="text-sm">
              <Link className="underline" href={`${pageHref('/map', filter, { place: p.key })}#place-events`}>
                All {plural(p.count, 'event')} in {p.name}
              </Link>
            </p>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
