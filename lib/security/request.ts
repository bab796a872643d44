import 'server-only';
import { env } from '../env';
import { originOf } from './safe-url';
import { publicHost } from '../proxy/public-origin';
import { siteOrigin } from '../site-url';

/** The shared rate-limit bucket of requests whose address can't be trusted. */
const UNTRUSTED_ADDRESS = 'untrusted';

/**
 * The client address, by the trust model of ADR 4. `next start` sets
 * X-Forwarded-For from the socket only when the request has none: it passes a
 * client's own header through untouched and appends nothing.
 * - TRUSTED_PROXY_HOPS=0 (no proxy): the proxy (lib/proxy/forwarded-for.ts)
 *   drops the header so Next refills it from the socket; one entry is that
 *   address. More than one can't come from Next, so it was forged.
 * - TRUSTED_PROXY_HOPS=N: N proxies each append the address they were reached
 *   from, so the Nth entry from the end is the client as the outermost proxy
 *   saw it; entries before it are the client's own. A shorter chain means the
 *   request did not pass through them (or N is wrong): nothing in it is trusted.
 * Untrusted requests share one bucket, never an address the client chose.
 */
export function clientIp(headers: Headers): string {
  const chain = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const hops = env().TRUSTED_PROXY_HOPS;
  if (hops === 0) return chain.length === 1 ? chain[0].slice(0, 100) : UNTRUSTED_ADDRESS;
  return chain.length >= hops ? chain[chain.length - hops].slice(0, 100) : UNTRUSTED_ADDRESS;
}

/**
 * Refuses cross-origin writes: the Origin (or, failing that, Referer) must
 * be this site. Browsers send Origin on every POST.
 */
export function isSameOrigin(headers: Headers): boolean {
  // An unparsable Referer refuses rather than throws.
  const origin = headers.get('origin') ?? originOf(headers.get('referer'))?.origin ?? null;
  if (!origin) return false;
  // X-Forwarded-Host only counts when a trusted proxy set it (lib/proxy/public-origin.ts).
  const host = publicHost(headers);
  const allowed = new Set([siteOrigin()]);
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  return allowed.has(origin);
}
