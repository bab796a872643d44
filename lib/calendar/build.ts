/**
 * iCalendar files of a scope's events (or one event), built with
 * ical-generator. Every event is an all-day event over the days it covers,
 * DTEND exclusive as RFC 5545 wants: a day-precision event its day or its
 * span (startDate..endDate), a month- or year-precision event the whole month
 * or year, with "(date known only to the month)" in its title so nobody reads
 * it as a month-long meeting. See the README, "Feeds, calendars and embeds".
 */
import ical, { ICalEventTransparency } from 'ical-generator';
import type { OutputEvent } from '../data/outputs';
import { parseIsoDay } from '../dates';
import { siteUrl } from '../site-url';
import { precisionNote, type Scope } from '../feeds/scope';

const DAY_MS = 86_400_000;

/** A stable UID: the event's id never changes, so a calendar app updates its copy when the slug or date does. */
function calendarUid(event: Pick<OutputEvent, 'id'>) {
  return `event-${event.id}@backchannel`;
}

function titleOf(event: OutputEvent) {
  const note = precisionNote(event.date);
  return note ? `${event.title} (${note})` : event.title;
}

function descriptionOf(event: OutputEvent) {
  const sources = event.citations.map((c) => {
    const s = c.source;
    return `- ${[s.outlet, s.title].filter(Boolean).join(', ')}${s.publishedLabel ? ` (${s.publishedLabel})` : ''}: "${c.quote}"${s.url ? ` ${s.url}` : ''}`;
  });
  const note = precisionNote(event.date);
  return [
    `When: ${event.date.label}${note ? ` (${note})` : ''}`,
    event.summary,
    event.actors.length ? `Who: ${event.actors.map((a) => a.name).join(', ')}` : '',
    sources.length ? `Sources:\n${sources.join('\n')}` : '',
    `Permalink: ${event.url}`,
  ]
    .filter(Boolean)
    .join('\n\n');
}

export function calendarFile(scope: Pick<Scope, 'title' | 'description' | 'page'>, events: OutputEvent[]): string {
  const calendar = ical({
    name: scope.title,
    description: scope.description,
    prodId: { company: 'Backchannel', product: 'Backchannel', language: 'EN' },
    url: siteUrl(scope.page),
  });
  for (const event of events) {
    calendar.createEvent({
      id: calendarUid(event),
      allDay: true,
      start: parseIsoDay(event.date.start),
      // periodEnd is the last day covered; iCalendar's all-day DTEND is the day after it.
      end: new Date(parseIsoDay(event.periodEnd).getTime() + DAY_MS),
      summary: titleOf(event),
      description: descriptionOf(event),
      location: event.location,
      url: event.url,
      categories: event.sectors.map((s) => ({ name: s.name })),
      // Edits bump both, so calendar apps replace what they hold instead of keeping a stale copy.
      sequence: event.version,
      lastModified: new Date(event.updatedAt),
      created: new Date(event.createdAt),
      // DTSTAMP from the edit time too: the same data always gives the same file (cacheable, diffable).
      stamp: new Date(event.updatedAt),
      // News about others' meetings, not the subscriber's own appointments: never "busy".
      transparency: ICalEventTransparency.TRANSPARENT,
    });
  }
  return calendar.toString();
}
