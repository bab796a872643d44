import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { requireEditor } from '../auth/authorize';
import { isoDay } from '../dates';
import { authorityName } from '../sanction-labels';

/** The admin's reads of designations and waivers: drafts included, each read authorized first. */
type ListOptions = { q?: string; status?: 'draft' | 'published'; page: number };
const PAGE_SIZE = 50;
const contains = (q: string) => ({ contains: q, mode: 'insensitive' as const });
const live = (o: ListOptions) => ({ deletedAt: null, ...(o.status ? { status: o.status } : {}) });
const page = (o: ListOptions) => ({
  orderBy: [{ updatedAt: 'desc' as const }, { id: 'asc' as const }],
  skip: o.page * PAGE_SIZE,
  take: PAGE_SIZE,
});

export async function adminDesignationList(options: ListOptions) {
  await requireEditor();
  const prisma = await db();
  const q = options.q;
  const where: Prisma.DesignationWhereInput = {
    ...live(options),
    ...(q ? { OR: [{ programme: contains(q) }, { authorityName: contains(q) }, { actor: { name: contains(q) } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.designation.findMany({
      where,
      ...page(options),
      include: { actor: { select: { name: true } }, _count: { select: { citations: true } } },
    }),
    prisma.designation.count({ where }),
  ]);
  return { rows, total, size: PAGE_SIZE };
}

export async function adminWaiverList(options: ListOptions) {
  await requireEditor();
  const prisma = await db();
  const q = options.q;
  const where: Prisma.WaiverWhereInput = {
    ...live(options),
    ...(q ? { OR: [{ name: contains(q) }, { note: contains(q) }, { actor: { name: contains(q) } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    prisma.waiver.findMany({
      where,
      ...page(options),
      include: { actor: { select: { name: true } }, _count: { select: { citations: true } } },
    }),
    prisma.waiver.count({ where }),
  ]);
  return { rows, total, size: PAGE_SIZE };
}

const headSelect = { id: true, version: true, status: true, deletedAt: true, actor: { select: { name: true, slug: true } } } as const;

export async function adminDesignation(id: string) {
  await requireEditor();
  const prisma = await db();
  const row = await prisma.designation.findUnique({ where: { id }, select: { ...headSelect, authority: true, authorityName: true } });
  return row ? { ...row, label: `${row.actor.name}: ${authorityName(row.authority, row.authorityName)}` } : null;
}

export async function adminWaiver(id: string) {
  await requireEditor();
  const prisma = await db();
  const row = await prisma.waiver.findUnique({ where: { id }, select: { ...headSelect, kind: true, name: true } });
  return row ? { ...row, label: `${row.actor.name}: ${row.name ?? `${row.kind} licence`}` } : null;
}

/** Live designations for the waiver form's "suspends" menu, labelled with actor and authority. */
export async function designationOptions() {
  await requireEditor();
  const prisma = await db();
  const rows = await prisma.designation.findMany({
    where: { deletedAt: null },
    select: { id: true, authority: true, authorityName: true, programme: true, listedOn: true, actor: { select: { name: true } } },
    orderBy: [{ actor: { name: 'asc' } }, { id: 'asc' }],
  });
  return rows.map((d) => ({
    value: d.id,
    label: [d.actor.name, authorityName(d.authority, d.authorityName), d.programme, d.listedOn ? isoDay(d.listedOn) : null]
      .filter(Boolean)
      .join(' · '),
  }));
}

/** Trashed designations and waivers, newest first, for the sanctions trash page. */
export async function sanctionsTrash() {
  await requireEditor();
  const prisma = await db();
  const trashed = { deletedAt: { not: null } } as const;
  const [designations, waivers] = await Promise.all([
    prisma.designation.findMany({
      where: trashed,
      select: { id: true, authority: true, authorityName: true, deletedAt: true, actor: { select: { name: true } } },
    }),
    prisma.waiver.findMany({
      where: trashed,
      select: { id: true, kind: true, name: true, deletedAt: true, actor: { select: { name: true } } },
    }),
  ]);
  return [
    ...designations.map((d) => ({
      type: 'designation' as const,
      id: d.id,
      label: `${d.actor.name}: ${authorityName(d.authority, d.authorityName)}`,
      deletedAt: d.deletedAt!,
    })),
    ...waivers.map((w) => ({
      type: 'waiver' as const,
      id: w.id,
      label: `${w.actor.name}: ${w.name ?? `${w.kind} licence`}`,
      deletedAt: w.deletedAt!,
    })),
  ].sort((a, b) => b.deletedAt.getTime() - a.deletedAt.getTime());
}
