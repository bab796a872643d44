/**
 * The `<link rel="alternate">` discovery links of the pages (Next metadata
 * `alternates.types`): feed readers, calendar apps and oEmbed consumers find
 * the outputs from the page's address alone.
 */
import type { Metadata } from 'next';
import { eventFilterSchema, queryValues, type EventFilter } from '../schemas/event-filter';
import { siteUrl } from '../site-url';
import { OUTPUT_TYPES, subjectScope, timelineScope, type Scope } from './scope';

type Types = NonNullable<NonNullable<Metadata['alternates']>['types']>;

const OEMBED_TYPE = 'application/json+oembed';

function oembedLink(pageUrl: string, title: string) {
  return [{ url: siteUrl(`/api/oembed?${new URLSearchParams({ url: pageUrl, format: 'json' })}`), title }];
}

function scopeAlternates(scope: Scope): Types {
  return {
    [OUTPUT_TYPES.atom]: [{ url: siteUrl(scope.output('atom')), title: `${scope.title} (Atom)` }],
    [OUTPUT_TYPES.json]: [{ url: siteUrl(scope.output('json')), title: `${scope.title} (JSON Feed)` }],
    [OUTPUT_TYPES.ics]: [{ url: siteUrl(scope.output('ics')), title: `${scope.title} (calendar)` }],
    [OEMBED_TYPE]: oembedLink(siteUrl(scope.page), scope.title),
  };
}

/** The timeline page's links for the filter in its address (an unreadable filter is ignored, as the page does). */
export function timelineAlternates(params: Record<string, string | string[] | undefined>): Types {
  const parsed = eventFilterSchema.safeParse(queryValues(params));
  const filter: EventFilter = parsed.success ? parsed.data : {};
  return scopeAlternates(timelineScope(filter));
}

export function subjectAlternates(kind: 'actor' | 'sector', subject: { slug: string; name: string }): Types {
  return scopeAlternates(subjectScope(kind, subject));
}

/** An event permalink's links: its oEmbed and its one-event calendar. */
export function eventAlternates(event: { slug: string; title: string }): Types {
  const path = `/events/${encodeURIComponent(event.slug)}`;
  return {
    [OEMBED_TYPE]: oembedLink(siteUrl(path), event.title),
    [OUTPUT_TYPES.ics]: [{ url: siteUrl(`${path}/calendar.ics`), title: `${event.title} (calendar)` }],
  };
}
