import 'server-only';
import { isLookupKey } from '../schemas/lookup-key';
import type { Prisma } from '../generated/prisma/client';
import { publicDb as db } from '../db';
import { formatDateLabel, isoDay } from '../dates';
import { eventInclude, toEventDTO } from './events';
import { namedLinkSelect, publicOnly } from './public-link';

const live = { status: 'published', deletedAt: null } as const;

const roleInclude = {
  orderBy: { position: 'asc' },
  // A to-one link: a draft or trashed organisation is mapped to null in toRoleDTO.
  include: { organisation: { select: namedLinkSelect } },
} satisfies Prisma.Actor$rolesArgs;

type RoleRow = {
  title: string;
  organisation: { slug: string; name: string; status: string; deletedAt: Date | null } | null;
  startDate: Date | null;
  startPrecision: 'day' | 'month' | 'year' | null;
  endDate: Date | null;
  endPrecision: 'day' | 'month' | 'year' | null;
};

function toRoleDTO(r: RoleRow) {
  return {
    title: r.title,
    organisation: publicOnly(r.organisation),
    from:
      r.startDate && r.startPrecision
        ? { date: isoDay(r.startDate), precision: r.startPrecision, label: formatDateLabel(r.startDate, r.startPrecision) }
        : null,
    to:
      r.endDate && r.endPrecision
        ? { date: isoDay(r.endDate), precision: r.endPrecision, label: formatDateLabel(r.endDate, r.endPrecision) }
        : null,
  };
}

function toActorDTO(a: {
  slug: string;
  name: string;
  kind: string;
  aliases: string[];
  country: string | null;
  description: string | null;
  roles: RoleRow[];
}) {
  return {
    slug: a.slug,
    name: a.name,
    kind: a.kind,
    aliases: a.aliases,
    country: a.country,
    description: a.description,
    roles: a.roles.map(toRoleDTO),
  };
}

export async function listActors(options: { limit: number; after?: string }) {
  const prisma = await db();
  const rows = await prisma.actor.findMany({
    where: { ...live, ...(options.after ? { slug: { gt: options.after } } : {}) },
    orderBy: { slug: 'asc' },
    take: options.limit + 1,
    include: { roles: roleInclude, _count: { select: { events: { where: { event: live } } } } },
  });
  const more = rows.length > options.limit;
  const page = rows.slice(0, options.limit);
  return {
    data: page.map((a) => ({ ...toActorDTO(a), eventCount: a._count.events })),
    nextCursor: more ? page.at(-1)!.slug : null,
  };
}

export async function getActor(slug: string) {
  if (!isLookupKey(slug)) return null;
  const prisma = await db();
  const actor = await prisma.actor.findFirst({ where: { slug, ...live }, include: { roles: roleInclude } });
  if (!actor) return null;
  const links = await prisma.eventActor.findMany({
    where: { actorId: actor.id, event: live },
    include: { event: { include: eventInclude } },
    orderBy: { event: { startDate: 'asc' } },
  });
  const events = links.map((l) => ({ ...toEventDTO(l.event), role: l.role, titleAtTime: l.title }));
  // Who they met: co-participants in the same events, other than mentions.
  const met = new Map<string, { slug: string; name: string; count: number }>();
  for (const l of links) {
    if (l.role === 'mentioned') continue;
    for (const other of l.event.actors) {
      if (other.actorId === actor.id || other.role === 'mentioned') continue;
      const entry = met.get(other.actor.slug) ?? { slug: other.actor.slug, name: other.actor.name, count: 0 };
      entry.count += 1;
      met.set(other.actor.slug, entry);
    }
  }
  return {
    ...toActorDTO(actor),
    events,
    met: [...met.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)),
  };
}
