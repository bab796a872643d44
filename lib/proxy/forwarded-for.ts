/**
 * With no reverse proxy in front (TRUSTED_PROXY_HOPS=0), X-Forwarded-For is
 * whatever the client sent: `next start` fills it from the socket only when
 * it is absent. Dropping it from the request the proxy passes on makes Next
 * fill it again, from the socket, before the route runs, so lib/security/
 * request.ts reads the real peer address. Behind proxies the header is theirs
 * and is kept.
 */
import { env } from '../env';
import type { ProxyStep } from './pipeline';

function dropClientForwardedFor(forwarded: Headers): Headers {
  if (env().TRUSTED_PROXY_HOPS === 0) forwarded.delete('x-forwarded-for');
  return forwarded;
}

/** The proxy step, first in line so every later step and the app see the cleaned header. */
export const cleanForwardedFor: ProxyStep = ({ requestHeaders }) => {
  dropClientForwardedFor(requestHeaders);
};
