// No 'server-only' marker: proxy.ts imports this outside the React server build.
import { randomUUID } from 'node:crypto';
import type { Prisma } from '../generated/prisma/client';
import { loadSlugStates, type SlugState } from '../data/slug-states';
import { logger } from '../log/logger';
import { listen, type Listener } from './listen';

const CHANNEL = 'backchannel_slugs';
/** How long a writer waits for its own notification before reloading by itself. */
const APPLY_TIMEOUT_MS = 2_000;
/** Tokens of other instances' writes nobody here waits for are forgotten after this. */
const TOKEN_TTL_MS = 60_000;

interface Live {
  states: Map<string, SlugState> | null;
  listener: Promise<Listener>;
  loaded: Promise<void>;
  running: Promise<void> | null;
  queued: Promise<void> | null;
  /** Per notified token: settles once the reload that covers it has finished. */
  arrivals: Map<string, { promise: Promise<void>; resolve: (reload: Promise<void>) => void }>;
  reloads: number;
}

// On globalThis: the proxy and the app are separate bundles in one process,
// and must share one set, one listener and one view of what was applied.
const holder = globalThis as unknown as { backchannelSlugStates?: Live };

async function loadInto(live: Live) {
  live.states = await loadSlugStates();
  live.reloads += 1;
}

/**
 * A reload that starts after this call: the running one may have read the
 * database before the caller's commit, so a call during it gets the next.
 * Failures are logged; the previous set stays in use.
 */
function requestReload(live: Live): Promise<void> {
  if (!live.running) {
    live.running = loadInto(live)
      .catch((error) => logger().warn({ reason: String(error) }, 'Reloading the moved and trashed slugs failed; keeping the previous set'))
      .finally(() => {
        live.running = null;
      });
    return live.running;
  }
  live.queued ??= live.running.then(() => {
    live.queued = null;
    return requestReload(live);
  });
  return live.queued;
}

function arrival(live: Live, token: string) {
  let entry = live.arrivals.get(token);
  if (!entry) {
    let resolve!: (reload: Promise<void>) => void;
    const promise = new Promise<void>((r) => (resolve = r));
    entry = { promise, resolve };
    live.arrivals.set(token, entry);
    setTimeout(() => live.arrivals.delete(token), TOKEN_TTL_MS).unref?.();
  }
  return entry;
}

/**
 * Starts (once per process) the in-memory set of moved and trashed slugs:
 * loads it, then keeps it current from NOTIFY on `backchannel_slugs`, and
 * loads it whole again after every reconnect (notifications sent meanwhile
 * are lost). Resolves once the first load has finished.
 */
export function startSlugStates(): Promise<void> {
  if (!holder.backchannelSlugStates) {
    const live: Live = {
      states: null,
      listener: undefined as unknown as Promise<Listener>,
      loaded: undefined as unknown as Promise<void>,
      running: null,
      queued: null,
      arrivals: new Map(),
      reloads: 0,
    };
    holder.backchannelSlugStates = live;
    let firstConnect!: () => void;
    live.loaded = new Promise<void>((r) => (firstConnect = r));
    live.listener = listen(CHANNEL, {
      onNotify: (token) => arrival(live, token).resolve(requestReload(live)),
      onConnect: () => void requestReload(live).then(firstConnect),
    });
    live.listener.catch((error) => {
      // No LISTEN at all (e.g. the embedded database failed to open): forget it, so the next request tries again.
      logger().warn({ reason: String(error) }, 'Could not listen for slug changes');
      if (holder.backchannelSlugStates === live) holder.backchannelSlugStates = undefined;
    });
  }
  return holder.backchannelSlugStates.loaded;
}

/**
 * What the permalink of `slug` answers, from memory: no query. Null until
 * the set has loaded once (the caller then lets the request through).
 */
export function slugStateNow(slug: string): SlugState | null {
  const states = holder.backchannelSlugStates?.states;
  if (!states) return null;
  return states.get(slug) ?? { kind: 'ok' };
}

/**
 * Inside a write transaction that changes what a permalink answers (a slug
 * changed, an event published, unpublished, trashed or restored): NOTIFY
 * every instance, delivered at commit and not at all on rollback. Returns
 * the token to pass to slugChangeApplied after the commit.
 */
export async function notifySlugChange(tx: Prisma.TransactionClient): Promise<string> {
  const token = randomUUID();
  await tx.$executeRaw`SELECT pg_notify(${CHANNEL}, ${token})`;
  return token;
}

/**
 * After the commit: waits until this process's set includes the write, so
 * the very next request here answers the new 308/410. Normally that is this
 * instance's listener receiving the token and reloading; if it hasn't within
 * APPLY_TIMEOUT_MS (connection down), reloads directly. A process that holds
 * no set (scripts, tests) has nothing to wait for.
 */
export async function slugChangeApplied(token: string): Promise<void> {
  const live = holder.backchannelSlugStates;
  if (!live) return;
  const entry = arrival(live, token);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), APPLY_TIMEOUT_MS)));
  try {
    // The entry settles when the reload its notification started has finished.
    const result = await Promise.race([entry.promise.then(() => 'applied' as const), timeout]);
    if (result === 'timeout') await requestReload(live);
  } finally {
    clearTimeout(timer);
    live.arrivals.delete(token);
  }
}

/** For tests: the listener's server backend, and how many loads have finished. */
export async function slugStatesProbe() {
  const live = holder.backchannelSlugStates;
  return { backendPid: live ? (await live.listener).backendPid() : null, reloads: live?.reloads ?? 0 };
}

/** For tests: stop listening and forget the set. */
export async function stopSlugStates() {
  const live = holder.backchannelSlugStates;
  holder.backchannelSlugStates = undefined;
  if (live) await (await live.listener.catch(() => null))?.stop();
}
