import 'server-only';
import { NextResponse } from 'next/server';
import { apiRoute, badRequest, notFoundJson, publicCacheControl, searchParamsOf } from '../api';
import { eventFilterSchema } from '../schemas/event-filter';
import { getOutputEvent, getOutputSubject, listOutputEventsCached, OUTPUT_LIMIT, type OutputEvent } from '../data/outputs';
import { atomFeed, jsonFeed } from './build';
import { calendarFile } from '../calendar/build';
import { subjectScope, timelineScope, type OutputFormat, type Scope } from './scope';

/** A feed carries the latest events (what a reader polls for); a calendar the whole filtered set, within reason. */
const FEED_ITEMS = 50;

const renderers: Record<OutputFormat, { limit: number; type: string; render: (scope: Scope, events: OutputEvent[]) => string }> = {
  atom: { limit: FEED_ITEMS, type: 'application/atom+xml; charset=utf-8', render: atomFeed },
  json: { limit: FEED_ITEMS, type: 'application/feed+json; charset=utf-8', render: jsonFeed },
  ics: { limit: OUTPUT_LIMIT, type: 'text/calendar; charset=utf-8', render: calendarFile },
};

async function respond(scope: Scope, format: OutputFormat) {
  const { limit, type, render } = renderers[format];
  const events = await listOutputEventsCached(scope.filter, { limit, newestFirst: true });
  return new NextResponse(render(scope, events), {
    headers: { 'Content-Type': type, 'Cache-Control': publicCacheControl },
  });
}

/** GET /feed.xml, /feed.json, /calendar.ics: the timeline under the same filters as `/` and /api/v1/events. */
export function timelineOutput(format: OutputFormat) {
  return apiRoute(async (request: Request) => {
    const filter = eventFilterSchema.safeParse(searchParamsOf(request));
    if (!filter.success) return badRequest(filter.error);
    return respond(timelineScope(filter.data), format);
  });
}

/** GET /actors/{slug}/feed.xml and friends: 404 unless the actor or sector is published and live. */
export function subjectOutput(kind: 'actor' | 'sector', format: OutputFormat) {
  return apiRoute(async (_request: Request, context: { params: Promise<{ slug: string }> }) => {
    const { slug } = await context.params;
    const subject = await getOutputSubject(kind, slug);
    if (!subject) return notFoundJson(kind === 'actor' ? 'Actor' : 'Sector');
    return respond(subjectScope(kind, subject), format);
  });
}

/** GET /events/{slug}/calendar.ics: one event, for "Add to calendar". */
export const eventCalendar = apiRoute(async (_request: Request, context: { params: Promise<{ slug: string }> }) => {
  const { slug } = await context.params;
  const event = await getOutputEvent(slug);
  if (!event) return notFoundJson('Event');
  const scope = {
    title: event.title,
    description: `${event.date.label}. ${event.summary}`,
    page: `/events/${encodeURIComponent(event.slug)}`,
  };
  return new NextResponse(calendarFile(scope, [event]), {
    headers: {
      'Content-Type': renderers.ics.type,
      'Cache-Control': publicCacheControl,
      // Only [a-z0-9-] in a header value, whatever an old import left in a slug.
      'Content-Disposition': `attachment; filename="${event.slug.replace(/[^a-z0-9-]/gi, '-')}.ics"`,
    },
  });
});
