import { NextResponse } from 'next/server';
import { permalinkState } from '@/lib/data/slug-states';
import { gonePageHtml } from '@/lib/gone-page';
import { slugSchema } from '@/lib/schemas/common';
import { noteDatabaseError } from '@/lib/db/unavailable';
import type { ProxyStep } from './pipeline';
import { logger } from '@/lib/log/logger';
import { publicOrigin } from './public-origin';

/** Past this the lookup counts as failed: a stuck database must not hold up cached pages. */
const LOOKUP_TIMEOUT_MS = 2_000;

let warned = false;

/**
 * The permalink state, or null when the database can't answer. Warns once
 * per outage (until a lookup succeeds again), not once per request.
 */
async function lookUp(slug: string) {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${LOOKUP_TIMEOUT_MS} ms`)), LOOKUP_TIMEOUT_MS);
    });
    const state = await Promise.race([permalinkState(slug), timeout]);
    warned = false;
    return state;
  } catch (error) {
    // A real database error marks the database down (so uncached pages get their 503); a timeout alone does not.
    noteDatabaseError(error);
    if (!warned) {
      warned = true;
      logger().warn(
        { reason: error instanceof Error ? error.message.split('\n')[0] : String(error) },
        'Permalink lookup failed, serving without the 308/410 check until the database answers again',
      );
    }
    return null;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Answers 308 for an event's former slug and 410 for a trashed event, before
 * any page renders. When the database is down the request goes on, so the
 * full-route cache can still serve the permalink.
 */
export const permalinkRedirects: ProxyStep = async ({ request }) => {
  const { pathname } = request.nextUrl;
  const permalink = /^\/(api\/v1\/)?events\/([^/]+)$/.exec(pathname);
  if (!permalink || request.method !== 'GET' || pathname.endsWith('.csv')) return;
  let slug: string;
  try {
    slug = decodeURIComponent(permalink[2]);
  } catch {
    return;
  }
  // Only a well-formed slug can ever have been an event's: skip the query otherwise.
  if (!slugSchema.safeParse(slug).success) return;
  const state = await lookUp(slug);
  if (state?.kind === 'moved') {
    // On the host the browser used (nextUrl may say "localhost").
    const base = publicOrigin(request.headers, request.nextUrl.protocol);
    const location = new URL(`/${permalink[1] ?? ''}events/${encodeURIComponent(state.to)}${request.nextUrl.search}`, base);
    return NextResponse.redirect(location, 308);
  }
  if (state?.kind === 'gone') {
    if (permalink[1]) return NextResponse.json({ error: 'Event deleted' }, { status: 410 });
    return new NextResponse(gonePageHtml(), {
      status: 410,
      headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
    });
  }
};
