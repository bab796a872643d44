// No 'server-only' marker: proxy.ts reaches this outside the React server build.
import pg from 'pg';
import { env } from '../env';
import { openAppDatabase } from '../db/instance';
import { logger } from '../log/logger';

export interface Listener {
  /** The server backend holding the LISTEN (null when embedded or not connected): tests terminate it. */
  backendPid(): number | null;
  stop(): Promise<void>;
}

interface Handlers {
  /** A notification on the channel (its payload). */
  onNotify(payload: string): void;
  /**
   * The LISTEN is in place: on the first connection and after every reconnect.
   * Notifications sent while the connection was down are lost, so the caller
   * reloads whatever it derives from them here.
   */
  onConnect(): void;
}

const RETRY_MIN_MS = 100;
const RETRY_MAX_MS = 5_000;

/**
 * LISTEN on `channel` for the life of the process. On a PostgreSQL server it
 * holds one dedicated connection (not the pool's: a pooled connection goes
 * back to the pool and its LISTEN with it) and reconnects with backoff when
 * the connection drops. On the embedded database it listens on the shared
 * in-process PGlite, which never drops. See docs/decisions/0003-caching.md.
 */
export async function listen(channel: string, handlers: Handlers): Promise<Listener> {
  if (!/^[a-z_]+$/.test(channel)) throw new Error(`Bad channel name ${channel}`);
  const { DATABASE_URL } = env();
  if (!DATABASE_URL) {
    const database = await openAppDatabase();
    if (!database.listen) throw new Error('This database cannot LISTEN');
    const unlisten = await database.listen(channel, handlers.onNotify);
    handlers.onConnect();
    return { backendPid: () => null, stop: unlisten };
  }

  let client: pg.Client | null = null;
  let stopped = false;
  let delay = RETRY_MIN_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Warn once per outage, not at every reconnect attempt.
  let warned = false;

  const retry = () => {
    if (stopped || timer) return;
    timer = setTimeout(() => {
      timer = undefined;
      void connect();
    }, delay);
    timer.unref?.();
    delay = Math.min(delay * 2, RETRY_MAX_MS);
  };

  const connect = async () => {
    const next = new pg.Client({ connectionString: DATABASE_URL, application_name: `backchannel-listen-${channel}` });
    let lost = false;
    const onLost = (error?: Error) => {
      if (lost) return;
      lost = true;
      if (client === next) client = null;
      if (stopped) return;
      if (!warned)
        logger().warn({ channel, reason: error?.message }, 'LISTEN connection lost; reconnecting, then reloading what it keeps current');
      warned = true;
      next.end().catch(() => undefined);
      retry();
    };
    next.on('notification', (message) => {
      if (message.channel === channel) handlers.onNotify(message.payload ?? '');
    });
    next.on('error', onLost);
    next.on('end', () => onLost());
    try {
      await next.connect();
      await next.query(`LISTEN ${channel}`);
    } catch (error) {
      onLost(error as Error);
      return;
    }
    if (stopped) {
      await next.end().catch(() => undefined);
      return;
    }
    client = next;
    delay = RETRY_MIN_MS;
    warned = false;
    handlers.onConnect();
  };

  await connect();
  return {
    backendPid: () => (client as unknown as { processID?: number } | null)?.processID ?? null,
    stop: async () => {
      stopped = true;
      clearTimeout(timer);
      await client?.end().catch(() => undefined);
      client = null;
    },
  };
}
