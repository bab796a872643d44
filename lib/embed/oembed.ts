import 'server-only';
import { NextResponse } from 'next/server';
import { apiRoute, badRequest, json, notFoundJson, searchParamsOf } from '../api';
import { oembedQuerySchema } from '../schemas/oembed';
import { eventFilterSchema, queryValues } from '../schemas/event-filter';
import { getOutputEvent, getOutputSubject } from '../data/outputs';
import { loadSlugStates } from '../data/slug-states';
import { filterSearch } from '../filter-url';
import { siteUrl } from '../site-url';
import { timelineScope, subjectScope } from '../feeds/scope';
import { EMBED_SIZES, embedIframe } from './iframe';

type Target = { kind: 'event' | 'timeline'; title: string; src: string } | { error: Response };

function segmentOf(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** An event permalink (or its embed), by the current slug or a former one; null unless published and live. */
async function eventTarget(raw: string): Promise<Target | null> {
  const slug = segmentOf(raw);
  if (!slug) return null;
  // Read from the database, not the proxy's in-memory copy: an oEmbed request is rare, and the set is small.
  const state = (await loadSlugStates().catch(() => null))?.get(slug) ?? { kind: 'ok' as const };
  const event = await getOutputEvent(state.kind === 'moved' ? state.to : slug);
  if (!event) return null;
  return { kind: 'event', title: event.title, src: siteUrl(`/embed/events/${encodeURIComponent(event.slug)}`) };
}

/** The timeline (`/` or its embed) under the URL's filters, or an actor's or sector's page as that filter. */
async function timelineTarget(url: URL, pathname: string): Promise<Target | null> {
  const subject = /^\/(actors|sectors)\/([^/]+)$/.exec(pathname);
  if (subject) {
    const slug = segmentOf(subject[2]);
    const kind = subject[1] === 'actors' ? 'actor' : 'sector';
    const found = slug ? await getOutputSubject(kind, slug) : null;
    if (!found) return null;
    const scope = subjectScope(kind, found);
    return { kind: 'timeline', title: scope.title, src: siteUrl(`/embed/timeline?${filterSearch(scope.filter)}`) };
  }
  const filter = eventFilterSchema.safeParse(queryValues(url.searchParams));
  if (!filter.success) return { error: badRequest(filter.error) };
  const search = filterSearch(filter.data);
  return { kind: 'timeline', title: timelineScope(filter.data).title, src: siteUrl(`/embed/timeline${search ? `?${search}` : ''}`) };
}

/** What an address of ours shows, as an embed; null for an address that isn't ours or shows nothing public. */
async function resolve(address: string): Promise<Target | null> {
  const url = new URL(address);
  if (url.origin !== new URL(siteUrl('/')).origin) return null;
  const pathname = url.pathname.replace(/\/+$/, '') || '/';
  const event = /^\/(?:embed\/)?events\/([^/]+)$/.exec(pathname);
  if (event) return eventTarget(event[1]);
  if (pathname === '/' || pathname === '/embed/timeline' || /^\/(actors|sectors)\/[^/]+$/.test(pathname))
    return timelineTarget(url, pathname);
  return null;
}

/**
 * GET /api/oembed?url=…&format=json&maxwidth=&maxheight= (oembed.com): a
 * "rich" answer with the iframe of our event card or compact timeline. 400
 * for a malformed request, 501 for XML (JSON only), 404 for an address that
 * is not ours or shows nothing public.
 */
export const oembed = apiRoute(async (request: Request) => {
  const parsed = oembedQuerySchema.safeParse(searchParamsOf(request));
  if (!parsed.success) return badRequest(parsed.error);
  const { url, format, maxwidth, maxheight } = parsed.data;
  if (format === 'xml') {
    return NextResponse.json({ error: 'Only format=json is offered' }, { status: 501 });
  }
  const target = await resolve(url);
  if (!target) return notFoundJson('Embeddable page');
  if ('error' in target) return target.error;
  const size = EMBED_SIZES[target.kind];
  const width = Math.min(size.width, maxwidth ?? size.width);
  const height = Math.min(size.height, maxheight ?? size.height);
  return json({
    version: '1.0',
    type: 'rich',
    title: target.title,
    provider_name: 'Backchannel',
    provider_url: siteUrl('/'),
    cache_age: 3600,
    width,
    height,
    html: embedIframe({ src: target.src, title: `${target.title} (Backchannel)`, width, height }),
  });
});
