import { NextResponse } from 'next/server';
import { originOf } from '@/lib/security/safe-url';
import type { ProxyStep } from './pipeline';

/**
 * Refuses cross-origin writes; route handlers and server actions check again
 * themselves. A missing, opaque ("null") or unparsable Origin is refused too.
 */
export const refuseCrossOriginWrites: ProxyStep = ({ request }) => {
  if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return;
  const origin = request.headers.get('origin');
  if (origin && origin === request.nextUrl.origin) return;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const parsed = originOf(origin);
  if (!parsed || !host || parsed.host !== host) {
    return NextResponse.json({ error: 'Cross-origin request refused' }, { status: 403 });
  }
};
