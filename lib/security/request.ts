import 'server-only';
import { env } from '../env';
import { originOf } from './safe-url';

/**
 * The client address. Next's server appends the socket's address to
 * X-Forwarded-For, so the last entry is the one a client cannot forge. Behind
 * a trusted reverse proxy, set TRUSTED_PROXY_HOPS to skip its entries.
 */
export function clientIp(headers: Headers): string {
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return chain[chain.length - 1 - hops] ?? chain[0] ?? 'unknown';
}

/**
 * Refuses cross-origin writes: the Origin (or, failing that, Referer) must
 * be this site. Browsers send Origin on every POST.
 */
export function isSameOrigin(headers: Headers): boolean {
  // An unparsable Referer refuses rather than throws.
  const origin = headers.get('origin') ?? originOf(headers.get('referer'))?.origin ?? null;
  if (!origin) return false;
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  const allowed = new Set([new URL(env().SITE_URL).origin]);
  if (host) {
    allowed.add(`http://${host}`);
    allowed.add(`https://${host}`);
  }
  return allowed.has(origin);
}
