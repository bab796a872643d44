import { NextResponse } from 'next/server';
import { getEventRevisions, revisionApiUrl, revisionUrl } from '@/lib/data/revisions';
import { permalink } from '@/lib/data/events';
import { apiRoute, json, notFoundJson } from '@/lib/api';
import { siteUrl } from '@/lib/site-url';

/** The published versions of an event, oldest first; a former slug answers 308 to the current one. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ slug: string }> }) => {
  const { slug } = await params;
  const found = await getEventRevisions(slug);
  if (!found) return notFoundJson('Event');
  if (found.kind === 'moved') return NextResponse.redirect(siteUrl(`/api/v1/events/${encodeURIComponent(found.to)}/revisions`), 308);
  return json({
    slug: found.slug,
    url: permalink(found.slug),
    data: found.revisions.map((r) => ({ ...r, url: revisionUrl(found.slug, r.n), apiUrl: revisionApiUrl(found.slug, r.n) })),
  });
});
