// No 'server-only' marker: proxy.ts imports this outside the React server build.
import { NextResponse, type NextRequest } from 'next/server';
import { databaseIsDown, RETRY_AFTER_SECONDS } from './unavailable';
import { unavailablePageHtml } from '../unavailable-page';
import { logger } from '../log/logger';
import { requestIdFrom } from '../log/request-id';

/**
 * How a page request is answered while the database is away (see
 * lib/db/unavailable.ts for how that is known).
 *
 * An App Router page can't set its status, and a page that throws answers 500.
 * So, only during an outage, the proxy asks this same server for the page
 * (marked with a per-process secret so the inner request passes straight
 * through): a page that still comes out (full-route cache, ISR, cached data,
 * or one that needs no database) is returned as it is, stale or not; one that
 * fails is answered 503 with a designed page and Retry-After. Outside an
 * outage this costs one boolean check.
 *
 * API routes are left to their handlers (lib/api.ts answers 503 JSON).
 */
const PASS_HEADER = 'x-backchannel-outage-pass';
const holder = globalThis as unknown as { backchannelOutageSecret?: string };
const secret = () => (holder.backchannelOutageSecret ??= crypto.randomUUID());

const DROP_REQUEST_HEADERS = [
  'host',
  'connection',
  'keep-alive',
  'content-length',
  'transfer-encoding',
  'upgrade',
  'expect',
  'accept-encoding',
];
// fetch() has already decoded the body, so its length and encoding no longer apply.
const DROP_RESPONSE_HEADERS = ['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive'];

/** The 503 page; `retry` is where its "Try again" goes (this same address by default). */
export function unavailablePage(retry = ''): Response {
  return new NextResponse(unavailablePageHtml(RETRY_AFTER_SECONDS, retry), {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store', 'Retry-After': String(RETRY_AFTER_SECONDS) },
  });
}

/** The proxy's answer during an outage, or undefined to carry on as usual. */
export async function answerDuringOutage(request: NextRequest, forwardHeaders: Headers = request.headers): Promise<Response | undefined> {
  if (!databaseIsDown()) return undefined;
  if (request.headers.get(PASS_HEADER) === secret()) return undefined;
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith('/api/') || pathname.startsWith('/_next/')) return undefined;
  // It answers for itself, with the way back to the page that sent the reader there.
  if (pathname === '/unavailable') return undefined;
  if (request.method !== 'GET' && request.method !== 'HEAD') return undefined;

  const headers = new Headers(forwardHeaders);
  for (const name of DROP_REQUEST_HEADERS) headers.delete(name);
  headers.set(PASS_HEADER, secret());
  headers.set('accept-encoding', 'identity');
  if (!headers.has('x-forwarded-host')) headers.set('x-forwarded-host', request.headers.get('host') ?? request.nextUrl.host);
  // The address this server listens on (set by `next start`), not the public host a load balancer sent.
  const origin = process.env.__NEXT_PRIVATE_ORIGIN || request.nextUrl.origin;
  try {
    const inner = await fetch(new URL(pathname + search, origin), {
      method: request.method,
      headers,
      redirect: 'manual',
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
    // A page that failed, or one that sent its reader to /unavailable (lib/page-read.ts): answer the 503 here.
    const location = inner.headers.get('location');
    if (inner.status >= 500 || (location && new URL(location, origin).pathname === '/unavailable')) {
      await inner.body?.cancel();
      return unavailablePage();
    }
    const out = new Headers(inner.headers);
    for (const name of DROP_RESPONSE_HEADERS) out.delete(name);
    // A page the inner request reached through a rewrite (the cached timeline) says so in x-middleware-rewrite;
    // passed on, that header would tell Next to rewrite this response too, and a rewrite with a body is a 500.
    for (const name of [...out.keys()]) if (name.startsWith('x-middleware-')) out.delete(name);
    return new Response(inner.body, { status: inner.status, statusText: inner.statusText, headers: out });
  } catch (error) {
    logger().warn(
      { err: error, requestId: requestIdFrom(request.headers), path: pathname },
      'outage: could not render the page, answered 503',
    );
    return unavailablePage();
  }
}
