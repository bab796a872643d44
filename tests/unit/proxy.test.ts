import { describe, expect, it } from 'vitest';
import { NextRequest } from 'next/server';
import { malformedUrlReason } from '@/lib/proxy/hostile-url';
import { requestIdFrom, assignRequestId } from '@/lib/proxy/request-id';
import { refuseCrossOriginWrites } from '@/lib/proxy/cross-origin';
import { runProxy } from '@/lib/proxy/pipeline';
import { originOf } from '@/lib/security/safe-url';
import { isSameOrigin } from '@/lib/security/request';
import { isLookupKey } from '@/lib/schemas/lookup-key';
import { eventFilterSchema } from '@/lib/schemas/event-filter';

describe('malformedUrlReason', () => {
  it.each([
    '/events/%00',
    '/events/%ff',
    '/actors/%c0%af',
    '/sectors/%e0%80',
    '/events/%',
    '/events/%zz',
    '/a/%ed%a0%80',
    '/events/%0d%0a',
    '/events/a%7fb',
  ])('refuses the path %s', (path) => {
    expect(malformedUrlReason(path, '')).toMatch(/path/);
  });
  it.each(['?q=%00', '?%00=1', '?q=%ff', '?q=%', '?q=a%zz', '?cursor=%c0%af', '?q=%EF%BF%BD'])('refuses the query %s', (query) => {
    expect(malformedUrlReason('/', query)).toMatch(/query/);
  });
  it.each([
    ['/events/us-russia-talks', ''],
    ['/events/%C3%A9t%C3%A9', '?q=caf%C3%A9+au+lait&from=2025-01-01'],
    ['/events/..%2f..%2fetc', '?q=%0d%0a&x'],
    ['/', '?q=100%25'],
    ['/events/%ef%bf%bf', ''],
  ])('lets %s%s through', (path, query) => {
    expect(malformedUrlReason(path, query)).toBeNull();
  });
});

describe('request ids', () => {
  it('keeps a well-formed incoming id and replaces anything else', () => {
    expect(requestIdFrom('abc-123_.:Z')).toBe('abc-123_.:Z');
    for (const bad of [null, '', 'has space', '<x>', 'x'.repeat(129), '-x', 'é']) expect(requestIdFrom(bad)).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('passes the id to the app and returns it on the response', async () => {
    const request = new NextRequest('http://localhost/events/x', { headers: { 'x-request-id': 'trace-42' } });
    const response = await runProxy(request, [assignRequestId]);
    expect(response.headers.get('x-request-id')).toBe('trace-42');
    // How NextResponse.next() hands overridden request headers to the app.
    expect(response.headers.get('x-middleware-request-x-request-id')).toBe('trace-42');
  });

  it('puts the id on a response a later step answers with', async () => {
    const request = new NextRequest('http://localhost/api/auth/sign-in', {
      method: 'POST',
      headers: { origin: 'null', host: 'localhost' },
    });
    const response = await runProxy(request, [assignRequestId, refuseCrossOriginWrites]);
    expect(response.status).toBe(403);
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('unparsable Origin and Referer', () => {
  it.each(['null', 'http://[', 'not a url', ''])('originOf(%j) is null, never a throw', (value) => {
    expect(originOf(value)).toBeNull();
  });

  it.each(['null', 'http://[', '%%'])('the proxy refuses a write with Origin %j with 403', async (origin) => {
    const request = new NextRequest('http://localhost/api/auth/sign-in', { method: 'POST', headers: { origin, host: 'localhost' } });
    const response = await refuseCrossOriginWrites({ request, requestHeaders: new Headers(), responseHeaders: new Headers() });
    expect(response?.status).toBe(403);
  });

  it('isSameOrigin refuses an unparsable Referer instead of throwing', () => {
    expect(isSameOrigin(new Headers({ referer: 'http://%%', host: 'localhost:3000' }))).toBe(false);
    expect(isSameOrigin(new Headers({ referer: 'http://localhost:3000/admin', host: 'localhost:3000' }))).toBe(true);
  });
});

describe('lookup keys and the text filter', () => {
  it('keeps NUL and control characters from reaching PostgreSQL', () => {
    expect(isLookupKey('a-slug')).toBe(true);
    for (const bad of ['', 'a\u0000b', 'a\nb', 'x'.repeat(201)]) expect(isLookupKey(bad)).toBe(false);
    // A search text is read, not refused: control characters become spaces, so the words still search.
    expect(eventFilterSchema.parse({ q: 'rare\u0000earths' }).q).toBe('rare earths');
    expect(eventFilterSchema.safeParse({ q: 'rare earths' }).success).toBe(true);
  });
});
