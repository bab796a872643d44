import { request } from 'node:http';

export type RawAnswer = {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  /** The message arrived whole (Content-Length honoured, or the last chunk seen). */
  complete: boolean;
};

/**
 * One request with the path exactly as given. fetch() and new URL() would
 * normalise or refuse hostile paths, which is what these tests must send.
 * Rejects on a connection reset or a body that breaks off.
 */
export function rawRequest(
  baseUrl: string,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  const base = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: base.hostname,
        port: base.port,
        method: options.method ?? 'GET',
        path,
        headers: { connection: 'close', ...options.headers },
        agent: false,
        insecureHTTPParser: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('error', reject);
        res.on('aborted', () => reject(new Error(`${path}: response aborted after status ${res.statusCode}`)));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks), complete: res.complete }),
        );
      },
    );
    req.setTimeout(30_000, () => req.destroy(new Error(`${path}: no answer within 30 s`)));
    req.on('error', (error) => reject(new Error(`${path}: ${error.message}`)));
    req.end(options.body);
  });
}
