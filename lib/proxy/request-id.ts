import type { ProxyStep } from './pipeline';

/** What we accept from a client or load balancer: short, and safe to log and echo. */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

export function requestIdFrom(incoming: string | null): string {
  return incoming && WELL_FORMED.test(incoming) ? incoming : crypto.randomUUID();
}

/**
 * Gives every request an id, passed to the app as the `x-request-id` request
 * header and returned as the `x-request-id` response header on every answer
 * (including the proxy's own 400/403/410/308), so a report can be matched to
 * the logs.
 */
export const assignRequestId: ProxyStep = ({ request, requestHeaders, responseHeaders }) => {
  const id = requestIdFrom(request.headers.get('x-request-id'));
  requestHeaders.set('x-request-id', id);
  responseHeaders.set('x-request-id', id);
};
