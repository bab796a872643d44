/**
 * HTTP measurement: warm-up requests and autocannon runs.
 *
 * autocannon's summary gives p50, p90, p97.5 and p99 but no p95, and rounds
 * latencies to whole milliseconds. Its 'response' event reports every
 * response's time as a float, so the percentiles here are computed from all
 * of those (nearest-rank), which makes p95 exact rather than interpolated.
 */
import autocannon from 'autocannon';

export interface Measurement {
  url: string;
  /** Responses completed (any status). */
  responses: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** autocannon's average of its one-second request-rate samples. */
  requestsPerSecond: number;
  /** Connection errors plus timeouts. */
  errors: number;
  /** Of which timeouts (no response within the run's timeout). */
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
}

export interface MeasureOptions {
  connections: number;
  durationSeconds: number;
  timeoutSeconds: number;
}

/** Nearest-rank percentile of an ascending array. */
export function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1];
}

let current: ReturnType<typeof autocannon> | undefined;

/** Stops a run in progress (used on Ctrl-C so the process can exit promptly). */
export function stopMeasurement() {
  current?.stop();
}

export async function measure(url: string, options: MeasureOptions): Promise<Measurement> {
  const times: number[] = [];
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: options.timeoutSeconds,
  });
  current = instance;
  instance.on('response', (_client, _status, _bytes, responseTime) => {
    times.push(responseTime);
  });
  try {
    const result = await instance;
    const sorted = Float64Array.from(times).sort();
    const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, s]) => [code, s.count]));
    return {
      url,
      responses: sorted.length,
      p50: percentile(sorted, 50),
      p95: percentile(sorted, 95),
      p99: percentile(sorted, 99),
      max: sorted.length ? sorted[sorted.length - 1] : Number.NaN,
      requestsPerSecond: result.requests.average,
      errors: result.errors + result.timeouts,
      timeouts: result.timeouts,
      non2xx: result.non2xx,
      statusCodes,
    };
  } finally {
    current = undefined;
  }
}

export interface Fetched {
  status: number;
  bytes: number;
  text: string;
  headers: Headers;
}

/** One GET, uncompressed like autocannon's requests, so `bytes` is what autocannon receives as body. */
export async function fetchOnce(url: string, timeoutMs = 60_000): Promise<Fetched> {
  const response = await fetch(url, {
    headers: { 'accept-encoding': 'identity' },
    redirect: 'manual',
    signal: AbortSignal.timeout(timeoutMs),
  });
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, bytes: body.length, text: body.toString('utf8'), headers: response.headers };
}

/**
 * A few requests before measuring: the first ones compile routes lazily,
 * fill the ISR and data caches and warm the JIT and the database pool, none
 * of which should count against the measured run. Returns the last response.
 */
export async function warmUp(url: string, rounds = 5, concurrency = 4): Promise<Fetched> {
  let last = await fetchOnce(url);
  for (let round = 0; round < rounds; round++) {
    const batch = await Promise.all(Array.from({ length: concurrency }, () => fetchOnce(url)));
    last = batch[batch.length - 1];
  }
  return last;
}

/**
 * When autocannon stops, the requests it had in flight are still being
 * rendered by the server; the next measurement would compete with them. They
 * finish in about one loaded latency, so wait for the slowest one seen (plus
 * a margin), capped so a pathological run cannot stall the benchmark.
 */
export async function settle(m: Measurement, capMs = 30_000) {
  const wait = Math.min(capMs, (Number.isFinite(m.max) ? m.max : capMs) + 500);
  await new Promise((resolve) => setTimeout(resolve, wait));
}
