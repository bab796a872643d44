import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { requireAdmin } from '../auth/authorize';
import { parseAuditCursor } from '../schemas/audit-cursor';
import type { AUDIT_ENTITY_TYPES } from '../schemas/audit-filter';

// Admin-only reads: each checks the role itself, whatever the page did.

export async function adminUsers() {
  await requireAdmin();
  const prisma = await db();
  return prisma.user.findMany({
    orderBy: { email: 'asc' },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true, _count: { select: { sessions: true } } },
  });
}

const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  entityType?: (typeof AUDIT_ENTITY_TYPES)[number];
  user?: string;
  action?: string;
  entityId?: string;
  /** YYYY-MM-DD, UTC: entries on or after that day. */
  from?: string;
  /** YYYY-MM-DD, UTC: entries on or before that day. */
  to?: string;
  /** ISO date: entries strictly older (keyset paging). */
  before?: string;
}

/** One page of the audit log, newest first, and whether older entries exist. */
export async function auditEntries(f: AuditFilter) {
  await requireAdmin();
  const where: Prisma.AuditEntryWhereInput = {
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.user ? { user: { email: { equals: f.user, mode: 'insensitive' } } } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
  };
  const before = parseAuditCursor(f.before);
  const from = parseAuditCursor(f.from);
  const to = parseAuditCursor(f.to);
  const createdAt: Prisma.DateTimeFilter = {};
  if (before) createdAt.lt = before;
  if (from) createdAt.gte = from;
  // The whole last day counts: before the start of the next one.
  if (to) createdAt.lt = new Date(Math.min(to.getTime() + 86_400_000, before?.getTime() ?? Infinity));
  if (Object.keys(createdAt).length) where.createdAt = createdAt;
  const prisma = await db();
  const rows = await prisma.auditEntry.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: AUDIT_PAGE_SIZE + 1,
    include: { user: { select: { email: true, name: true } } },
  });
  const entries = rows.slice(0, AUDIT_PAGE_SIZE);
  const records = await auditRecords(prisma, entries);
  return {
    entries: entries.map((e) => ({ ...e, record: e.entityId ? (records.get(`${e.entityType}:${e.entityId}`) ?? gone(e)) : null })),
    more: rows.length > AUDIT_PAGE_SIZE,
  };
}

/** What an audit entry is about, as the log shows it: a title, where it lives now, and whether it still does. */
export interface AuditRecord {
  title: string;
  /** The admin page of the record; null once it is deleted for good. */
  href: string | null;
  state: 'live' | 'trashed' | 'deleted';
}

type Db = Awaited<ReturnType<typeof db>>;
type Entry = { entityType: string; entityId: string | null; before: unknown; after: unknown };

/** The title a snapshot gives (name, title, label or email), for records that no longer exist. */
function snapshotTitle(snapshot: unknown): string | null {
  if (!snapshot || typeof snapshot !== 'object') return null;
  const s = snapshot as Record<string, unknown>;
  for (const key of ['name', 'title', 'label', 'email']) if (typeof s[key] === 'string' && s[key]) return s[key] as string;
  return null;
}

function gone(e: Entry): AuditRecord {
  return { title: snapshotTitle(e.after) ?? snapshotTitle(e.before) ?? `${e.entityType} ${e.entityId}`, href: null, state: 'deleted' };
}

/** The current titles of the records a page of entries is about, a few queries per page (one per kind present). */
async function auditRecords(prisma: Db, entries: Entry[]) {
  const ids = (type: string) => [...new Set(entries.filter((e) => e.entityType === type && e.entityId).map((e) => e.entityId!))];
  const out = new Map<string, AuditRecord>();
  const put = (type: string, id: string, title: string, deletedAt: Date | null, plural: string) =>
    out.set(`${type}:${id}`, { title, href: `/admin/${plural}/${encodeURIComponent(id)}`, state: deletedAt ? 'trashed' : 'live' });
  const select = { id: true, deletedAt: true } as const;
  const byType = async (
    type: string,
    find: (ids: string[]) => Promise<{ id: string; title: string; deletedAt: Date | null }[]>,
    plural: string,
  ) => {
    const list = ids(type);
    if (list.length) for (const r of await find(list)) put(type, r.id, r.title, r.deletedAt, plural);
  };
  await Promise.all([
    byType('event', (i) => prisma.event.findMany({ where: { id: { in: i } }, select: { ...select, title: true } }), 'events'),
    byType(
      'actor',
      async (i) =>
        (await prisma.actor.findMany({ where: { id: { in: i } }, select: { ...select, name: true } })).map((r) => ({
          ...r,
          title: r.name,
        })),
      'actors',
    ),
    byType(
      'sector',
      async (i) =>
        (await prisma.sector.findMany({ where: { id: { in: i } }, select: { ...select, name: true } })).map((r) => ({
          ...r,
          title: r.name,
        })),
      'sectors',
    ),
    byType('source', (i) => prisma.source.findMany({ where: { id: { in: i } }, select: { ...select, title: true } }), 'sources'),
    byType('proposal', (i) => prisma.proposal.findMany({ where: { id: { in: i } }, select: { ...select, title: true } }), 'proposals'),
    byType(
      'figure',
      async (i) =>
        (await prisma.figure.findMany({ where: { id: { in: i } }, select: { ...select, label: true } })).map((r) => ({
          ...r,
          title: r.label,
        })),
      'figures',
    ),
    (async () => {
      const list = ids('user');
      if (!list.length) return;
      for (const u of await prisma.user.findMany({ where: { id: { in: list } }, select: { id: true, email: true, name: true } }))
        out.set(`user:${u.id}`, { title: u.name ? `${u.name} (${u.email})` : u.email, href: '/admin/users', state: 'live' });
    })(),
  ]);
  return out;
}

/** The users for the audit log's user filter (admin only). */
export async function auditUsers() {
  await requireAdmin();
  const prisma = await db();
  return prisma.user.findMany({ orderBy: { email: 'asc' }, select: { email: true, name: true } });
}
