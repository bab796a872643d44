/**
 * A request body read with a ceiling: refused by its declared
 * Content-Length, and again while streaming (a chunked body declares none),
 * so an oversized body is never buffered whole. Answers a Request holding the
 * bytes read, to parse with the usual .json() / .formData(), or null when the
 * body is over `maxBytes`.
 */
export async function readLimitedBody(request: Request, maxBytes: number): Promise<Request | null> {
  const declared = request.headers.get('content-length');
  if (declared !== null && !(Number(declared) <= maxBytes)) return null;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        // Stop reading: the rest of the body is never taken in.
        await reader.cancel().catch(() => {});
        return null;
      }
      chunks.push(value);
    }
  }
  const body = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    body.set(c, at);
    at += c.byteLength;
  }
  const headers = new Headers(request.headers);
  headers.delete('content-length');
  return new Request(request.url, { method: request.method, headers, body });
}
