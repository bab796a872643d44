import type { NextRequest } from 'next/server';
import { runProxy } from '@/lib/proxy/pipeline';
import { assignRequestId } from '@/lib/proxy/request-id';
import { cleanForwardedFor } from '@/lib/proxy/forwarded-for';
import { rejectHostileUrls } from '@/lib/proxy/hostile-url';
import { rejectBadRouterState } from '@/lib/proxy/router-state';
import { refuseCrossOriginWrites } from '@/lib/proxy/cross-origin';
import { refuseBadFormPosts } from '@/lib/proxy/action-body';
import { permalinkRedirects } from '@/lib/proxy/permalink';
import { serveDuringOutage } from '@/lib/proxy/outage';
import { gateAdmin, slideSessionCookie } from '@/lib/proxy/admin-gate';
import { adminSecurityHeaders } from '@/lib/proxy/admin-headers';
import { refuseFraming } from '@/lib/proxy/frame-headers';
import { publicApiCors } from '@/lib/proxy/cors';
import { publicPageCache } from '@/lib/proxy/public-cache';
import { cachedTimeline } from '@/lib/proxy/cached-timeline';

/**
 * Runs before routing, as a list of small steps in lib/proxy/ (the first one
 * that answers wins; otherwise the request goes on with the headers the
 * steps added). Add a concern as one more line here. Keep it cheap: public
 * pages pass through it, and none of the steps queries the database per request.
 * None of this is the real guard: pages, data reads and actions authorize
 * themselves (ADR 4).
 */
export function proxy(request: NextRequest) {
  return runProxy(request, [
    assignRequestId,
    refuseFraming,
    cleanForwardedFor,
    // Before any step that may answer, so a 400, 308, 410 or 503 of the read API is readable cross-origin too.
    publicApiCors,
    rejectHostileUrls,
    rejectBadRouterState,
    refuseCrossOriginWrites,
    refuseBadFormPosts,
    permalinkRedirects,
    serveDuringOutage,
    gateAdmin,
    adminSecurityHeaders,
    slideSessionCookie,
    publicPageCache,
    cachedTimeline,
  ]);
}

// Every page and API route (the request id and the malformed-URL guard need
// them all), but not the build's static assets. Static-looking names are
// skipped only when they hold no "%", so /events/%ff.png still gets the guard.
export const config = {
  matcher: ['/((?!_next/static/|_next/image|favicon\\.ico$)(?![^%]*\\.(?:svg|png|jpe?g|gif|webp|ico|woff2?)$).*)'],
};
