/**
 * A 303 to a same-site path with a relative Location. Building an absolute
 * URL from request.url can name another host than the one the browser used
 * (Next reports "localhost"), which CSP's form-action 'self' then blocks.
 */
export function seeOther(path: string, init: { headers?: Record<string, string> } = {}) {
  return new Response(null, { status: 303, headers: { Location: path, ...init.headers } });
}
