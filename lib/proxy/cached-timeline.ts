import { NextResponse } from 'next/server';
import { CACHED_TIMELINE_PREFIX, cachedViewKey, cachedViewPath } from '../timeline/cached-view';
import type { ProxyStep } from './pipeline';

/**
 * `/` and its most-used views come from the full-route cache (issue 10):
 * the reader's URL stays `/?sector=…`, and the request is rewritten to the
 * cached route for that view (app/timeline/cached/[view]), which renders
 * once and then until a write revalidates it. Every other view of `/`
 * renders per request. The cached route itself is not an address: asked
 * for directly it answers 404, so the cache holds only the views the proxy
 * sends there. The last step, so the others (request id, Cache-Control)
 * have added their headers.
 */
export const cachedTimeline: ProxyStep = ({ request, requestHeaders }) => {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname.startsWith(CACHED_TIMELINE_PREFIX)) return new NextResponse('Not found', { status: 404 });
  if (pathname !== '/' || (request.method !== 'GET' && request.method !== 'HEAD')) return;
  const key = cachedViewKey(searchParams);
  if (!key) return;
  // From request.url, not nextUrl: nextUrl calls 127.0.0.1 "localhost", and Next proxies a rewrite to
  // any other origin than the one it was asked on over the network, as an external one.
  const target = new URL(`${cachedViewPath(key)}${request.nextUrl.search}`, request.url);
  return NextResponse.rewrite(target, { request: { headers: requestHeaders } });
};
