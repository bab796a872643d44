/**
 * Next's incremental cache (unstable_cache data and ISR pages) shared by every
 * instance in Redis, so that revalidateTag/revalidatePath on one instance
 * reaches all (docs/decisions/0007-several-instances.md). next.config.ts
 * names this file only when REDIS_URL is set; Next imports it at run time,
 * unbundled, which is why it is plain JavaScript.
 *
 * Storage is @fortedigital/nextjs-cache-handler's redis-strings handler. This
 * module adds what it lacks for us: when Redis can't be reached the instance
 * keeps serving from a local in-memory cache (entries at most
 * LOCAL_MAX_AGE_MS old, since other instances' invalidations can't reach it),
 * logs one warning, reconnects in the background, and on reconnecting replays
 * the tags it invalidated meanwhile, so Redis drops what those edits changed.
 */
import { CacheHandler } from '@fortedigital/nextjs-cache-handler';
import createLruHandler from '@fortedigital/nextjs-cache-handler/local-lru';
import createRedisHandler from '@fortedigital/nextjs-cache-handler/redis-strings';
import { PHASE_PRODUCTION_BUILD } from 'next/constants.js';
import pino from 'pino';
import { createClient } from 'redis';

/** Oldest local entry served while Redis is away: bounds how stale another instance's edit can look. */
export const LOCAL_MAX_AGE_MS = 30_000;
/** Redis commands that take longer count as failures (the page renders from the database instead). */
const COMMAND_TIMEOUT_MS = 1_000;
const RECONNECT_MAX_DELAY_MS = 2_000;

/** The app's logger (lib/log/logger.ts keeps it on globalThis), or one like it before the app made it. */
function log() {
  return (globalThis.backchannelLogger ??= pino(
    { level: process.env.LOG_LEVEL || 'info', base: { service: 'backchannel' }, timestamp: pino.stdTimeFunctions.isoTime },
    pino.destination({ dest: 1, sync: true }),
  ));
}

/**
 * The handler: Redis while its client is ready, else a local cache that
 * starts empty each time Redis goes away. `client` is a node-redis client
 * (connected by the caller), `logger` a pino-like logger.
 */
export function sharedCacheWithFallback({ client, logger = log(), keyPrefix = 'backchannel:' }) {
  const shared = createRedisHandler({ client, keyPrefix, timeoutMs: COMMAND_TIMEOUT_MS });
  let local = createLruHandler();
  let down = false;
  /** Tags invalidated while Redis was away, to replay when it is back. */
  const pending = new Set();

  function wentDown(error) {
    if (down) return;
    down = true;
    local = createLruHandler();
    logger.warn(
      { reason: String(error?.message ?? error).split('\n')[0] },
      `cache: Redis is unreachable; this instance serves from its own memory (entries up to ${LOCAL_MAX_AGE_MS / 1000} s old) and reconnects in the background`,
    );
  }

  /** A failed command: an outage when the connection is gone; otherwise (a timeout) this operation alone falls back. */
  function failed(error) {
    if (!client.isReady) wentDown(error);
    else logger.debug({ reason: String(error?.message ?? error) }, 'cache: a Redis command failed; answered from local memory');
  }

  async function cameBack() {
    const wasDown = down;
    down = false;
    const tags = [...pending];
    pending.clear();
    for (const tag of tags) {
      try {
        await shared.revalidateTag(tag);
      } catch (error) {
        pending.add(tag);
        failed(error);
        return;
      }
    }
    if (!wasDown) return;
    local = createLruHandler();
    logger.info({ replayedTags: tags }, 'cache: Redis answers again; the instances share one cache');
  }

  client.on('error', (error) => wentDown(error));
  client.on('end', () => wentDown(new Error('connection closed')));
  client.on('ready', () => void cameBack());

  const usable = () => client.isReady && !down;

  return {
    name: 'redis-with-local-fallback',
    async get(key, ctx) {
      if (usable()) {
        try {
          return await shared.get(key, ctx);
        } catch (error) {
          failed(error);
        }
      }
      const entry = await local.get(key, ctx);
      if (entry && Date.now() - entry.lastModified > LOCAL_MAX_AGE_MS) return null;
      return entry;
    },
    async set(key, value, ctx) {
      if (usable()) {
        try {
          return await shared.set(key, value, ctx);
        } catch (error) {
          failed(error);
        }
      }
      await local.set(key, value, ctx);
    },
    async revalidateTag(tag) {
      await local.revalidateTag(tag);
      if (usable()) {
        try {
          return await shared.revalidateTag(tag);
        } catch (error) {
          failed(error);
          // Connected but the command failed (a timeout): try again soon rather than at the next reconnect.
          if (client.isReady) setTimeout(() => void cameBack(), 1_000).unref();
        }
      }
      pending.add(tag);
    },
    async delete(key) {
      await local.delete?.(key);
      if (usable()) await shared.delete(key).catch(failed);
    },
  };
}

/** Connects to REDIS_URL in the background: requests never wait for Redis (they use the local cache meanwhile). */
function connect(url) {
  const client = createClient({
    url,
    // Fail at once while disconnected instead of queueing behind a dead socket.
    disableOfflineQueue: true,
    socket: { connectTimeout: 2_000, reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, RECONNECT_MAX_DELAY_MS) },
  });
  return client;
}

CacheHandler.onCreation(() => {
  const holder = globalThis;
  if (holder.backchannelCacheConfig) return holder.backchannelCacheConfig;
  // A build prerenders into a local cache: it must not need Redis, nor fill a running cluster's cache.
  if (process.env.NEXT_PHASE === PHASE_PRODUCTION_BUILD || !process.env.REDIS_URL) {
    holder.backchannelCacheConfig = { handlers: [createLruHandler()] };
    return holder.backchannelCacheConfig;
  }
  const client = connect(process.env.REDIS_URL);
  const handler = sharedCacheWithFallback({ client });
  client.connect().catch(() => undefined); // failures arrive as 'error' events, and it keeps retrying
  holder.backchannelCacheConfig = { handlers: [handler] };
  return holder.backchannelCacheConfig;
});

export default CacheHandler;
