import type { Instrumentation } from 'next';
import { noteDatabaseError } from '../db/unavailable';
import { logger } from './logger';
import { requestIdFrom } from './request-id';

type Args = Parameters<Instrumentation.onRequestError>;

// Next.js reports one failure more than once (the render phase, then the
// route), with the same error object or at least the same digest and request.
const seenErrors = new WeakSet<object>();
const seenKeys = new Set<string>();

function alreadyLogged(error: unknown, requestId: string | undefined, digest: string | undefined): boolean {
  if (error && typeof error === 'object') {
    if (seenErrors.has(error)) return true;
    seenErrors.add(error);
  }
  if (!requestId || !digest) return false;
  const key = `${requestId}|${digest}`;
  if (seenKeys.has(key)) return true;
  seenKeys.add(key);
  if (seenKeys.size > 1_000) seenKeys.delete(seenKeys.values().next().value as string);
  return false;
}

/**
 * Every server error Next.js captures (render, route handler, server action,
 * proxy) arrives here once, through onRequestError in instrumentation.ts: one
 * JSON line with the digest the user sees on the error page, the request id
 * and the route. A database-unavailable error also marks the database down,
 * so that the next requests answer 503 instead of failing one by one.
 */
export function logRequestError(error: Args[0], request: Args[1], context: Args[2]) {
  const databaseUnavailable = noteDatabaseError(error);
  const digest = error && typeof error === 'object' && 'digest' in error ? String((error as { digest: unknown }).digest) : undefined;
  const requestId = requestIdFrom(request.headers);
  if (alreadyLogged(error, requestId, digest)) return;
  logger().error(
    {
      err: error,
      digest,
      requestId,
      method: request.method,
      path: request.path,
      route: context.routePath,
      routeType: context.routeType,
      renderSource: context.renderSource,
      revalidateReason: context.revalidateReason,
      databaseUnavailable,
    },
    databaseUnavailable ? 'database unavailable' : 'request failed',
  );
}
