/**
 * The request id that proxy.ts puts on every request (header x-request-id)
 * and returns to the client, read back wherever a log line is written. Only
 * a short token of safe characters is trusted, so a hostile header can't
 * forge log structure.
 */
const REQUEST_ID_HEADER = 'x-request-id';

const SAFE = /^[A-Za-z0-9._:-]{1,128}$/;

type HeaderSource = Headers | { get(name: string): string | null } | NodeJS.Dict<string | string[]>;

export function requestIdFrom(headers: HeaderSource | undefined): string | undefined {
  if (!headers) return undefined;
  const raw =
    typeof (headers as Headers).get === 'function'
      ? (headers as Headers).get(REQUEST_ID_HEADER)
      : (headers as NodeJS.Dict<string | string[]>)[REQUEST_ID_HEADER];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value && SAFE.test(value) ? value : undefined;
}
