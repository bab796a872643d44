import { NextResponse } from 'next/server';
import { permalinkState } from '@/lib/data/slug-states';
import { gonePageHtml } from '@/lib/gone-page';
import type { ProxyStep } from './pipeline';

/** Answers 308 for an event's former slug and 410 for a trashed event, before any page renders. */
export const permalinkRedirects: ProxyStep = async ({ request }) => {
  const { pathname } = request.nextUrl;
  const permalink = /^\/(api\/v1\/)?events\/([^/]+)$/.exec(pathname);
  if (!permalink || request.method !== 'GET' || pathname.endsWith('.csv')) return;
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
};
