import Link from 'next/link';
import type { EventDTO } from '@/lib/data/events';
import { eventTypeLabels } from '@/lib/labels';
import { monthHeading, parseIsoDay } from '@/lib/dates';
import { SearchSnippet } from './search-snippet';

/** Events in time order, grouped under month headings. */
export function EventList({ events }: { events: EventDTO[] }) {
  const groups: { heading: string; items: EventDTO[] }[] = [];
  for (const event of events) {
    const heading = event.date.precision === 'year' ? event.date.start.slice(0, 4) : monthHeading(parseIsoDay(event.date.start));
    const last = groups.at(-1);
    if (last && last.heading === heading) last.items.push(event);
    else groups.push({ heading, items: [event] });
  }
  return (
    <div className="space-y-6">
      {groups.map((group, index) => (
        <section key={`${group.heading}-${index}`} aria-labelledby={`month-${index}`}>
          <h3
            id={`month-${index}`}
            className="sticky top-0 z-10 bg-white/95 py-1 text-sm font-semibold uppercase tracking-wide text-slate-600 dark:bg-slate-950/95 dark:text-slate-300"
          >
            {group.heading}
          </h3>
          <ol className="mt-2 space-y-3 border-l-2 border-slate-200 pl-4 dark:border-slate-700">
            {group.items.map((event) => (
              <li key={event.slug} className="relative">
                <span aria-hidden className="absolute -left-[1.4rem] top-2 h-2.5 w-2.5 rounded-full bg-blue-600" />
                <article className="rounded-lg border border-slate-200 p-3 dark:border-slate-800">
                  <p className="text-xs text-slate-600 dark:text-slate-400">
                    <time dateTime={event.date.start}>{event.date.label}</time>
                    {' · '}
                    {eventTypeLabels[event.type]}
                    {event.location ? ` · ${event.location}` : ''}
                  </p>
                  <h4 className="mt-1 font-semibold">
                    <Link href={`/events/${event.slug}`} className="hover:underline">
                      {event.title}
                    </Link>
                  </h4>
                  <p className="mt-1 line-clamp-3 text-sm text-slate-700 dark:text-slate-300">{event.summary}</p>
                  {event.highlight ? <SearchSnippet highlight={event.highlight} /> : null}
                  {event.sectors.length > 0 ? (
                    <ul className="mt-2 flex flex-wrap gap-1" aria-label="Sectors">
                      {event.sectors.map((s) => (
                        <li key={s.slug}>
                          <Link
                            href={`/sectors/${s.slug}`}
                            className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-800 hover:underline dark:bg-slate-800 dark:text-slate-200"
                          >
                            {s.name}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  ) : null}
                </article>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
