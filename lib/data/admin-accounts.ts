import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { requireAdmin } from '../auth/authorize';
import { parseAuditCursor } from '../schemas/audit-cursor';

// Admin-only reads: each checks the role itself, whatever the page did.

export async function adminUsers() {
  await requireAdmin();
  const prisma = await db();
  return prisma.user.findMany({
    orderBy: { email: 'asc' },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true, _count: { select: { sessions: true } } },
  });
}

export const AUDIT_ENTITY_TYPES = ['event', 'actor', 'sector', 'source', 'proposal', 'figure', 'user'] as const;
const AUDIT_PAGE_SIZE = 50;

export interface AuditFilter {
  entityType?: (typeof AUDIT_ENTITY_TYPES)[number];
  user?: string;
  action?: string;
  entityId?: string;
  /** ISO date: entries strictly older (keyset paging). */
  before?: string;
}

/** One page of the audit log, newest first, and whether older entries exist. */
export async function auditEntries(f: AuditFilter) {
  await requireAdmin();
  const where: Prisma.AuditEntryWhereInput = {
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.user ? { user: { email: { contains: f.user, mode: 'insensitive' } } } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.entityId ? { entityId: f.entityId } : {}),
  };
  const before = parseAuditCursor(f.before);
  if (before) where.createdAt = { lt: before };
  const prisma = await db();
  const entries = await prisma.auditEntry.findMany({
    where,
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    take: AUDIT_PAGE_SIZE + 1,
    include: { user: { select: { email: true } } },
  });
  return { entries: entries.slice(0, AUDIT_PAGE_SIZE), more: entries.length > AUDIT_PAGE_SIZE };
}
