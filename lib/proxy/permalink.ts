import { NextResponse } from 'next/server';
import { slugStateNow, startSlugStates } from '@/lib/notify/slug-states';
import { gonePageHtml } from '@/lib/gone-page';
import { slugSchema } from '@/lib/schemas/common';
import type { ProxyStep } from './pipeline';
import { logger } from '@/lib/log/logger';
import { publicOrigin } from './public-origin';

/** How long the first request of a process waits for the first load of the set. */
const FIRST_LOAD_TIMEOUT_MS = 2_000;

let warned = false;

/**
 * The permalink state from the in-memory set (lib/notify/slug-states.ts),
 * with no query. Only until the process's first load has finished does a
 * request wait for it (bounded); if the database can't answer, the request
 * goes on unchecked, warned once.
 */
async function lookUp(slug: string) {
  const now = slugStateNow(slug);
  if (now) return now;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const timeout = new Promise<void>((resolve) => (timer = setTimeout(resolve, FIRST_LOAD_TIMEOUT_MS)));
    await Promise.race([startSlugStates(), timeout]);
  } catch {
    // Logged by startSlugStates.
  } finally {
    clearTimeout(timer);
  }
  const state = slugStateNow(slug);
  if (!state && !warned) {
    warned = true;
    logger().warn({}, 'Moved and trashed slugs not loaded yet, serving without the 308/410 check until the database answers');
  }
  return state;
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
  // Only a well-formed slug can ever have been an event's.
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
