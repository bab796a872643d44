/** A host that can never be real (RFC 6761): only used to see where a browser would resolve a path. */
const DUMMY_ORIGIN = 'http://local-path.invalid';
/** Browsers strip tab, CR and LF from URLs and read a backslash as `/`, so `/<tab>/evil` or `/<backslash>evil` would become `//evil`. */
const CONTROL_OR_BACKSLASH = /[\u0000-\u001f\u007f\\]/;
/** The same, percent-encoded in the path: an intermediary that decodes it would see `//evil` too. */
const ENCODED_SEPARATOR_OR_CONTROL = /%(?:[01][0-9a-f]|7f|2f|5c)/i;

/**
 * Only a same-site path may be a redirect target or a link built from a
 * query value. Resolves `next` with the WHATWG URL parser (what browsers
 * use) against a dummy origin and accepts it only if it stays on that origin
 * with a path starting with one `/`; answers the normalised, ASCII-only
 * path+query+hash (safe in a Location header), or `fallback`. Takes unknown
 * because query values may be arrays.
 */
export function safeLocalPath(next: unknown, fallback: string): string {
  if (typeof next !== 'string' || next.length > 500 || !next.startsWith('/') || next.startsWith('//')) return fallback;
  if (CONTROL_OR_BACKSLASH.test(next)) return fallback;
  let url: URL;
  try {
    url = new URL(next, DUMMY_ORIGIN);
  } catch {
    return fallback;
  }
  // `/.//evil` and `/..//evil` normalise to `//evil`: a protocol-relative URL once sent back out.
  if (url.origin !== DUMMY_ORIGIN || !url.pathname.startsWith('/') || url.pathname.startsWith('//')) return fallback;
  if (ENCODED_SEPARATOR_OR_CONTROL.test(url.pathname)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}
