/**
 * Next's on-disk caches, shared by the server benchmark (run.ts) and the
 * client benchmark (scripts/bench-client). One build serves every size, but
 * `next start` writes what it renders on demand (ISR pages under
 * .next/server/route-cache) and unstable_cache entries
 * (.next/cache/fetch-cache) into .next, keyed without regard to the database.
 * Left in place, the 10k server would serve the 1k server's pages and timeline
 * aggregates, and `next build` does not clear the data cache, so a previous
 * run's entries would be served too. Both are emptied before each size's
 * server starts, along with any other file that appeared under .next/server
 * after the build.
 */
import { existsSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// next.config.ts reads NEXT_DIST_DIR; the build, the servers and this file must agree.
export const NEXT_DIR = path.join(ROOT, process.env.NEXT_DIST_DIR || '.next');
export const SERVER_DIR = path.join(NEXT_DIR, 'server');
const RUNTIME_CACHE_DIRS = [path.join(SERVER_DIR, 'route-cache'), path.join(NEXT_DIR, 'cache', 'fetch-cache')];

export function listFiles(dir: string, into = new Set<string>()): Set<string> {
  if (!existsSync(dir)) return into;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) listFiles(full, into);
    else into.add(full);
  }
  return into;
}

const inRuntimeCache = (file: string) => RUNTIME_CACHE_DIRS.some((dir) => file.startsWith(dir + path.sep));

/** Removes run-time cache files and files servers added under .next/server since `snapshot`; returns how many. */
export function resetRuntimeCaches(snapshot: Set<string>): number {
  const files = listFiles(SERVER_DIR);
  listFiles(RUNTIME_CACHE_DIRS[1], files);
  let removed = 0;
  for (const file of files) {
    if (snapshot.has(file) && !inRuntimeCache(file)) continue;
    rmSync(file, { force: true });
    removed++;
  }
  return removed;
}
