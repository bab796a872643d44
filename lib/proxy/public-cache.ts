import { SESSION_COOKIE } from '../auth/cookie';
import type { ProxyStep } from './pipeline';

/**
 * A CDN may keep a public page a minute and serve it stale for five while it
 * refreshes; browsers revalidate every time (max-age=0). The same policy as
 * publicCacheControl in lib/api.ts, which the proxy can't import (server-only).
 */
const publicPageCacheControl = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

/** Paths whose pages depend on who asks, or that must never sit in a shared cache. */
const PRIVATE = /^\/(admin|sign-in|setup|api)(\/|$)/;

/**
 * The last proxy step (so it runs only when no earlier step answered): a
 * public page's HTML may be kept by a CDN (s-maxage, stale-while-revalidate)
 * rather than Next's no-store for dynamic pages, which it keeps when a
 * Cache-Control is already set. Admin pages get private, no-store from
 * lib/proxy/admin-headers.ts; a signed-in request gets it here too, so a
 * shared cache never stores anything an editor was sent. RSC requests keep
 * Next's own header (they vary by router state).
 */
export const publicPageCache: ProxyStep = ({ request, responseHeaders }) => {
  if (request.method !== 'GET' && request.method !== 'HEAD') return;
  const { pathname } = request.nextUrl;
  if (PRIVATE.test(pathname) || pathname.startsWith('/_next/') || request.headers.has('rsc')) return;
  const signedIn = request.cookies.has(SESSION_COOKIE);
  responseHeaders.set('Cache-Control', signedIn ? 'private, no-store' : publicPageCacheControl);
};
