import 'server-only';
import { createHash } from 'node:crypto';
import { headers as requestHeaders } from 'next/headers';
import { NextResponse } from 'next/server';
import { z } from 'zod';
import { limitSchema, queryValues } from './schemas/event-filter';
import { noteDatabaseError, RETRY_AFTER_SECONDS } from './db/unavailable';
import { logger } from './log/logger';
import { requestIdFrom } from './log/request-id';
import { publicOrigin } from './proxy/public-origin';
import { withRequestOrigin } from './site-url';

/** For public GET responses: a shared cache (CDN) may keep them a minute and serve them stale while it refreshes. */
export const publicCacheControl = 'public, max-age=0, s-maxage=60, stale-while-revalidate=300';

/** A strong validator of the exact bytes sent. */
function etagOf(body: string) {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
}

/** Whether an If-None-Match header names `etag` (weak comparison, as RFC 9110 asks for this header; `*` matches any). */
function matchesIfNoneMatch(header: string | null, etag: string) {
  if (!header) return false;
  return header.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });
}

/** If-None-Match of the request being answered; none outside a request (tests calling a handler directly). */
async function ifNoneMatch() {
  try {
    return (await requestHeaders()).get('if-none-match');
  } catch {
    return null;
  }
}

/**
 * Every API response: a 200 carries the public Cache-Control and an ETag of
 * its body, and a request whose If-None-Match names that ETag gets 304 with
 * no body (the JSON is still built: this saves the transfer, not the query).
 */
export async function json(data: unknown, status = 200) {
  if (status !== 200) return NextResponse.json(data, { status });
  return cachedBody(JSON.stringify(data), 'application/json');
}

/** A public 200 with its ETag, or 304 when the request's If-None-Match names it. */
export async function cachedBody(body: string, contentType: string) {
  const etag = etagOf(body);
  const headers = { 'Cache-Control': publicCacheControl, ETag: etag };
  if (matchesIfNoneMatch(await ifNoneMatch(), etag)) return new NextResponse(null, { status: 304, headers });
  return new NextResponse(body, { status: 200, headers: { ...headers, 'Content-Type': contentType } });
}

export function badRequest(error: z.ZodError) {
  return NextResponse.json(
    {
      error: 'Invalid request parameters',
      issues: error.issues.map((i) => ({ path: i.path.map(String), message: i.message, code: i.code })),
    },
    { status: 400 },
  );
}

export function notFoundJson(what: string) {
  return NextResponse.json({ error: `${what} not found` }, { status: 404 });
}

/** 503 while the database is away: JSON with a reason and when to try again, never cached. */
function unavailableJson() {
  return NextResponse.json(
    { error: 'The database is temporarily unavailable. Try again shortly.' },
    { status: 503, headers: { 'Retry-After': String(RETRY_AFTER_SECONDS), 'Cache-Control': 'no-store' } },
  );
}

/**
 * Wraps every API route handler: a database-unavailable error (lib/db/unavailable.ts)
 * answers 503 JSON with Retry-After, logged once here as a warning. Any other
 * error is rethrown, so Next.js answers 500 and onRequestError logs it once.
 */
export function apiRoute<A extends [Request, ...unknown[]]>(handler: (...args: A) => Promise<Response>) {
  return async (...args: A): Promise<Response> => {
    try {
      // Absolute links in the answer (an event's `url`) use the host this request came to when SITE_URL is unset.
      const request = args[0];
      const origin = publicOrigin(request.headers, new URL(request.url).protocol);
      return await withRequestOrigin(origin, () => handler(...args));
    } catch (error) {
      if (!noteDatabaseError(error)) throw error;
      const request = args[0];
      logger().warn(
        { requestId: requestIdFrom(request.headers), method: request.method, path: new URL(request.url).pathname, err: error },
        'database unavailable: answered 503',
      );
      return unavailableJson();
    }
  };
}

/** Paging of the simple lists: cursor is the last key of the previous page. */
export const listPageSchema = z.object({
  limit: limitSchema,
  cursor: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z
      .string()
      .max(200)
      .regex(/^[a-z0-9-]+$/, 'Malformed cursor; use the nextCursor value from a previous page')
      .optional(),
  ),
});

/** The query as the schemas read it: every value of a repeatable facet (actor, sector, type), the first of any other key. */
export function searchParamsOf(request: Request) {
  return queryValues(new URL(request.url).searchParams);
}

/** A GET handler for one of the simple keyset-paged lists. */
export function listHandler<T>(list: (o: { limit: number; after?: string }) => Promise<{ data: T[]; nextCursor: string | null }>) {
  return apiRoute(async (request: Request) => {
    const parsed = listPageSchema.safeParse(searchParamsOf(request));
    if (!parsed.success) return badRequest(parsed.error);
    return json(await list({ limit: parsed.data.limit, after: parsed.data.cursor }));
  });
}
