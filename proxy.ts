import type { NextRequest } from 'next/server';
import { runProxy } from '@/lib/proxy/pipeline';
import { refuseCrossOriginWrites } from '@/lib/proxy/cross-origin';
import { permalinkRedirects } from '@/lib/proxy/permalink';
import { adminSecurityHeaders } from '@/lib/proxy/admin-headers';

/**
 * Runs before routing, as a list of small steps in lib/proxy/ (the first one
 * that answers wins; otherwise the request goes on with the headers the
 * steps added). Add a concern as one more line here.
 */
export function proxy(request: NextRequest) {
  return runProxy(request, [
    refuseCrossOriginWrites,
    permalinkRedirects,
    adminSecurityHeaders,
  ]);
}

// Only where it has work to do: the timeline and other public pages skip it.
export const config = {
  matcher: ['/events/:slug', '/api/:path*', '/admin/:path*', '/sign-in'],
};
