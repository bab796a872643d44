import { NextResponse } from 'next/server';
import type { ProxyStep } from './pipeline';

/** The public, read-only API: everything under /api/v1 (the OpenAPI document included). */
const PUBLIC_API = /^\/api\/v1(\/|$)/;
const READS = ['GET', 'HEAD'];
/** Request headers a script may send to the read API; none of them carries a credential. */
const ALLOWED_HEADERS = 'Accept, Accept-Language, Content-Language, Cache-Control, If-None-Match, If-Modified-Since';

/**
 * CORS for the public read API, so a notebook in a browser can read it:
 * `Access-Control-Allow-Origin: *` without credentials (browsers then send no
 * cookie and the answer never depends on a session), on GET/HEAD and their
 * preflight only. Admin, auth and any write get no CORS header, so they stay
 * same-origin (and lib/proxy/cross-origin.ts refuses cross-origin writes).
 */
export const publicApiCors: ProxyStep = ({ request, responseHeaders }) => {
  if (!PUBLIC_API.test(request.nextUrl.pathname)) return;
  if (READS.includes(request.method)) {
    // Set on whatever answers: the route, a 308/410 of the permalink step, a 503 during an outage.
    responseHeaders.set('Access-Control-Allow-Origin', '*');
    responseHeaders.set('Access-Control-Expose-Headers', 'ETag, Retry-After, Content-Disposition');
    return;
  }
  const requested = request.headers.get('access-control-request-method');
  if (request.method !== 'OPTIONS' || !requested) return;
  // A preflight for anything but a read gets no CORS header, so the browser refuses the request.
  if (!READS.includes(requested.toUpperCase())) return new NextResponse(null, { status: 204, headers: { Vary: 'Origin' } });
  return new NextResponse(null, {
    status: 204,
    headers: {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': ALLOWED_HEADERS,
      'Access-Control-Max-Age': '86400',
    },
  });
};
