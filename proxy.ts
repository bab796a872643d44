import { NextResponse, type NextRequest } from 'next/server';
import { permalinkState } from '@/lib/data/slug-states';
import { gonePageHtml } from '@/lib/gone-page';
import { refuseBadActionBody } from '@/lib/proxy/action-body';

/**
 * Runs before routing:
 * - refuses cross-origin writes (route handlers and server actions check again themselves);
 * - answers 308 for an event's former slug and 410 for a trashed event, before any page renders;
 * - gives admin and sign-in pages a nonce-based Content-Security-Policy and forbids framing.
 */
export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;

  if (!['GET', 'HEAD', 'OPTIONS'].includes(request.method)) {
    const origin = request.headers.get('origin');
    if (!origin || origin !== request.nextUrl.origin) {
      const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
      if (!origin || !host || new URL(origin).host !== host) {
        return NextResponse.json({ error: 'Cross-origin request refused' }, { status: 403 });
      }
    }
  }
  // Too large or malformed form posts get 413/400 here; Next's action decoding would answer 500.
  if (request.method === 'POST') { const refused = await refuseBadActionBody(request); if (refused) return refused; }

  const permalink = /^\/(api\/v1\/)?events\/([^/]+)$/.exec(pathname);
  if (permalink && request.method === 'GET' && !pathname.endsWith('.csv')) {
    const slug = decodeURIComponent(permalink[2]);
    const state = await permalinkState(slug);
    if (state.kind === 'moved') {
      // On the host the browser used (nextUrl may say "localhost").
      const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host') ?? request.nextUrl.host;
      const location = new URL(`/${permalink[1] ?? ''}events/${encodeURIComponent(state.to)}${request.nextUrl.search}`, `${request.nextUrl.protocol}//${host}`);
      return NextResponse.redirect(location, 308);
    }
    if (state.kind === 'gone') {
      if (permalink[1]) return NextResponse.json({ error: 'Event deleted' }, { status: 410 });
      return new NextResponse(gonePageHtml(), { status: 410, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
    }
  }

  if (pathname.startsWith('/admin') || pathname === '/sign-in') {
    const nonce = Buffer.from(crypto.randomUUID()).toString('base64');
    const dev = process.env.NODE_ENV === 'development';
    const csp = [
      "default-src 'self'",
      `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' blob: data:",
      "font-src 'self'",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ].join('; ');
    const headers = new Headers(request.headers);
    headers.set('x-nonce', nonce);
    headers.set('Content-Security-Policy', csp);
    const response = NextResponse.next({ request: { headers } });
    response.headers.set('Content-Security-Policy', csp);
    response.headers.set('X-Frame-Options', 'DENY');
    response.headers.set('Referrer-Policy', 'same-origin');
    response.headers.set('Cache-Control', 'private, no-store');
    return response;
  }
  return NextResponse.next();
}

// Only where it has work to do: the timeline and other public pages skip it.
export const config = {
  matcher: ['/events/:slug', '/api/:path*', '/admin/:path*', '/sign-in'],
};
