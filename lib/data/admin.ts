import 'server-only';
import type { Prisma } from '../generated/prisma/client';
import { db } from '../db';
import { formatDateLabel } from '../dates';
import { requireEditor } from '../auth/authorize';

// Every read here starts with requireEditor(): admin pages call these, and a
// page may render without its layout (App Router), so the read guards itself.

/** Options for the pickers of the admin forms (live records, drafts included). */
export async function pickerOptions() {
  await requireEditor();
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

type RecordListOptions = { q?: string; status?: 'draft' | 'published'; page: number };
const ADMIN_PAGE_SIZE = 50;
const contains = (q: string) => ({ contains: q, mode: 'insensitive' as const });

/** What every admin list shows: records out of the trash, drafts included unless a status is chosen. */
const live = (options: RecordListOptions, statusField: 'status' | 'recordStatus' = 'status') => ({
  deletedAt: null,
  ...(options.status ? { [statusField]: options.status } : {}),
});

/** One page of an admin list, most recently changed first, with the total for the pager. */
async function listPage<Row>(
  options: RecordListOptions,
  find: (page: { orderBy: { updatedAt?: 'desc'; id?: 'asc' }[]; skip: number; take: number }) => Promise<Row[]>,
  count: () => Promise<number>,
) {
  const page = {
    orderBy: [{ updatedAt: 'desc' as const }, { id: 'asc' as const }],
    skip: options.page * ADMIN_PAGE_SIZE,
    take: ADMIN_PAGE_SIZE,
  };
  const [rows, total] = await Promise.all([find(page), count()]);
  return { rows, total, size: ADMIN_PAGE_SIZE };
}

export async function adminEventList(options: RecordListOptions) {
  await requireEditor();
  const prisma = await db();
  const q = options.q;
  const where: Prisma.EventWhereInput = {
    ...live(options),
    ...(q ? { OR: [{ title: contains(q) }, { slug: contains(q) }, { summary: contains(q) }] } : {}),
  };
  const list = await listPage(
    options,
    (page) =>
      prisma.event.findMany({
        where,
        ...page,
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          startDate: true,
          precision: true,
          endDate: true,
          approximate: true,
          updatedAt: true,
          version: true,
          _count: { select: { citations: true } },
        },
      }),
    () => prisma.event.count({ where }),
  );
  return {
    ...list,
    rows: list.rows.map((r) => ({ ...r, dateLabel: formatDateLabel(r.startDate, r.precision, r.endDate, r.approximate) })),
  };
}

export async function adminEvent(id: string) {
  await requireEditor();
  const prisma = await db();
  return prisma.event.findUnique({
    where: { id },
    select: { id: true, slug: true, title: true, version: true, status: true, deletedAt: true, updatedAt: true },
  });
}

export async function revisionsOf(
  entityType: 'event' | 'actor' | 'sector' | 'source' | 'proposal' | 'figure' | 'designation' | 'waiver',
  entityId: string,
) {
  await requireEditor();
  const prisma = await db();
  return prisma.revision.findMany({
    where: { entityType, entityId },
    orderBy: { createdAt: 'desc' },
    include: { user: { select: { name: true, email: true } } },
  });
}

export async function trashList() {
  await requireEditor();
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

// ---------------------------------------------------------------------------
// Actors, sectors, sources, proposals and figures: admin lists (drafts
// included, trash excluded), single records, and extra picker options.

export async function adminActorList(options: RecordListOptions) {
  await requireEditor();
  const prisma = await db();
  const q = options.q;
  const where: Prisma.ActorWhereInput = {
    ...live(options),
    ...(q ? { OR: [{ name: contains(q) }, { slug: contains(q) }, { description: contains(q) }, { aliases: { has: q } }] } : {}),
  };
  return listPage(
    options,
    (page) =>
      prisma.actor.findMany({
        where,
        ...page,
        select: {
          id: true,
          slug: true,
          name: true,
          kind: true,
          country: true,
          status: true,
          updatedAt: true,
          _count: { select: { events: true } },
        },
      }),
    () => prisma.actor.count({ where }),
  );
}

export async function adminActor(id: string) {
  await requireEditor();
  const prisma = await db();
  return prisma.actor.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, version: true, status: true, deletedAt: true, updatedAt: true },
  });
}

export async function adminSectorList(options: RecordListOptions) {
  await requireEditor();
  const prisma = await db();
  const q = options.q;
  const where: Prisma.SectorWhereInput = {
    ...live(options),
    ...(q ? { OR: [{ name: contains(q) }, { slug: contains(q) }, { description: contains(q) }] } : {}),
  };
  return listPage(
    options,
    (page) =>
      prisma.sector.findMany({
        where,
        ...page,
        select: {
          id: true,
          slug: true,
          name: true,
          status: true,
          updatedAt: true,
          _count: { select: { events: true, proposals: true, figures: true } },
        },
      }),
    () => prisma.sector.count({ where }),
  );
}

