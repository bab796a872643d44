/**
 * What one syndication output covers: the whole timeline under a filter, or
 * one actor's or sector's events. The feeds, the calendars, the embeds and
 * the pages' Subscribe links all take their paths from here, so a page
 * always advertises exactly the outputs that exist. Pure: pages import it.
 */
import type { EventFilter } from '../schemas/event-filter';
import { filterSearch, timelineHref } from '../filter-url';

export type OutputFormat = 'atom' | 'json' | 'ics';

/** The file name of each output under its scope's path. */
const OUTPUT_FILES: Record<OutputFormat, string> = { atom: 'feed.xml', json: 'feed.json', ics: 'calendar.ics' };

export const OUTPUT_TYPES: Record<OutputFormat, string> = {
  atom: 'application/atom+xml',
  json: 'application/feed+json',
  ics: 'text/calendar',
};

export interface Scope {
  /** "Backchannel: events of Kirill Dmitriev", the feed's and calendar's name. */
  title: string;
  description: string;
  filter: EventFilter;
  /** The site path of the HTML page showing the same events. */
  page: string;
  /** The site path of this scope's output in a format. */
  output(format: OutputFormat): string;
}

const SITE = 'Backchannel';

function describeFilter(filter: EventFilter): string {
  const parts = [
    filter.q ? `matching "${filter.q}"` : '',
    filter.actor?.length ? `with ${filter.actor.join(' or ')}` : '',
    filter.sector?.length ? `in ${filter.sector.join(' or ')}` : '',
    filter.type?.length ? `of type ${filter.type.join(' or ')}` : '',
    filter.from ? `from ${filter.from}` : '',
    filter.to ? `to ${filter.to}` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

/** The timeline, under any filter of `/` (the same parameters, the same meaning). */
export function timelineScope(filter: EventFilter): Scope {
  const described = describeFilter(filter);
  const search = filterSearch(filter);
  return {
    title: described ? `${SITE}: events ${described}` : `${SITE}: US–Russia economic talks`,
    description: `Sourced events of the US–Russia economic talks${described ? `, ${described}` : ''}.`,
    filter,
    page: timelineHref(filter, {}),
    output: (format) => `/${OUTPUT_FILES[format]}${search ? `?${search}` : ''}`,
  };
}

/** One published actor's or sector's events (the pages /actors/{slug} and /sectors/{slug}). */
export function subjectScope(kind: 'actor' | 'sector', subject: { slug: string; name: string }): Scope {
  const page = `/${kind === 'actor' ? 'actors' : 'sectors'}/${encodeURIComponent(subject.slug)}`;
  return {
    title: kind === 'actor' ? `${SITE}: events with ${subject.name}` : `${SITE}: events in ${subject.name}`,
    description: `Sourced events of the US–Russia economic talks ${kind === 'actor' ? 'involving' : 'in the sector'} ${subject.name}.`,
    filter: kind === 'actor' ? { actor: [subject.slug] } : { sector: [subject.slug] },
    page,
    output: (format) => `${page}/${OUTPUT_FILES[format]}`,
  };
}

/** How an event's date is known, in words, for outputs that must not pretend to a day. */
export function precisionNote(date: { precision: 'day' | 'month' | 'year'; approximate: boolean }): string {
  const notes = [date.precision === 'day' ? '' : `date known only to the ${date.precision}`, date.approximate ? 'approximate date' : ''];
  return notes.filter(Boolean).join(', ');
}
