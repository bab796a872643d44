/**
 * The proxy's part in guarding /admin. A fast path only: it sends requests
 * without a session cookie to sign in before anything renders, and it never
 * reads the database, so a cookie it lets through may still be unknown or
 * expired. The real guard is requirePageUser() in every admin page and
 * requireEditor()/requireAdmin() in every admin data read.
 */
import { NextResponse, type NextRequest } from 'next/server';
import { ADMIN_PATH_HEADER } from '../auth/admin-path';
import { isTokenShaped, SESSION_COOKIE, SESSION_DAYS, sessionCookieOptions } from '../auth/cookie';
import type { ProxyStep } from './pipeline';
import { publicOrigin } from './public-origin';

const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/');

/** The path and query to come back to after signing in (without Next's `_rsc` cache-busting parameter). */
function returnPath(request: NextRequest) {
  const search = new URLSearchParams(request.nextUrl.search);
  search.delete('_rsc');
  const query = search.toString();
  return `${request.nextUrl.pathname}${query ? `?${query}` : ''}`;
}

/**
 * For a request under /admin: a redirect to sign in when it has no session
 * cookie (GET and HEAD only: server actions answer for themselves), or null
 * to go on. Records the requested path in `forwarded` (the request headers
 * passed on), so a later redirect from the layout keeps it too.
 */
function adminGate(request: NextRequest, forwarded: Headers): NextResponse | null {
  forwarded.delete(ADMIN_PATH_HEADER); // only the proxy may set it
  if (!isAdminPath(request.nextUrl.pathname)) return null;
  const next = returnPath(request);
  forwarded.set(ADMIN_PATH_HEADER, next);
  if (!['GET', 'HEAD'].includes(request.method)) return null;
  if (isTokenShaped(request.cookies.get(SESSION_COOKIE)?.value)) return null;
  // Next wants an absolute Location from the proxy: on the host the browser used (nextUrl may say "localhost").
  const location = new URL(`/sign-in?${new URLSearchParams({ next })}`, publicOrigin(request.headers, request.nextUrl.protocol));
  const response = NextResponse.redirect(location, 307);
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}

/** The proxy step: the fast-path redirect to sign in (see adminGate). */
export const gateAdmin: ProxyStep = ({ request, requestHeaders }) => adminGate(request, requestHeaders) ?? undefined;

/**
 * The proxy step that slides the cookie's expiry with use on /admin, as the
 * database session slides (lib/auth/session.ts). The database stays the
 * authority: an expired or revoked session is refused however long its
 * cookie lives.
 */
export const slideSessionCookie: ProxyStep = ({ request, responseHeaders }) => {
  if (!isAdminPath(request.nextUrl.pathname)) return;
  const token = request.cookies.get(SESSION_COOKIE)?.value;
  if (!isTokenShaped(token)) return;
  // NextResponse's cookie jar serialises the Set-Cookie header for us.
  const carrier = new NextResponse(null);
  carrier.cookies.set({ name: SESSION_COOKIE, value: token, ...sessionCookieOptions(new Date(Date.now() + SESSION_DAYS * 86_400_000)) });
  responseHeaders.append('set-cookie', carrier.headers.get('set-cookie')!);
};
