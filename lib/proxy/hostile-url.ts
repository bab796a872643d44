import { NextResponse } from 'next/server';
import { statusPageHtml } from '../status-page';
import type { ProxyStep } from './pipeline';

function decoded(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * Why a URL can't be served, or null when it can. A path segment must decode
 * as UTF-8 and hold no control character; a query key or value must decode
 * and hold no NUL (PostgreSQL refuses NUL in text, so it would otherwise
 * reach the database and fail there). A query value with U+FFFD counts as
 * malformed: no reader types the replacement character.
 */
export function malformedUrlReason(pathname: string, search: string): string | null {
  for (const segment of pathname.split('/')) {
    const text = decoded(segment);
    if (text === null) return 'Malformed percent-encoding in the path';
    if (/[\u0000-\u001f\u007f]/.test(text)) return 'Control character in the path';
  }
  const query = search.startsWith('?') ? search.slice(1) : search;
  if (query) {
    for (const pair of query.split('&')) {
      const text = decoded(pair.replaceAll('+', ' '));
      // Next's router re-encodes the query before the proxy sees it, turning
      // bytes that are not UTF-8 (%ff, %c0%af) into U+FFFD: treat that as malformed too.
      if (text === null || text.includes('\uFFFD')) return 'Malformed percent-encoding in the query';
      if (text.includes('\u0000')) return 'NUL character in the query';
    }
  }
  return null;
}

function badRequestPage(reason: string) {
  return statusPageHtml({
    tag: '400 · Bad request',
    title: "This address can't be read",
    paragraphs: [`${reason}.`],
    link: { href: '/', label: 'Go to the timeline' },
  });
}

/**
 * Refuses malformed URLs before routing. Next's production route matcher
 * answers 500 to a dynamic segment it can't decode (/actors/%ff) before any
 * app code runs, and the app would pass a NUL on to PostgreSQL; so the
 * proxy, whose matcher covers every route, answers 400 first.
 */
export const rejectHostileUrls: ProxyStep = ({ request }) => {
  const { pathname, search } = request.nextUrl;
  const reason = malformedUrlReason(pathname, search);
  if (!reason) return;
  if (pathname.startsWith('/api/')) return NextResponse.json({ error: reason }, { status: 400 });
  return new NextResponse(badRequestPage(reason), {
    status: 400,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' },
  });
};
