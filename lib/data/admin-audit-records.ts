import 'server-only';
import { db } from '../db';
import { requireAdmin } from '../auth/authorize';
import type { AUDIT_ENTITY_TYPES } from '../schemas/audit-filter';

type EntityType = (typeof AUDIT_ENTITY_TYPES)[number];

interface AuditRecordMatch {
  entityType: EntityType;
  entityId: string;
  title: string;
  trashed: boolean;
}

export type AuditRecordLookup =
  { kind: 'found'; record: AuditRecordMatch; partial: boolean } | { kind: 'ambiguous'; candidates: AuditRecordMatch[] } | { kind: 'none' };

/** Candidates listed for an ambiguous name, at most. */
const MAX_CANDIDATES = 20;

/**
 * The record the audit log's "Record" filter names: an id the log knows (the
 * links "only this record" and older bookmarks carry ids), else a record
 * (trashed ones included) whose title, name, slug, alias, address or email
 * equals the text ignoring case; failing that, one whose title or name
 * contains it. One match is the record; several are candidates to choose
 * from. Admins only; it checks that itself.
 */
export async function findAuditRecord(text: string, entityType?: EntityType): Promise<AuditRecordLookup> {
  await requireAdmin();
  const q = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!q) return { kind: 'none' };
  const prisma = await db();

  // An id: a record that exists (trashed or not), else one deleted for good that the log still names.
  const [live] = await search(prisma, { mode: 'id', q }, entityType);
  if (live) return { kind: 'found', partial: false, record: live };
  const byId = await prisma.auditEntry.findFirst({
    // The kind is always given, so the (entityType, entityId) index serves the lookup.
    where: { entityId: q, entityType: entityType ?? { in: KINDS } },
    select: { entityType: true },
  });
  if (byId && isAuditType(byId.entityType))
    return { kind: 'found', partial: false, record: { entityType: byId.entityType, entityId: q, title: q, trashed: false } };

  for (const mode of ['equals', 'contains'] as const) {
    const found = (await search(prisma, { mode, q }, entityType)).slice(0, MAX_CANDIDATES + 1);
    if (found.length === 1) return { kind: 'found', record: found[0], partial: mode === 'contains' };
    if (found.length > 1) return { kind: 'ambiguous', candidates: found.slice(0, MAX_CANDIDATES) };
  }
  return { kind: 'none' };
}

const KINDS: EntityType[] = ['event', 'actor', 'sector', 'source', 'proposal', 'figure', 'user'];
const isAuditType = (t: string): t is EntityType => (KINDS as string[]).includes(t);

type Db = Awaited<ReturnType<typeof db>>;
type Query = { mode: 'id' | 'equals' | 'contains'; q: string };

/** Records of one kind (or every kind) matching the query, by the fields that name them. */
async function search(prisma: Db, { mode, q }: Query, only?: EntityType): Promise<AuditRecordMatch[]> {
  const text = mode === 'id' ? { equals: q } : { [mode]: q, mode: 'insensitive' as const };
  const take = MAX_CANDIDATES + 1;
  const select = { id: true, deletedAt: true } as const;
  // By id: the id only. Otherwise the title or name; a slug, alias, address or email only when equal.
  const idOr = <W>(named: W[]) => (mode === 'id' ? [{ id: q }] : named);
  const equal = mode === 'equals';
  const kinds = only ? [only] : KINDS;
  const lists = await Promise.all(
    kinds.map(async (kind): Promise<AuditRecordMatch[]> => {
      const match = (id: string, title: string, deletedAt: Date | null = null) => ({
        entityType: kind,
        entityId: id,
        title,
        trashed: Boolean(deletedAt),
      });
      switch (kind) {
        case 'event':
          return (
            await prisma.event.findMany({
              where: { OR: idOr([{ title: text }, ...(equal ? [{ slug: q }] : [])]) },
              select: { ...select, title: true },
              take,
            })
          ).map((r) => match(r.id, r.title, r.deletedAt));
        case 'actor':
          return (
            await prisma.actor.findMany({
              where: { OR: idOr([{ name: text }, ...(equal ? [{ slug: q }, { aliases: { has: q } }] : [])]) },
              select: { ...select, name: true },
              take,
            })
          ).map((r) => match(r.id, r.name, r.deletedAt));
        case 'sector':
          return (
            await prisma.sector.findMany({
              where: { OR: idOr([{ name: text }, ...(equal ? [{ slug: q }] : [])]) },
              select: { ...select, name: true },
              take,
            })
          ).map((r) => match(r.id, r.name, r.deletedAt));
        case 'source':
          return (
            await prisma.source.findMany({
              where: { OR: idOr([{ title: text }, ...(equal ? [{ url: q }] : [])]) },
              select: { ...select, title: true },
              take,
            })
          ).map((r) => match(r.id, r.title, r.deletedAt));
        case 'proposal':
          return (
            await prisma.proposal.findMany({
              where: { OR: idOr([{ title: text }, ...(equal ? [{ slug: q }] : [])]) },
              select: { ...select, title: true },
              take,
            })
          ).map((r) => match(r.id, r.title, r.deletedAt));
        case 'figure':
          return (
            await prisma.figure.findMany({
              where: { OR: idOr([{ label: text }, ...(equal ? [{ slug: q }] : [])]) },
              select: { ...select, label: true },
              take,
            })
          ).map((r) => match(r.id, r.label, r.deletedAt));
        case 'user':
          return (
            await prisma.user.findMany({
              where: { OR: idOr([{ name: text }, { email: text }]) },
              select: { id: true, name: true, email: true },
              take,
            })
          ).map((r) => match(r.id, r.name ? `${r.name} (${r.email})` : r.email));
      }
    }),
  );
  return lists.flat();
}
