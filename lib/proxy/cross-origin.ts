import { NextResponse } from 'next/server';
import type { ProxyStep } from './pipeline';

/** Refuses cross-origin writes; route handlers and server actions check again themselves. */
export const refuseCrossOriginWrites: ProxyStep = ({ request }) => {
  if (['GET', 'HEAD', 'OPTIONS'].includes(request.method)) return;
  const origin = request.headers.get('origin');
  if (origin && origin === request.nextUrl.origin) return;
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  if (!origin || !host || new URL(origin).host !== host) {
    return NextResponse.json({ error: 'Cross-origin request refused' }, { status: 403 });
  }
};
