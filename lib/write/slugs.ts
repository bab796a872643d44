import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { allocate } from '../slug';

type Tx = Prisma.TransactionClient;
export type SlugTable = 'event' | 'actor' | 'figure' | 'source' | 'sector' | 'proposal';

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
          : table === 'sector'
            ? (await tx.sector.findMany({ where: { slug: where }, select: { slug: true } })).map((r) => r.slug)
            : table === 'proposal'
              ? (await tx.proposal.findMany({ where: { slug: where }, select: { slug: true } })).map((r) => r.slug)
              : (await tx.source.findMany({ where: { id: where }, select: { id: true } })).map((r) => r.id);
  const slug = allocate(base, new Set([...existing, ...batch]), fallback, max);
  batch.add(slug);
  return slug;
}

/**
 * The slug a save uses: the one the editor typed, else (left empty) the
 * record's current slug on an edit, else a free one made from the name or
 * title with the usual rules. Forms that work without JavaScript post an
 * empty slug; the server never refuses it.
 */
export async function slugOrGenerated(tx: Tx, table: SlugTable, typed: string, currentId: string | undefined, wish: string, max?: number) {
  if (typed) return typed;
  if (currentId) {
    const id = { id: currentId };
    const row =
      table === 'event'
        ? await tx.event.findUnique({ where: id, select: { slug: true } })
        : table === 'actor'
          ? await tx.actor.findUnique({ where: id, select: { slug: true } })
          : table === 'figure'
            ? await tx.figure.findUnique({ where: id, select: { slug: true } })
            : table === 'sector'
              ? await tx.sector.findUnique({ where: id, select: { slug: true } })
              : table === 'proposal'
                ? await tx.proposal.findUnique({ where: id, select: { slug: true } })
                : { slug: currentId };
    if (row) return row.slug;
  }
  return freeSlug(tx, table, wish, new Set(), table, max);
}