export async function adminSector(id: string) {
  await requireEditor();
  const prisma = await db();
  return prisma.sector.findUnique({
    where: { id },
    select: { id: true, slug: true, name: true, version: true, status: true, deletedAt: true, updatedAt: true },
  });
}

export async function adminSourceList(options: RecordListOptions) {
  await requireEditor();
  const prisma = await db();
  const q = options.q;
  const where: Prisma.SourceWhereInput = {
    ...live(options),
    ...(q
      ? { OR: [{ title: contains(q) }, { id: contains(q) }, { outlet: contains(q) }, { author: contains(q) }, { url: contains(q) }] }
      : {}),
  };
  const list = await listPage(
    options,
    (page) =>
      prisma.source.findMany({
        where,
        ...page,
        select: {
          id: true,
          title: true,
          outlet: true,
          kind: true,
          publishedAt: true,
          publishedPrecision: true,
          status: true,
          updatedAt: true,
          _count: { select: { citations: true } },
        },
      }),
    () => prisma.source.count({ where }),
  );
  return {
    ...list,
    rows: list.rows.map((r) => ({ ...r, dateLabel: r.publishedAt ? formatDateLabel(r.publishedAt, r.publishedPrecision ?? 'day') : '—' })),
  };
}

export async function adminSource(id: string) {
  await requireEditor();
  const prisma = await db();
  return prisma.source.findUnique({
    where: { id },
    select: { id: true, title: true, version: true, status: true, deletedAt: true, updatedAt: true },
  });
}

export async function adminProposalList(options: RecordListOptions) {
  await requireEditor();
  const prisma = await db();
  const q = options.q;
  const where: Prisma.ProposalWhereInput = {
    ...live(options, 'recordStatus'),
    ...(q ? { OR: [{ title: contains(q) }, { slug: contains(q) }, { summary: contains(q) }] } : {}),
  };
  return listPage(
    options,
    (page) =>
      prisma.proposal.findMany({
        where,
        ...page,
        select: {
          id: true,
          slug: true,
          title: true,
          status: true,
          recordStatus: true,
          updatedAt: true,
          sector: { select: { name: true } },
          _count: { select: { citations: true, events: true } },
        },
      }),
    () => prisma.proposal.count({ where }),
  );
}

export async function adminProposal(id: string) {
  await requireEditor();
  const prisma = await db();
  return prisma.proposal.findUnique({
    where: { id },
    select: { id: true, slug: true, title: true, version: true, recordStatus: true, deletedAt: true, updatedAt: true },
  });
}

export async function adminFigureList(options: RecordListOptions) {
  await requireEditor();
  const prisma = await db();
  const q = options.q;
  const where: Prisma.FigureWhereInput = {
    ...live(options),
    ...(q ? { OR: [{ label: contains(q) }, { slug: contains(q) }, { unit: contains(q) }] } : {}),
  };
  return listPage(
    options,
    (page) =>
      prisma.figure.findMany({
        where,
        ...page,
        select: {
          id: true,
          slug: true,
          label: true,
          value: true,
          unit: true,
          currency: true,
          status: true,
          updatedAt: true,
          sector: { select: { name: true } },
          _count: { select: { citations: true } },
        },
      }),
    () => prisma.figure.count({ where }),
  );
}

export async function adminFigure(id: string) {
  await requireEditor();
  const prisma = await db();
  return prisma.figure.findUnique({
    where: { id },
    select: { id: true, slug: true, label: true, version: true, status: true, deletedAt: true, updatedAt: true },
  });
}

/** Live events for the proposal form's event picker, newest first (a suggestion list; any slug may be typed). */
export async function eventOptions(limit = 1000) {
  await requireEditor();
  const prisma = await db();
  const events = await prisma.event.findMany({
    where: { deletedAt: null },
    select: { slug: true, title: true },
    orderBy: [{ startDate: 'desc' }, { id: 'asc' }],
    take: limit,
  });
  return events.map((e) => ({ value: e.slug, label: e.title }));
}

/** The overview page: event counts by state and the latest revisions. */
export async function adminOverview() {
  await requireEditor();
  const prisma = await db();
  const [drafts, published, trashed, recent] = await Promise.all([
    prisma.event.count({ where: { status: 'draft', deletedAt: null } }),
    prisma.event.count({ where: { status: 'published', deletedAt: null } }),
    prisma.event.count({ where: { deletedAt: { not: null } } }),
    prisma.revision.findMany({ orderBy: { createdAt: 'desc' }, take: 10, include: { user: { select: { name: true } } } }),
  ]);
  return { drafts, published, trashed, recent };
}
