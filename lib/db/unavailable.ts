// No 'server-only' marker: proxy.ts, instrumentation.ts and open.ts import this too.

/**
 * Whether the database is reachable, as this process last saw it, and the one
 * place that decides which errors mean "the database is unavailable" (as
 * opposed to a bug or bad data). The state lives on globalThis because the
 * proxy, route handlers, pages and instrumentation are separate bundles in one
 * process. A failed query marks the database down; while it is down a cheap
 * ping every second clears it again, so recovery is noticed within a second.
 */

/** Seconds a client is told to wait (Retry-After) while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

const PING_INTERVAL_MS = 1_000;
const PING_TIMEOUT_MS = 2_000;

// Prisma's codes for an unreachable server, a dropped connection, timeouts and an exhausted pool.
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1011', 'P1017', 'P2024', 'P2037']);
// Driver-adapter error kinds (@prisma/driver-adapter-utils) that mean the server can't be used now.
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'TlsConnectionError']);
// Node socket errors raised by node-postgres.
const SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ECONNABORTED',
]);
// PostgreSQL SQLSTATEs: class 08 (connection exception), shutdown, starting up, too many connections.
const SQLSTATE = /^(08\d{3}|08P01|57P01|57P02|57P03|53300)$/;
// Messages of node-postgres and Prisma for the same cases, for errors that lost their codes on the way.
const MESSAGES = [
  /Connection terminated/i,
  /timeout exceeded when trying to connect/i,
  /Client has encountered a connection error/i,
  /connect ECONNREFUSED/i,
  /Can't reach database server/i,
  /Server has closed the connection/i,
  /Timed out fetching a new connection from the connection pool/i,
  /terminating connection due to administrator command/i,
  /the database system is (starting up|shutting down|in recovery mode)/i,
  /Connection closed/i,
];

function* chain(error: unknown): Generator<Record<string, unknown>> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0) {
    const e = queue.shift();
    if (!e || typeof e !== 'object' || seen.has(e) || seen.size > 20) continue;
    seen.add(e);
    const record = e as Record<string, unknown>;
    yield record;
    queue.push(record.cause, (record.meta as Record<string, unknown> | undefined)?.driverAdapterError);
    if (Array.isArray(record.errors)) queue.push(...record.errors); // AggregateError from dual-stack connects
  }
}

/** True when `error` (or anything in its cause chain) says the database can't be reached or used right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const e of chain(error)) {
    const code = typeof e.code === 'string' ? e.code : typeof e.errorCode === 'string' ? e.errorCode : undefined;
    if (code && (PRISMA_CODES.has(code) || SOCKET_CODES.has(code) || SQLSTATE.test(code))) return true;
    if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
    if (e.kind === 'postgres' && typeof e.originalCode === 'string' && SQLSTATE.test(e.originalCode)) return true;
    if (e.name === 'PrismaClientInitializationError') return true;
    if (typeof e.message === 'string' && MESSAGES.some((m) => m.test(e.message as string))) return true;
  }
  return false;
}

interface Health {
  down: boolean;
  since: number;
  reason?: string;
  pinger?: ReturnType<typeof setInterval>;
  pinging?: boolean;
}

const holder = globalThis as unknown as { backchannelDbHealth?: Health };
function health(): Health {
  holder.backchannelDbHealth ??= { down: false, since: Date.now() };
  return holder.backchannelDbHealth;
}

/** Whether the last thing this process learned is that the database is unavailable. */
export function databaseIsDown(): boolean {
  return health().down;
}

function markDown(reason: string) {
  const h = health();
  if (!h.down) {
    h.down = true;
    h.since = Date.now();
  }
  h.reason = reason;
  if (!h.pinger) {
    h.pinger = setInterval(() => void pingDatabase(), PING_INTERVAL_MS);
    h.pinger.unref?.();
  }
}

function markUp() {
  const h = health();
  if (h.pinger) clearInterval(h.pinger);
  h.pinger = undefined;
  if (h.down) {
    h.down = false;
    h.since = Date.now();
    h.reason = undefined;
  }
}

/**
 * Classifies a failure; when it means the database is unavailable, marks it
 * down (starting the recovery ping) and returns true.
 */
export function noteDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  markDown(error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : String(error));
  return true;
}

/**
 * The query that proves the app's database answers (`SELECT 1` on the app's
 * client). lib/db/instance.ts registers it, so this module, which open.ts
 * reports pool errors to, imports nothing back.
 */
type Probe = () => Promise<unknown>;
const probeHolder = globalThis as unknown as { backchannelDatabaseProbe?: Probe };

export function setDatabaseProbe(probe: Probe) {
  probeHolder.backchannelDatabaseProbe = probe;
}

function probe(): Promise<unknown> {
  const registered = probeHolder.backchannelDatabaseProbe;
  return registered ? registered() : Promise.reject(new Error('No database probe registered'));
}

/** The probe with a timeout; updates the state either way. Never throws. */
export async function pingDatabase(timeoutMs = PING_TIMEOUT_MS): Promise<boolean> {
  const h = health();
  if (h.pinging) return !h.down;
  h.pinging = true;
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    const query = probe();
    await Promise.race([
      query,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(Object.assign(new Error('Database ping timed out'), { code: 'ETIMEDOUT' })), timeoutMs);
      }),
    ]);
    markUp();
    return true;
  } catch (error) {
    // Any failure of SELECT 1 means the database can't serve us, whatever its class.
    markDown(error instanceof Error ? error.message.split('\n')[0].slice(0, 200) : String(error));
    return false;
  } finally {
    clearTimeout(timer);
    h.pinging = false;
  }
}
