import 'server-only';
import { unstable_cache } from 'next/cache';
import { onPrimary } from '../db/primary-scope';

/** Cache tags: every write revalidates the tags of what it touched. */
export const tags = {
  events: 'events',
  actors: 'actors',
  sectors: 'sectors',
  sources: 'sources',
  proposals: 'proposals',
  figures: 'figures',
} as const;

/**
 * Next's data cache around an expensive read (aggregates over the whole
 * table), invalidated by tag on writes. Outside a Next server (tests,
 * scripts) there is no cache to use, so the function runs directly.
 * See docs/decisions/0003-caching.md.
 */
export function cached<Args extends unknown[], R>(
  fn: (...args: Args) => Promise<R>,
  key: string,
  cacheTags: string[],
): (...args: Args) => Promise<R> {
  if (!process.env.NEXT_RUNTIME) return fn;
  // A miss is computed on the primary: the entry lives until the next write, so it must not lag behind the last one.
  return unstable_cache((...args: Args) => onPrimary(() => fn(...args)), [key], { tags: cacheTags, revalidate: 3600 });
}
