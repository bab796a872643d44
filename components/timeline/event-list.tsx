import type { ListedEvent } from '@/lib/data/timeline-list';
import { eventTypeLabels } from '@/lib/labels';
import { monthHeading, parseIsoDay } from '@/lib/dates';
import { EventRows, type EventGroup, type EventRow } from './event-rows';

function headingOf(event: ListedEvent) {
  return event.date.precision === 'year' ? event.date.start.slice(0, 4) : monthHeading(parseIsoDay(event.date.start));
}

/**
 * Events in the order given (newest or oldest first), grouped under a heading
 * for each run of events in the same month, so the headings follow either order.
 * Only the values each row shows go to the client (EventRows draws them), so the
 * RSC payload holds no element tree for the list.
 */
export function EventList({ events, ranked = false }: { events: ListedEvent[]; ranked?: boolean }) {
  const groups: EventGroup[] = [];
  for (const event of events) {
    // Search results are in order of relevance: month headings would repeat and mislead, so one heading.
    const heading = ranked ? 'Best matches first' : headingOf(event);
    const row: EventRow = [
      event.slug,
      event.date.start,
      event.date.label,
      eventTypeLabels[event.type],
      event.location ?? '',
      event.title,
      event.summary,
      event.sectors.map((s) => [s.slug, s.name]),
      event.highlight ?? null,
    ];
    const last = groups.at(-1);
    if (last && last[0] === heading) last[1].push(row);
    else groups.push([heading, [row]]);
  }
  return <EventRows groups={groups} />;
}
