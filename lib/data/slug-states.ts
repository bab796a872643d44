// No 'server-only' marker: proxy.ts imports this outside the React server build.
import { db } from '../db/instance';

/**
 * Former slugs (→ 308 to the current one) and trashed events (→ 410) for
 * the permalink proxy. The set is small, so it is held in memory for a few
 * seconds instead of querying on every permalink request; writes in this
 * process clear it at once, other processes catch up within the TTL.
 */
const TTL_MS = 5_000;
interface SlugStates {
  loadedAt: number;
  redirects: Map<string, string>;
  trashed: Set<string>;
}
const holder = globalThis as unknown as { backchannelSlugStates?: Promise<SlugStates> & { loadedAt?: number } };

async function load(): Promise<SlugStates> {
  const prisma = await db();
  const [redirects, trashed] = await Promise.all([
    prisma.eventSlugRedirect.findMany({ where: { event: { deletedAt: null } }, select: { fromSlug: true, event: { select: { slug: true } } } }),
    prisma.event.findMany({ where: { deletedAt: { not: null } }, select: { slug: true } }),
  ]);
  return {
    loadedAt: Date.now(),
    redirects: new Map(redirects.map((r) => [r.fromSlug, r.event.slug])),
    trashed: new Set(trashed.map((t) => t.slug)),
  };
}

export async function slugStates(): Promise<SlugStates> {
  const current = holder.backchannelSlugStates;
  if (current) {
    const states = await current.catch(() => null);
    if (states && Date.now() - states.loadedAt < TTL_MS) return states;
  }
  const next = load();
  holder.backchannelSlugStates = next;
  return next;
}

export function invalidateSlugStates() {
  holder.backchannelSlugStates = undefined;
}

/** What the permalink of `slug` should answer before rendering. */
export async function permalinkState(slug: string): Promise<{ kind: 'ok' } | { kind: 'moved'; to: string } | { kind: 'gone' }> {
  const states = await slugStates();
  const to = states.redirects.get(slug);
  if (to && to !== slug) return { kind: 'moved', to };
  if (states.trashed.has(slug)) return { kind: 'gone' };
  return { kind: 'ok' };
}
