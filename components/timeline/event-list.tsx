import type { EventDTO } from '@/lib/data/events';
import { eventTypeLabels } from '@/lib/labels';
import { monthHeading, parseIsoDay } from '@/lib/dates';
import { IntentLink } from '@/components/intent-link';
import { SearchSnippet } from './search-snippet';

function headingOf(event: EventDTO) {
  return event.date.precision === 'year' ? event.date.start.slice(0, 4) : monthHeading(parseIsoDay(event.date.start));
}

/**
 * Events in the order given (newest or oldest first), grouped under a heading
 * for each run of events in the same month, so the headings follow either order.
 * Links prefetch only on intent: a page of events is dozens of links.
 */
export function EventList({ events, ranked = false }: { events: EventDTO[]; ranked?: boolean }) {
  const groups: { heading: string; items: EventDTO[] }[] = [];
  for (const event of events) {
    // Search results are in order of relevance: month headings would repeat and mislead, so one heading.
    const heading = ranked ? 'Best matches first' : headingOf(event);
    const last = groups.at(-1);
    if (last && last.heading === heading) last.items.push(event);
    else groups.push({ heading, items: [event] });
  }
  return (
    <div className="space-y-4">
      {groups.map((group, index) => (
        <section key={`${group.heading}-${index}`} aria-labelledby={`month-${index}`}>
          <h3
            id={`month-${index}`}
            className="sticky top-0 z-10 border-b border-slate-900 bg-white/95 py-1 text-xs font-bold uppercase tracking-[0.08em] text-slate-900 dark:border-slate-200 dark:bg-slate-950/95 dark:text-slate-100"
          >
            {group.heading}
          </h3>
          <ol className="divide-y divide-slate-200 dark:divide-slate-800">
            {group.items.map((event) => (
              <li key={event.slug}>
                <article className="grid gap-x-5 py-3 sm:grid-cols-[8.5rem_minmax(0,1fr)]">
                  <p className="text-sm font-semibold tabular-nums text-slate-900 dark:text-slate-100">
                    <time dateTime={event.date.start}>{event.date.label}</time>
                  </p>
                  <div>
                    <p className="text-xs uppercase tracking-wide text-slate-600 dark:text-slate-400">
                      {eventTypeLabels[event.type]}
                      {event.location ? ` · ${event.location}` : ''}
                    </p>
                    <h4 className="mt-0.5 text-base font-semibold leading-snug">
                      <IntentLink href={`/events/${event.slug}`} className="hover:underline">
                        {event.title}
                      </IntentLink>
                    </h4>
                    <p className="mt-1 line-clamp-2 text-sm text-slate-700 dark:text-slate-300">{event.summary}</p>
                    {event.highlight ? <SearchSnippet highlight={event.highlight} /> : null}
                    {event.sectors.length > 0 ? (
                      <ul className="mt-1.5 flex flex-wrap gap-1" aria-label="Sectors">
                        {event.sectors.map((s) => (
                          <li key={s.slug}>
                            <IntentLink
                              href={`/sectors/${s.slug}`}
                              className="rounded-sm bg-slate-100 px-1.5 py-0.5 text-xs text-slate-800 hover:underline dark:bg-slate-800 dark:text-slate-200"
                            >
                              {s.name}
                            </IntentLink>
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </div>
                </article>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
