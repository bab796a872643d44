import { NextResponse } from 'next/server';
import { originOf } from '@/lib/security/safe-url';
import type { ProxyStep } from './pipeline';
import { publicHost } from './public-origin';

/**
 * Refuses cross-origin writes; route handlers and server actions check again
 * themselves. A missing, opaque ("null") or unparsable Origin is refused too.
 */
export const refuseCrossOriginWrites: ProxyStep = ({ request }) => {
  if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return;
  const origin = request.headers.get('origin');
  if (origin && origin === request.nextUrl.origin) return;
  // X-Forwarded-Host counts only behind a trusted proxy (lib/proxy/public-origin.ts).
  const host = publicHost(request.headers);
  const parsed = originOf(origin);
  if (!parsed || !host || parsed.host !== host) {
    return NextResponse.json({ error: 'Cross-origin request refused' }, { status: 403 });
  }
};
