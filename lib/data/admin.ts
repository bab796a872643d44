import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { formatDateLabel } from '../dates';
import { escapeLike } from './event-query';

/** Options for the pickers of the admin forms (live records, drafts included). */
export async function pickerOptions() {
  const prisma = await db();
  const [actors, sectors, proposals, sources] = await Promise.all([
    prisma.actor.findMany({ where: { deletedAt: null }, select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
    prisma.sector.findMany({ where: { deletedAt: null }, select: { slug: true, name: true }, orderBy: { name: 'asc' } }),
    prisma.proposal.findMany({ where: { deletedAt: null }, select: { slug: true, title: true }, orderBy: { title: 'asc' } }),
    prisma.source.findMany({ where: { deletedAt: null }, select: { id: true, title: true, outlet: true }, orderBy: { title: 'asc' } }),
  ]);
  return {
    actors: actors.map((a) => ({ value: a.slug, label: a.name })),
    sectors: sectors.map((s) => ({ value: s.slug, label: s.name })),
    proposals: proposals.map((p) => ({ value: p.slug, label: p.title })),
    sources: sources.map((s) => ({ value: s.id, label: s.outlet ? `${s.title} (${s.outlet})` : s.title })),
  };
}

export async function adminEventList(options: { q?: string; status?: 'draft' | 'published'; page: number }) {
  const prisma = await db();
  const pattern = options.q ? `%${escapeLike(options.q)}%` : undefined;
  const where: Prisma.EventWhereInput = {
    deletedAt: null,
    ...(options.status ? { status: options.status } : {}),
    ...(pattern ? { OR: [{ title: { contains: options.q, mode: 'insensitive' } }, { slug: { contains: options.q, mode: 'insensitive' } }, { summary: { contains: options.q, mode: 'insensitive' } }] } : {}),
  };
  const size = 50;
  const [rows, total] = await Promise.all([
    prisma.event.findMany({
      where,
      orderBy: [{ updatedAt: 'desc' }, { id: 'asc' }],
      skip: options.page * size,
      take: size,
      select: { id: true, slug: true, title: true, status: true, startDate: true, precision: true, endDate: true, approximate: true, updatedAt: true, version: true, _count: { select: { citations: true } } },
    }),
    prisma.event.count({ where }),
  ]);
  return {
    total,
    size,
    rows: rows.map((r) => ({ ...r, dateLabel: formatDateLabel(r.startDate, r.precision, r.endDate, r.approximate) })),
  };
}

export async function adminEvent(id: string) {
  const prisma = await db();
  return prisma.event.findUnique({ where: { id }, select: { id: true, slug: true, title: true, version: true, status: true, deletedAt: true, updatedAt: true } });
}

export async function revisionsOf(entityType: 'event' | 'actor' | 'sector' | 'source' | 'proposal' | 'figure', entityId: string) {
  const prisma = await db();
  return prisma.revision.findMany({
    where: { entityType, entityId },
    orderBy: { createdAt: 'desc' },
    include: { user: { select: { name: true, email: true } } },
  });
}

export async function trashList() {
  const prisma = await db();
  const trashed = { deletedAt: { not: null } } as const;
  const [events, actors, sectors, sources, proposals, figures] = await Promise.all([
    prisma.event.findMany({ where: trashed, select: { id: true, title: true, deletedAt: true } }),
    prisma.actor.findMany({ where: trashed, select: { id: true, name: true, deletedAt: true } }),
    prisma.sector.findMany({ where: trashed, select: { id: true, name: true, deletedAt: true } }),
    prisma.source.findMany({ where: trashed, select: { id: true, title: true, deletedAt: true } }),
    prisma.proposal.findMany({ where: trashed, select: { id: true, title: true, deletedAt: true } }),
    prisma.figure.findMany({ where: trashed, select: { id: true, label: true, deletedAt: true } }),
  ]);
  return [
    ...events.map((r) => ({ type: 'event' as const, id: r.id, label: r.title, deletedAt: r.deletedAt! })),
    ...actors.map((r) => ({ type: 'actor' as const, id: r.id, label: r.name, deletedAt: r.deletedAt! })),
    ...sectors.map((r) => ({ type: 'sector' as const, id: r.id, label: r.name, deletedAt: r.deletedAt! })),
    ...sources.map((r) => ({ type: 'source' as const, id: r.id, label: r.title, deletedAt: r.deletedAt! })),
    ...proposals.map((r) => ({ type: 'proposal' as const, id: r.id, label: r.title, deletedAt: r.deletedAt! })),
    ...figures.map((r) => ({ type: 'figure' as const, id: r.id, label: r.label, deletedAt: r.deletedAt! })),
  ].sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime());
}
