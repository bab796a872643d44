import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { allocate } from '../slug';

type Tx = Prisma.TransactionClient;
export type SlugTable = 'event' | 'actor' | 'figure' | 'source';

/**
 * A slug (or source id) free in the table, trashed rows included (and, for
 * events, former slugs that still redirect), and not in `batch`, the slugs
 * already handed out in this transaction; adds it to `batch`.
 */
export async function freeSlug(tx: Tx, table: SlugTable, wish: string, batch: Set<string>, fallback: string, max?: number) {
  const base = allocate(wish, new Set(), fallback, max);
  const where = { startsWith: base };
  const existing =
    table === 'event'
      ? [
          ...(await tx.event.findMany({ where: { slug: where }, select: { slug: true } })).map((r) => r.slug),
          ...(await tx.eventSlugRedirect.findMany({ where: { fromSlug: where }, select: { fromSlug: true } })).map((r) => r.fromSlug),
        ]
      : table === 'actor'
        ? (await tx.actor.findMany({ where: { slug: where }, select: { slug: true } })).map((r) => r.slug)
        : table === 'figure'
          ? (await tx.figure.findMany({ where: { slug: where }, select: { slug: true } })).map((r) => r.slug)
          : (await tx.source.findMany({ where: { id: where }, select: { id: true } })).map((r) => r.id);
  const slug = allocate(base, new Set([...existing, ...batch]), fallback, max);
  batch.add(slug);
  return slug;
}
