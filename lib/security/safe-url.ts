/**
 * The origin of a header value such as Origin or Referer, or null when it is
 * absent, opaque ("null", sent by sandboxed frames and some redirects) or not
 * a URL at all. Never throws: a hostile header must get a refusal, not a 500.
 */
export function originOf(value: string | null | undefined): URL | null {
  if (!value || !URL.canParse(value)) return null;
  const url = new URL(value);
  return url.origin === 'null' ? null : url;
}
