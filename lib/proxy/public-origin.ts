/**
 * The origin the browser used, for the absolute redirects the proxy sends and
 * the same-origin check on writes (ADR 4). X-Forwarded-Host and
 * X-Forwarded-Proto are the client's own writing unless a reverse proxy set
 * them, so they count only when TRUSTED_PROXY_HOPS says one stands in front;
 * otherwise the Host header does. A host that is missing or anything but a
 * hostname or IP with an optional port gives way to SITE_URL (or, unset, this
 * server's own address). Never throws.
 */
import { env } from '../env';
import { configuredOrigin, serverOrigin } from '../site-url';

const LABEL = '[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?';
/** A DNS name or IPv4 address, or a bracketed IPv6 address, then an optional port: nothing else. */
const HOST = new RegExp(`^(?:${LABEL}(?:\\.${LABEL})*|\\[[0-9a-f:.]+\\])(?::(\\d{1,5}))?$`, 'i');

/** The host if it is a plain host[:port], lower-cased, or null. */
function validHost(value: string | null | undefined): string | null {
  if (!value || value.length > 255) return null;
  const match = HOST.exec(value);
  if (!match || (match[1] !== undefined && Number(match[1]) > 65_535)) return null;
  if (!URL.canParse(`http://${value}`)) return null; // e.g. a malformed IPv6 address
  return value.toLowerCase();
}

const trustsForwarded = () => env().TRUSTED_PROXY_HOPS > 0;

/** The first entry of a header a chain of proxies may have made a list. */
const firstEntry = (value: string | null) => value?.split(',')[0]?.trim() || null;

/** The public host (host[:port]) the request was made to, or null when there is no valid one. */
export function publicHost(headers: Headers): string | null {
  const forwarded = trustsForwarded() ? firstEntry(headers.get('x-forwarded-host')) : null;
  return validHost(forwarded ?? headers.get('host'));
}

/**
 * The public origin (`http://host[:port]`) for an absolute Location.
 * `protocol` is the server's own ("http:" / "https:"), used unless a trusted
 * proxy says otherwise; with no valid host it is SITE_URL's origin.
 */
export function publicOrigin(headers: Headers, protocol: string): string {
  const host = publicHost(headers);
  if (!host) return configuredOrigin() ?? serverOrigin();
  const forwardedProto = trustsForwarded() ? firstEntry(headers.get('x-forwarded-proto'))?.toLowerCase() : undefined;
  const scheme = forwardedProto === 'http' || forwardedProto === 'https' ? forwardedProto : protocol.replace(/:$/, '');
  return `${scheme === 'https' ? 'https' : 'http'}://${host}`;
}
