import { NextResponse } from 'next/server';
import { z } from 'zod';
import { getEventRevision, revisionApiUrl, revisionUrl } from '@/lib/data/revisions';
import { permalink, toApiEvent } from '@/lib/data/events';
import { revisionNumberSchema } from '@/lib/schemas/api/revision';
import { apiRoute, badRequest, json, notFoundJson } from '@/lib/api';
import { siteUrl } from '@/lib/site-url';

const paramsSchema = z.object({ n: revisionNumberSchema });

/** One published version of an event; 400 for a malformed number, 404 for one that isn't public. */
export const GET = apiRoute(async (_request: Request, { params }: { params: Promise<{ slug: string; n: string }> }) => {
  const { slug, n } = await params;
  const parsed = paramsSchema.safeParse({ n });
  if (!parsed.success) return badRequest(parsed.error);
  const found = await getEventRevision(slug, parsed.data.n);
  if (!found) return notFoundJson('Revision');
  if ('kind' in found)
    return NextResponse.redirect(siteUrl(`/api/v1/events/${encodeURIComponent(found.to)}/revisions/${parsed.data.n}`), 308);
  const current = found.event.slug;
  return json({
    n: found.n,
    savedAt: found.savedAt,
    url: revisionUrl(current, found.n),
    apiUrl: revisionApiUrl(current, found.n),
    current: permalink(current),
    latest: found.latest,
    event: toApiEvent(found.event),
  });
});
