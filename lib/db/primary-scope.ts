import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Reads that are kept for a long time must not come from a replica that is a
 * few milliseconds behind the write that caused them: a page or aggregate
 * computed right after a write is cached until the next write (ADR 3, ADR 7).
 * Inside onPrimary(), the public-read client (./replicas.ts) sends every read
 * to the primary. Such reads are rare (one per cache entry per write), so the
 * primary barely notices. On globalThis: Next bundles a module once per
 * runtime, and the cache wrapper and the replica client must share one scope.
 */
const holder = globalThis as unknown as { backchannelPrimaryScope?: AsyncLocalStorage<true> };
const scope = (holder.backchannelPrimaryScope ??= new AsyncLocalStorage<true>());

/** Runs `read` with every public read on the primary. */
export function onPrimary<T>(read: () => Promise<T>): Promise<T> {
  return scope.run(true, read);
}

/** Whether the current read must go to the primary. */
export function readsOnPrimary(): boolean {
  return scope.getStore() === true;
}
