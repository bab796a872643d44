import type { Instrumentation } from 'next';
import { noteDatabaseError } from '../db/unavailable';
import { logger } from './logger';
import { requestIdFrom } from './request-id';

type Args = Parameters<Instrumentation.onRequestError>;

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
  logger().error(
    {
      err: error,
      digest,
      requestId: requestIdFrom(request.headers),
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
